import { describe, expect, it } from 'vitest'
import { decideTransition } from '../../../src/workflow'
import type { Actor, TransitionDecision, TransitionRequest } from '../../../src/workflow'
import { NOW, SECTION, article, at, lexical } from './fixtures'

const WRITER: Actor = { id: 'w1', roles: ['writer'], sections: ['11'] }
const OTHER_WRITER: Actor = { id: 'w2', roles: ['writer'], sections: ['11'] }
const REVIEWER: Actor = { id: 'r1', roles: ['reviewer'], sections: ['11'] }
const SECTION_EDITOR: Actor = { id: 'e1', roles: ['section-editor'], sections: ['11'] }
const CHIEF: Actor = { id: 'c1', roles: ['editor-in-chief'] }
const ADMIN: Actor = { id: 'a1', roles: ['admin'] }
const SYSTEM: Actor = { system: true }

function decide(overrides: Partial<TransitionRequest>): TransitionDecision {
  return decideTransition({
    action: 'publish',
    actor: SECTION_EDITOR,
    article: article('approved'),
    section: SECTION,
    now: NOW,
    ...overrides,
  })
}

function refusal(decision: TransitionDecision): { status: number; code: string; paths: string[] } {
  if (decision.ok) throw new Error(`expected a refusal, got ${decision.from} → ${decision.to}`)
  return { status: decision.status, code: decision.code, paths: (decision.problems ?? []).map((p) => p.path) }
}

describe('order of checks', () => {
  it('401 before everything else', () => {
    expect(refusal(decide({ actor: null, action: 'no-such-action' }))).toMatchObject({ status: 401 })
    expect(refusal(decide({ actor: undefined }))).toMatchObject({ status: 401, code: 'unauthenticated' })
  })

  it('treats a user without an id as anonymous', () => {
    const ghost = { id: '', roles: ['admin'] } as const
    expect(refusal(decide({ actor: ghost }))).toMatchObject({ status: 401 })
  })

  it('400 unknown action before role checks', () => {
    expect(refusal(decide({ actor: OTHER_WRITER, action: 'delete' }))).toEqual({
      status: 400,
      code: 'unknown-action',
      paths: [],
    })
  })

  it('403 role before 409 state', () => {
    // A writer can never publish: 403 even though the state (draft) would not allow it either.
    expect(refusal(decide({ actor: WRITER, article: article('draft') }))).toMatchObject({ status: 403 })
    // A section editor can publish, but not a draft: 409.
    expect(refusal(decide({ article: article('draft') }))).toMatchObject({
      status: 409,
      code: 'invalid-transition',
    })
  })

  it('409 state before 400 payload', () => {
    const decision = decide({ action: 'request-changes', actor: REVIEWER, article: article('draft'), comment: '' })
    expect(refusal(decision)).toMatchObject({ status: 409, code: 'invalid-transition' })
    const schedule = decide({ action: 'schedule', article: article('published'), publishAt: 'yesterday' })
    expect(refusal(schedule)).toMatchObject({ status: 409 })
  })

  it('403 before 400 payload', () => {
    const decision = decide({ action: 'request-changes', actor: OTHER_WRITER, article: article('in_review') })
    expect(refusal(decision)).toMatchObject({ status: 403 })
  })

  it('400 payload before embargo', () => {
    const embargoed = article('approved', { embargoUntil: at(600).toISOString() })
    const decision = decide({ action: 'schedule', article: embargoed, publishAt: at(-5) })
    expect(refusal(decision)).toEqual({ status: 400, code: 'publish-at-past', paths: ['publishAt'] })
  })

  it('409 embargo before 400 publish checks', () => {
    const broken = article('approved', { embargoUntil: at(30).toISOString(), slug: '', body: null })
    expect(refusal(decide({ article: broken }))).toMatchObject({ status: 409, code: 'embargo' })
    const lifted = article('approved', { embargoUntil: at(-30).toISOString(), slug: '', body: null })
    expect(refusal(decide({ article: lifted }))).toEqual({
      status: 400,
      code: 'publish-checks-failed',
      paths: ['body', 'slug'],
    })
  })
})

