import { describe, expect, it } from 'vitest'
import {
  WORKFLOW_STATES,
  allowedActions,
  canCreateArticle,
  canEditArticle,
  canReadDrafts,
  capabilitiesOf,
  editResetsState,
  stateAfterEdit,
} from '../../../src/workflow'
import type { Actor, WorkflowState } from '../../../src/workflow'
import { SECTION, article } from './fixtures'

const PEOPLE = {
  anonymous: null,
  system: { system: true },
  'no role': { id: 'u1', roles: [] },
  'writer (author)': { id: 'w1', roles: ['writer'], sections: ['11'] },
  'writer (not the author)': { id: 'w2', roles: ['writer'], sections: ['11'] },
  'writer listed as section reviewer': { id: 'w3', roles: ['writer'], sections: ['11'] },
  'reviewer (this section)': { id: 'r1', roles: ['reviewer'], sections: ['11'] },
  'reviewer (another section)': { id: 'r2', roles: ['reviewer'], sections: ['12'] },
  'reviewer who wrote the article': { id: 'w1', roles: ['reviewer'], sections: ['11'] },
  'section editor (this section)': { id: 'e1', roles: ['section-editor'], sections: ['11'] },
  'section editor (another section)': { id: 'e2', roles: ['section-editor'], sections: ['12'] },
  'editor-in-chief': { id: 'c1', roles: ['editor-in-chief'] },
  admin: { id: 'a1', roles: ['admin'] },
} as const satisfies Record<string, Actor | null>

type Person = keyof typeof PEOPLE
const ALL_BUT_ARCHIVED = WORKFLOW_STATES.filter((state) => state !== 'archived')

/** States in which each person may edit the fixture article (written by w1, section 11). */
const EDITABLE: Record<Person, readonly WorkflowState[]> = {
  anonymous: [],
  system: [],
  'no role': [],
  'writer (author)': ['draft', 'changes_requested'],
  'writer (not the author)': [],
  'writer listed as section reviewer': ['in_review'],
  'reviewer (this section)': ['in_review'],
  'reviewer (another section)': [],
  'reviewer who wrote the article': ['draft', 'in_review', 'changes_requested'],
  'section editor (this section)': ALL_BUT_ARCHIVED,
  'section editor (another section)': [],
  'editor-in-chief': ALL_BUT_ARCHIVED,
  admin: ALL_BUT_ARCHIVED,
}

describe('canEditArticle', () => {
  const cases = (Object.keys(PEOPLE) as Person[]).flatMap((person) =>
    WORKFLOW_STATES.map((state) => ({ person, state, allowed: EDITABLE[person].includes(state) })),
  )

  it.each(cases)('$person · $state → $allowed', ({ person, state, allowed }) => {
    expect(canEditArticle(PEOPLE[person], article(state), SECTION)).toBe(allowed)
  })

  it('refuses an unknown workflow state', () => {
    const odd = { ...article('draft'), workflowStatus: 'limbo' } as unknown as ReturnType<typeof article>
    expect(canEditArticle(PEOPLE.admin, odd, SECTION)).toBe(false)
  })

  it('works without the section document (role-based membership)', () => {
    expect(canEditArticle(PEOPLE['reviewer (this section)'], article('in_review'))).toBe(true)
    expect(canEditArticle(PEOPLE['writer listed as section reviewer'], article('in_review'))).toBe(false)
  })
})

describe('canCreateArticle', () => {
  it.each([
    ['writer (author)', '11', true],
    ['writer (author)', 11, true],
    ['writer (author)', '12', false],
    ['writer (author)', null, false],
    ['reviewer (this section)', '11', true],
    ['section editor (another section)', '11', false],
    ['section editor (another section)', 12, true],
    ['editor-in-chief', '99', true],
    ['editor-in-chief', null, true],
    ['admin', undefined, true],
    ['no role', '11', false],
    ['anonymous', '11', false],
    ['system', '11', false],
  ] as const)('%s in section %j → %s', (person, sectionId, allowed) => {
    expect(canCreateArticle(PEOPLE[person], sectionId)).toBe(allowed)
  })
})

