import { describe, expect, it } from 'vitest'
import {
  ACTION_LABELS,
  HISTORY_ACTIONS,
  HISTORY_ACTION_LABELS,
  USER_ACTIONS,
  WORKFLOW_ACTIONS,
  decideTransition,
  isWorkflowAction,
} from '../../../src/workflow'

describe('history actions', () => {
  it('are the workflow actions plus `edit`, each listed once', () => {
    expect(HISTORY_ACTIONS).toEqual([...WORKFLOW_ACTIONS, 'edit'])
    expect(new Set(HISTORY_ACTIONS).size).toBe(HISTORY_ACTIONS.length)
  })

  it('label every event in both languages, with the action labels unchanged', () => {
    for (const action of HISTORY_ACTIONS) {
      expect(HISTORY_ACTION_LABELS[action].ar.trim()).not.toBe('')
      expect(HISTORY_ACTION_LABELS[action].en.trim()).not.toBe('')
    }
    for (const action of WORKFLOW_ACTIONS) expect(HISTORY_ACTION_LABELS[action]).toEqual(ACTION_LABELS[action])
  })

  it('never offer `edit` as an action anyone can request', () => {
    expect(isWorkflowAction('edit')).toBe(false)
    expect(USER_ACTIONS as readonly string[]).not.toContain('edit')
    const decision = decideTransition({
      action: 'edit',
      actor: { id: 'a1', roles: ['admin'] },
      article: { workflowStatus: 'published', section: '11' },
      now: new Date('2026-03-01T10:00:00Z'),
    })
    expect(decision).toMatchObject({ ok: false, status: 400, code: 'unknown-action' })
  })
})