describe('request-changes comment', () => {
  const base = { action: 'request-changes', actor: REVIEWER, article: article('in_review') } as const

  it.each([undefined, null, '', '   \n\t '])('refuses %j with 400 on `comment`', (comment) => {
    const decision = decide({ ...base, comment })
    expect(refusal(decision)).toEqual({ status: 400, code: 'comment-required', paths: ['comment'] })
    if (!decision.ok) expect(decision.problems?.[0]?.message.ar).toContain('ملاحظة')
  })

  it('accepts a comment and hands it back trimmed', () => {
    const decision = decide({ ...base, comment: '  أضف مصدر الرقم.  ' })
    expect(decision).toMatchObject({
      ok: true,
      to: 'changes_requested',
      comment: 'أضف مصدر الرقم.',
      patch: { workflowStatus: 'changes_requested' },
    })
  })

  it('passes an optional comment through on approve', () => {
    const approved = decide({ action: 'approve', actor: REVIEWER, article: article('in_review'), comment: 'ممتاز' })
    expect(approved).toMatchObject({ ok: true, comment: 'ممتاز' })
    const silent = decide({ action: 'approve', actor: REVIEWER, article: article('in_review') })
    expect(silent.ok && 'comment' in silent).toBe(false)
  })
})

describe('schedule validation', () => {
  const base = { action: 'schedule', article: article('approved') } as const

  it.each([
    [undefined, 'publish-at-required'],
    [null, 'publish-at-required'],
    ['', 'publish-at-required'],
    ['not a date', 'publish-at-invalid'],
    [new Date(Number.NaN), 'publish-at-invalid'],
    [at(-60).toISOString(), 'publish-at-past'],
    [NOW, 'publish-at-past'],
    [NOW.toISOString(), 'publish-at-past'],
  ] as const)('publishAt %j → 400 %s', (publishAt, code) => {
    expect(refusal(decide({ ...base, publishAt }))).toEqual({ status: 400, code, paths: ['publishAt'] })
  })

  it('accepts a time one millisecond in the future and stores it as ISO', () => {
    const when = new Date(NOW.getTime() + 1)
    expect(decide({ ...base, publishAt: when })).toEqual({
      ok: true,
      action: 'schedule',
      from: 'approved',
      to: 'scheduled',
      patch: { workflowStatus: 'scheduled', publishAt: when.toISOString() },
    })
  })

  it('accepts an ISO string with an offset', () => {
    const decision = decide({ ...base, publishAt: '2025-03-01T14:30:00+02:00' })
    expect(decision.ok && decision.patch.publishAt).toBe('2025-03-01T12:30:00.000Z')
  })

  it('runs the publish checks at schedule time', () => {
    const decision = decide({ ...base, article: article('approved', { featuredImage: null }), publishAt: at(60) })
    expect(refusal(decision)).toEqual({ status: 400, code: 'publish-checks-failed', paths: ['featuredImage'] })
  })

  it('refuses (409) a time before the embargo lifts, allows exactly at it', () => {
    const embargoed = article('approved', { embargoUntil: at(120).toISOString() })
    const early = decide({ ...base, article: embargoed, publishAt: at(119) })
    expect(refusal(early)).toMatchObject({ status: 409, code: 'embargo-schedule' })
    expect(decide({ ...base, article: embargoed, publishAt: at(120) })).toMatchObject({ ok: true })
  })
})

