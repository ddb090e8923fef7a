import { afterAll, describe, expect, it } from 'vitest'
import { allowedActions, decideTransition, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../../src/workflow'
import type { Actor, WorkflowAction, WorkflowState } from '../../../src/workflow'
import { NOW, SECTION, article, at } from './fixtures'

/*
 * The permission matrix: every persona × every action × every state × both
 * values of `requireReview`. The expectations below are written by hand from
 * the newsroom rules, in terms of people rather than capabilities, and do not
 * read the module's transition table.
 */

const PERSONAS = {
  anonymous: null,
  'writer (author)': { id: 'w1', roles: ['writer'], sections: [11] },
  'writer (not the author)': { id: 'w2', roles: ['writer'], sections: ['11'] },
  'writer listed as section reviewer': { id: 'w3', roles: ['writer'], sections: ['11'] },
  'reviewer (this section)': { id: 'r1', roles: ['reviewer'], sections: ['11'] },
  'reviewer (another section)': { id: 'r2', roles: ['reviewer'], sections: ['12'] },
  'section editor (this section)': { id: 'e1', roles: ['section-editor'], sections: [11] },
  'section editor (another section)': { id: 'e2', roles: ['section-editor'], sections: [12] },
  'section editor of another desk, with no section': { id: 33, roles: ['section-editor'], sections: [] },
  'editor-in-chief': { id: 'c1', roles: ['editor-in-chief'] },
  admin: { id: 'a1', roles: ['admin'] },
  'user without a staff role': { id: 'u1', roles: [] },
  system: { system: true },
} as const satisfies Record<string, Actor | null>

type Persona = keyof typeof PERSONAS
const PERSONA_NAMES = Object.keys(PERSONAS) as Persona[]

const AUTHOR: Persona[] = ['writer (author)']
const SECTION_REVIEWERS: Persona[] = ['reviewer (this section)', 'writer listed as section reviewer']
const SECTION_EDITORS: Persona[] = ['section editor (this section)']
const CHIEFS: Persona[] = ['editor-in-chief', 'admin']
const EDITORS: Persona[] = [...SECTION_EDITORS, ...CHIEFS]
const NOT_REVIEWED: WorkflowState[] = ['draft', 'in_review', 'changes_requested']

interface Rule {
  readonly who: readonly Persona[]
  readonly from: readonly WorkflowState[]
  readonly to: WorkflowState
  /** Extra permission that only exists when review is not required. */
  readonly withoutReview?: { readonly who: readonly Persona[]; readonly from: readonly WorkflowState[] }
}

const RULES: Record<WorkflowAction, Rule> = {
  submit: { who: [...AUTHOR, ...EDITORS], from: ['draft', 'changes_requested'], to: 'in_review' },
  approve: { who: [...SECTION_REVIEWERS, ...EDITORS], from: ['in_review'], to: 'approved' },
  'request-changes': { who: [...SECTION_REVIEWERS, ...EDITORS], from: ['in_review'], to: 'changes_requested' },
  publish: { who: EDITORS, from: ['approved'], to: 'published', withoutReview: { who: CHIEFS, from: NOT_REVIEWED } },
  schedule: { who: EDITORS, from: ['approved'], to: 'scheduled', withoutReview: { who: CHIEFS, from: NOT_REVIEWED } },
  'cancel-schedule': { who: EDITORS, from: ['scheduled'], to: 'approved' },
  unpublish: { who: EDITORS, from: ['published'], to: 'unpublished' },
  archive: {
    who: EDITORS,
    from: ['draft', 'changes_requested', 'approved', 'published', 'unpublished'],
    to: 'archived',
  },
  reopen: { who: EDITORS, from: ['unpublished', 'archived'], to: 'draft' },
  'fire-schedule': { who: ['system'], from: ['scheduled'], to: 'published' },
}

type Expected =
  | { readonly ok: true; readonly to: WorkflowState }
  | { readonly ok: false; readonly status: 401 | 403 | 409; readonly code: string }

function expected(persona: Persona, action: WorkflowAction, state: WorkflowState, requireReview: boolean): Expected {
  if (persona === 'anonymous') return { ok: false, status: 401, code: 'unauthenticated' }
  const rule = RULES[action]
  const skipper = rule.withoutReview?.who.includes(persona) ?? false
  if (!rule.who.includes(persona) && !skipper) return { ok: false, status: 403, code: 'forbidden' }
  if (rule.from.includes(state)) return { ok: true, to: rule.to }
  if (skipper && rule.withoutReview?.from.includes(state)) {
    return requireReview ? { ok: false, status: 409, code: 'review-required' } : { ok: true, to: rule.to }
  }
  return { ok: false, status: 409, code: 'invalid-transition' }
}

function expectedStatusField(action: WorkflowAction, from: WorkflowState, to: WorkflowState): string | undefined {
  if (to === 'published') return 'published'
  if (action === 'unpublish') return 'draft'
  if (action === 'archive' && from === 'published') return 'draft'
  return undefined
}

interface Case {
  readonly name: string
  readonly persona: Persona
  readonly action: WorkflowAction
  readonly state: WorkflowState
  readonly requireReview: boolean
  readonly expected: Expected
}

const cases: Case[] = []
for (const persona of PERSONA_NAMES) {
  for (const action of WORKFLOW_ACTIONS) {
    for (const state of WORKFLOW_STATES) {
      for (const requireReview of [true, false]) {
        const outcome = expected(persona, action, state, requireReview)
        const result = outcome.ok ? `→ ${outcome.to}` : `→ ${outcome.status} ${outcome.code}`
        cases.push({
          name: `${persona} · ${action} · ${state} · requireReview ${requireReview ? 'on' : 'off'} ${result}`,
          persona,
          action,
          state,
          requireReview,
          expected: outcome,
        })
      }
    }
  }
}

afterAll(() => {
  console.log(
    `workflow permission matrix: ${PERSONA_NAMES.length} personas × ${WORKFLOW_ACTIONS.length} actions × ` +
      `${WORKFLOW_STATES.length} states × 2 requireReview = ${cases.length} decisions`,
  )
})

describe('decideTransition permission matrix', () => {
  it('covers every persona, action, state and option', () => {
    expect(cases).toHaveLength(PERSONA_NAMES.length * WORKFLOW_ACTIONS.length * WORKFLOW_STATES.length * 2)
  })

  it.each(cases)('$name', ({ persona, action, state, requireReview, expected: outcome }) => {
    const decision = decideTransition({
      action,
      actor: PERSONAS[persona],
      article: article(state),
      section: SECTION,
      options: { requireReview },
      comment: 'يرجى توثيق الرقم الوارد في الفقرة الثانية.',
      publishAt: at(60),
      now: NOW,
    })
    if (outcome.ok) {
      expect(decision).toMatchObject({ ok: true, action, from: state, to: outcome.to })
      if (!decision.ok) return
      expect(decision.patch.workflowStatus).toBe(outcome.to)
      expect(decision.patch._status).toBe(expectedStatusField(action, state, outcome.to))
    } else {
      expect(decision).toMatchObject({ ok: false, status: outcome.status, code: outcome.code })
      if (decision.ok) return
      expect(decision.message.ar.length).toBeGreaterThan(0)
      expect(decision.message.en.length).toBeGreaterThan(0)
    }
  })
})

describe('allowedActions agrees with the matrix', () => {
  const combos = PERSONA_NAMES.flatMap((persona) =>
    WORKFLOW_STATES.flatMap((state) => [true, false].map((requireReview) => ({ persona, state, requireReview }))),
  )

  it.each(combos)('$persona · $state · requireReview $requireReview', ({ persona, state, requireReview }) => {
    const wanted = WORKFLOW_ACTIONS.filter((action) => expected(persona, action, state, requireReview).ok)
    expect(allowedActions(PERSONAS[persona], article(state), SECTION, { requireReview })).toEqual(wanted)
  })
})