describe('canReadDrafts', () => {
  it.each([
    ['anonymous', false],
    ['no role', false],
    ['system', true],
    ['writer (author)', true],
    ['reviewer (another section)', true],
    ['section editor (this section)', true],
    ['editor-in-chief', true],
    ['admin', true],
  ] as const)('%s → %s', (person, allowed) => {
    expect(canReadDrafts(PEOPLE[person])).toBe(allowed)
  })
})

describe('stateAfterEdit / editResetsState', () => {
  it.each([
    [null, 'draft', false],
    [undefined, 'draft', false],
    ['draft', 'draft', false],
    ['in_review', 'in_review', false],
    ['changes_requested', 'changes_requested', false],
    ['approved', 'draft', true],
    ['scheduled', 'draft', true],
    ['published', 'draft', true],
    ['unpublished', 'unpublished', false],
    ['archived', 'archived', false],
  ] as const)('%j → %s', (state, next, resets) => {
    expect(stateAfterEdit(state)).toBe(next)
    expect(editResetsState(state)).toBe(resets)
  })
})

describe('capabilitiesOf', () => {
  it('combines roles and section lists', () => {
    const both: Actor = { id: 'w3', roles: ['writer', 'section-editor'], sections: ['11'] }
    expect([...capabilitiesOf(both, article('draft'), SECTION)].sort()).toEqual(['section-editor', 'section-reviewer'])
    expect([...capabilitiesOf(PEOPLE['reviewer who wrote the article'], article('draft'), SECTION)].sort()).toEqual([
      'author',
      'section-reviewer',
    ])
    expect([...capabilitiesOf(PEOPLE.system, article('draft'), SECTION)]).toEqual(['system'])
    expect(capabilitiesOf(PEOPLE.anonymous, article('draft'), SECTION).size).toBe(0)
  })

  it('a section editor edits only the sections they belong to', () => {
    const outsider: Actor = { id: '33', roles: ['section-editor'], sections: ['12'] }
    expect(capabilitiesOf(outsider, article('draft'), SECTION).has('section-editor')).toBe(false)
    const member: Actor = { id: '33', roles: ['section-editor'], sections: ['11'] }
    expect(capabilitiesOf(member, article('draft'), SECTION).has('section-editor')).toBe(true)
  })
})

describe('allowedActions', () => {
  it('offers the author only submit, and only while draft or changes requested', () => {
    const author = PEOPLE['writer (author)']
    expect(allowedActions(author, article('draft'), SECTION)).toEqual(['submit'])
    expect(allowedActions(author, article('changes_requested'), SECTION)).toEqual(['submit'])
    expect(allowedActions(author, article('in_review'), SECTION)).toEqual([])
  })

  it('offers a section reviewer the review actions', () => {
    expect(allowedActions(PEOPLE['reviewer (this section)'], article('in_review'), SECTION)).toEqual([
      'approve',
      'request-changes',
    ])
  })

  it('offers the editor-in-chief publishing without review only when review is optional', () => {
    const chief = PEOPLE['editor-in-chief']
    expect(allowedActions(chief, article('draft'), SECTION)).toEqual(['submit', 'archive'])
    expect(allowedActions(chief, article('draft'), SECTION, { requireReview: false })).toEqual([
      'submit',
      'publish',
      'schedule',
      'archive',
    ])
  })

  it('offers the system only fire-schedule', () => {
    expect(allowedActions(PEOPLE.system, article('scheduled'), SECTION)).toEqual(['fire-schedule'])
    expect(allowedActions(PEOPLE.system, article('approved'), SECTION)).toEqual([])
  })

  it('offers nothing to anonymous users', () => {
    expect(allowedActions(null, article('draft'), SECTION)).toEqual([])
  })

  it('does not evaluate the payload, embargo or publish checks', () => {
    const broken = article('approved', { slug: '', embargoUntil: '2999-01-01T00:00:00Z' })
    expect(allowedActions(PEOPLE.admin, broken, SECTION)).toEqual(['publish', 'schedule', 'archive'])
  })
})

describe('populated relations on the user', () => {
  it('accepts sections as populated documents', () => {
    const editor: Actor = { id: 'e9', roles: ['section-editor'], sections: [{ id: 11 }, null] }
    expect(canEditArticle(editor, article('published'), SECTION)).toBe(true)
    expect(canCreateArticle(editor, { id: '11' })).toBe(true)
  })
})