describe('requireReview', () => {
  it.each([CHIEF, ADMIN])('with review required, nobody publishes a draft (%j)', (actor) => {
    const draft = decide({ actor, article: article('draft') })
    expect(refusal(draft)).toMatchObject({ status: 409, code: 'review-required' })
    expect(
      refusal(decide({ actor, action: 'schedule', article: article('in_review'), publishAt: at(60) })),
    ).toMatchObject({ status: 409, code: 'review-required' })
  })

  it('defaults to required when options are omitted', () => {
    expect(refusal(decide({ actor: CHIEF, article: article('changes_requested'), options: {} }))).toMatchObject({
      code: 'review-required',
    })
  })

  it.each([CHIEF, ADMIN])('without review, chiefs publish and schedule unreviewed articles (%j)', (actor) => {
    for (const state of ['draft', 'in_review', 'changes_requested'] as const) {
      expect(decide({ actor, article: article(state), options: { requireReview: false } })).toMatchObject({
        ok: true,
        from: state,
        to: 'published',
        patch: { _status: 'published' },
      })
      const options = { requireReview: false }
      const scheduled = decide({ actor, action: 'schedule', article: article(state), publishAt: at(5), options })
      expect(scheduled).toMatchObject({ ok: true, to: 'scheduled' })
    }
  })

  it('without review, section editors still need an approved article', () => {
    const decision = decide({ article: article('draft'), options: { requireReview: false } })
    expect(refusal(decision)).toMatchObject({ status: 409, code: 'invalid-transition' })
  })

  it('skipping review still runs the embargo and publish checks', () => {
    const options = { requireReview: false }
    const embargoed = article('draft', { embargoUntil: at(1).toISOString() })
    expect(refusal(decide({ actor: CHIEF, article: embargoed, options }))).toMatchObject({ code: 'embargo' })
    const empty = article('draft', { body: lexical('   ') })
    expect(refusal(decide({ actor: CHIEF, article: empty, options }))).toMatchObject({ paths: ['body'] })
  })
})

describe('publish and its patch', () => {
  it('sets _status and a fresh publishedAt', () => {
    expect(decide({})).toEqual({
      ok: true,
      action: 'publish',
      from: 'approved',
      to: 'published',
      patch: { workflowStatus: 'published', _status: 'published', publishedAt: NOW.toISOString() },
    })
  })

  it('keeps the original publishedAt when re-publishing', () => {
    const first = '2024-12-31T22:00:00.000Z'
    const decision = decide({ article: article('approved', { publishedAt: first }) })
    expect(decision.ok && decision.patch.publishedAt).toBe(first)
  })

  it('reports every failing field', () => {
    const empty = article('approved', {
      section: null,
      body: { root: { children: [] } },
      featuredImage: 9,
      slug: '  ',
      publishedAt: 'garbage',
    })
    const decision = decide({ article: empty, section: null, actor: CHIEF })
    expect(refusal(decision)).toEqual({
      status: 400,
      code: 'publish-checks-failed',
      paths: ['section', 'body', 'featuredImage', 'slug'],
    })
  })

  it('uses featuredImageAlt when only the image id is stored', () => {
    const byId = article('approved', { featuredImage: 9 })
    expect(refusal(decide({ article: byId }))).toMatchObject({ paths: ['featuredImage'] })
    expect(decide({ article: byId, featuredImageAlt: 'صورة أرشيفية' })).toMatchObject({ ok: true })
  })

  it('embargo: blocked one millisecond before, allowed exactly at the embargo time', () => {
    const embargoed = article('approved', { embargoUntil: NOW.toISOString() })
    expect(decide({ article: embargoed })).toMatchObject({ ok: true })
    const later = article('approved', { embargoUntil: new Date(NOW.getTime() + 1) })
    const decision = decide({ article: later })
    expect(refusal(decision)).toMatchObject({ status: 409, code: 'embargo' })
    if (!decision.ok) {
      expect(decision.message.en).toContain('1 March 2025 12:00')
      expect(decision.message.en).toContain('Eastern European')
      expect(decision.message.ar).toContain('محظور النشر حتى')
    }
  })

  it('names the embargo time in the configured time zone', () => {
    const later = article('approved', { embargoUntil: at(60).toISOString() })
    const decision = decide({ article: later, options: { timeZone: 'Asia/Riyadh' } })
    expect(decision.ok ? '' : decision.message.en).toContain('14:00')
  })

  it('an invalid embargo date blocks publication', () => {
    expect(refusal(decide({ article: article('approved', { embargoUntil: 'soon' }) }))).toMatchObject({
      status: 409,
      code: 'embargo-invalid',
    })
  })
})

