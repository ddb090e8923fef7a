import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ACTION_LABELS,
  CAPABILITY_SCOPE,
  EDIT_RESETS,
  INITIAL_STATE,
  ROLES,
  ROLE_CAPABILITIES,
  STATE_LABELS,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
} from '../../../src/workflow'
import type { Capability, CapabilityScope, WorkflowAction } from '../../../src/workflow'

/*
 * docs/workflow.md is written by hand; these tests keep it in step with the
 * data in src/workflow so that the documentation cannot drift.
 */

const DOC = readFileSync(new URL('../../../docs/workflow.md', import.meta.url), 'utf8')

/** The text of the `## heading` section, up to the next `## ` heading. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`docs/workflow.md has no "## ${heading}" section`)
  const next = DOC.indexOf('\n## ', start + 1)
  return DOC.slice(start, next < 0 ? undefined : next)
}

/** The body rows of the first Markdown table in `text`, as trimmed cells. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.trim().startsWith('|'))
  return lines.slice(2).map((line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim()),
  )
}

const code = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(',')
    .map((part) => part.trim().replace(/^`|`$/g, ''))
    .filter((part) => part !== '')

describe('docs/workflow.md', () => {
  it('lists the states with their labels, in order', () => {
    expect(tableRows(section('States'))).toEqual(
      WORKFLOW_STATES.map((state) => [`\`${state}\``, STATE_LABELS[state].ar, STATE_LABELS[state].en]),
    )
  })

  it('documents every transition row exactly', () => {
    const documented = tableRows(section('Transitions')).map(([action, ar, from, to, who, condition, needs]) => ({
      action: code(action)[0],
      ar,
      from: code(from),
      to: code(to)[0],
      who: code(who),
      condition: condition ?? '',
      needs: needs ?? '',
    }))
    const actual = TRANSITIONS.map((row) => ({
      action: row.action,
      ar: ACTION_LABELS[row.action].ar,
      from: [...row.from],
      to: row.to,
      who: [...row.who],
      condition: row.skipsReview ? 'requireReview off' : '',
      needs: row.needs ?? '',
    }))
    expect(documented).toEqual(actual)
  })

  it('has a permission table that matches the transition table', () => {
    const rows = tableRows(section('Permissions by role'))
    const header = section('Permissions by role')
      .split('\n')
      .find((line) => line.startsWith('| Role'))
    expect(code(header?.replace(/^\| Role \|/, '').replace(/\|/g, ','))).toEqual([...WORKFLOW_ACTIONS])

    const TOKEN: Record<CapabilityScope, string> = { any: 'all', section: 'section', own: 'own', system: '✓' }
    const RANK: Record<CapabilityScope, number> = { own: 1, section: 2, any: 3, system: 4 }
    const cell = (capabilities: readonly Capability[], action: WorkflowAction): string => {
      const scopes = TRANSITIONS.filter((row) => row.action === action)
        .flatMap((row) => row.who)
        .filter((capability) => capabilities.includes(capability))
        .map((capability) => CAPABILITY_SCOPE[capability])
        .sort((a, b) => RANK[b] - RANK[a])
      return scopes[0] ? TOKEN[scopes[0]] : '—'
    }
    const expected = [
      ...ROLES.map((role) => [role, ...WORKFLOW_ACTIONS.map((action) => cell(ROLE_CAPABILITIES[role], action))]),
      ['system', ...WORKFLOW_ACTIONS.map((action) => cell(['system'], action))],
    ]
    expect(rows).toEqual(expected)
  })

  it('draws every transition (and only those) in the Mermaid diagram', () => {
    const block = /```mermaid\n([\s\S]*?)```/.exec(DOC)?.[1] ?? ''
    const edges = block
      .split('\n')
      .map((line) => /^\s*(\S+)\s*-->\s*(\S+?)\s*(?::\s*([\w-]+)(.*))?$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, from, to, label, rest]) => `${from} -> ${to} : ${label ?? ''}${rest?.trim() ? ` ${rest.trim()}` : ''}`)
      .sort()
    const expected = [
      `[*] -> ${INITIAL_STATE} : `,
      ...TRANSITIONS.flatMap((row) =>
        row.from.map((from) => `${from} -> ${row.to} : ${row.action}${row.skipsReview ? ' (no review)' : ''}`),
      ),
      ...EDIT_RESETS.map((state) => `${state} -> draft : edit`),
    ].sort()
    expect(edges).toEqual(expected)
  })
})