describe('fire-schedule (the scheduler)', () => {
  it('publishes a due scheduled article, dated at its scheduled time rather than when the queue ran', () => {
    const scheduled = article('scheduled')
    expect(scheduled.publishAt).not.toBe(NOW.toISOString())
    expect(decide({ actor: SYSTEM, action: 'fire-schedule', article: scheduled })).toEqual({
      ok: true,
      action: 'fire-schedule',
      from: 'scheduled',
      to: 'published',
      patch: { workflowStatus: 'published', _status: 'published', publishedAt: new Date(String(scheduled.publishAt)).toISOString() },
    })
  })

  it('waits for publishAt (exactly at it is due)', () => {
    const early = article('scheduled', { publishAt: at(1).toISOString() })
    expect(refusal(decide({ actor: SYSTEM, action: 'fire-schedule', article: early }))).toMatchObject({
      status: 409,
      code: 'schedule-not-due',
    })
    const due = article('scheduled', { publishAt: NOW })
    expect(decide({ actor: SYSTEM, action: 'fire-schedule', article: due })).toMatchObject({ ok: true })
  })

  it('respects an embargo set after scheduling', () => {
    const embargoed = article('scheduled', { embargoUntil: at(10).toISOString() })
    expect(refusal(decide({ actor: SYSTEM, action: 'fire-schedule', article: embargoed }))).toMatchObject({
      code: 'embargo',
    })
  })

  it('is the only thing the system may do, and users may not do it', () => {
    expect(refusal(decide({ actor: SYSTEM, action: 'publish' }))).toMatchObject({ status: 403 })
    expect(refusal(decide({ actor: ADMIN, action: 'fire-schedule', article: article('scheduled') }))).toMatchObject({
      status: 403,
    })
  })
})

describe('other patches', () => {
  it('cancel-schedule clears publishAt', () => {
    expect(decide({ action: 'cancel-schedule', article: article('scheduled') })).toMatchObject({
      ok: true,
      to: 'approved',
      patch: { workflowStatus: 'approved', publishAt: null },
    })
  })

  it('unpublish takes the article offline', () => {
    expect(decide({ action: 'unpublish', article: article('published') })).toMatchObject({
      patch: { workflowStatus: 'unpublished', _status: 'draft' },
    })
  })

  it('archive takes a live article offline and leaves drafts alone', () => {
    expect(decide({ action: 'archive', article: article('published') })).toMatchObject({
      patch: { workflowStatus: 'archived', _status: 'draft' },
    })
    // An approved re-edit of a published article is still live.
    const liveEdit = article('approved', { _status: 'published' })
    expect(decide({ action: 'archive', article: liveEdit })).toMatchObject({
      patch: { workflowStatus: 'archived', _status: 'draft' },
    })
    const draft = decide({ action: 'archive', article: article('draft') })
    expect(draft).toEqual({
      ok: true,
      action: 'archive',
      from: 'draft',
      to: 'archived',
      patch: { workflowStatus: 'archived' },
    })
  })

  it('submit, approve and reopen only change workflowStatus', () => {
    expect(decide({ action: 'submit', actor: WRITER, article: article('draft') })).toMatchObject({
      patch: { workflowStatus: 'in_review' },
    })
    const reopened = decide({ action: 'reopen', article: article('archived') })
    expect(reopened.ok && reopened.patch).toEqual({ workflowStatus: 'draft' })
  })
})

describe('article state and identity edge cases', () => {
  it('a missing workflowStatus is draft, or published for a live legacy article', () => {
    expect(decide({ action: 'submit', actor: WRITER, article: article(null) })).toMatchObject({ from: 'draft' })
    const legacy = article(null, { _status: 'published' })
    expect(decide({ action: 'unpublish', article: legacy })).toMatchObject({ from: 'published', to: 'unpublished' })
  })

  it('an unknown workflowStatus is a 409, after the role check', () => {
    const odd = { ...article('draft'), workflowStatus: 'limbo' } as unknown as ReturnType<typeof article>
    expect(refusal(decide({ article: odd }))).toMatchObject({ status: 409, code: 'unknown-state' })
    expect(refusal(decide({ article: odd, actor: WRITER }))).toMatchObject({ status: 403 })
  })

  it('compares ids as strings (numbers vs strings, populated relations)', () => {
    const numeric = article('draft', { authors: [{ id: 7 }], createdBy: null, section: '11' })
    const author: Actor = { id: '7', roles: ['writer'] }
    expect(decide({ action: 'submit', actor: author, article: numeric })).toMatchObject({ ok: true })
    const editor: Actor = { id: 8, roles: ['section-editor'], sections: [11] }
    expect(decide({ actor: editor, article: article('approved', { section: '11' }) })).toMatchObject({ ok: true })
  })

  it('createdBy counts as authorship', () => {
    const mine = article('draft', { authors: [], createdBy: 'w2' })
    expect(decide({ action: 'submit', actor: OTHER_WRITER, article: mine })).toMatchObject({ ok: true })
  })

  it('ignores a section document that is not the article’s section', () => {
    const other = { id: '12', reviewers: ['r9'] }
    const decision = decide({
      action: 'approve',
      actor: { id: 'r9', roles: ['writer'] },
      article: article('in_review'),
      section: other,
    })
    expect(refusal(decision)).toMatchObject({ status: 403 })
  })

  it('uses the section document when the article has no section yet', () => {
    // (Approving would also need a section: see the publish checks at approval.)
    const decision = decide({
      action: 'request-changes',
      actor: REVIEWER,
      article: article('in_review', { section: null }),
      section: SECTION,
      comment: 'راجع المصادر',
    })
    expect(decision).toMatchObject({ ok: true })
  })

  it('ignores unknown role strings', () => {
    const weird = { id: 'x', roles: ['superuser'] } as unknown as Actor
    expect(refusal(decide({ actor: weird }))).toMatchObject({ status: 403 })
  })

  it('throws on an invalid clock', () => {
    expect(() => decide({ now: new Date(Number.NaN) })).toThrow(RangeError)
  })

  it('messages are bilingual and name the action and state', () => {
    const decision = decide({ article: article('draft') })
    expect(decision.ok).toBe(false)
    if (decision.ok) return
    expect(decision.message.ar).toBe('لا يمكن تنفيذ «نشر» في الحالة الحالية للمقال («مسودة»).')
    expect(decision.message.en).toBe('“Publish” is not available while the article is “Draft”.')
  })
})

describe('what publishing needs is checked when the writer submits', () => {
  it.each([
    ['submit', WRITER, 'draft'],
    ['approve', REVIEWER, 'in_review'],
  ] as const)('%s refuses an article without a featured image, naming the field', (action, actor, state) => {
    const decision = decide({ action, actor, article: article(state, { featuredImage: null }) })
    expect(decision).toMatchObject({ ok: false, status: 400, code: 'publish-checks-failed', problems: [{ path: 'featuredImage' }] })
  })

  it('reports the caller\'s content problems (the title rules) with the publish checks', () => {
    const title = { path: 'title', message: { ar: 'العنوان قصير جدًا: 3 من 8 أحرف على الأقل', en: 'The title is too short: 3 of at least 8 characters' } }
    const decision = decide({ action: 'submit', actor: WRITER, article: article('draft'), contentProblems: [title] })
    expect(decision).toMatchObject({ ok: false, status: 400, problems: [title] })
  })

  it('request-changes does not check the content', () => {
    const decision = decide({ action: 'request-changes', actor: REVIEWER, article: article('in_review', { body: null }), comment: 'أكمل النص' })
    expect(decision).toMatchObject({ ok: true })
  })
})
