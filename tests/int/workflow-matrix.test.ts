import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role, WorkflowAction, WorkflowState } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { applyWorkflowAction } from '../../src/workflow-server/applyWorkflowAction'
import { sanitizeOptions } from '../../src/sanitizeOptions'
import { toActor } from '../../src/access'
import { ROLES, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../src/workflow'
import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, eventsOf, requestAs, seedNewsroom, stateOf } from '../helpers/workflow'

/*
 * The permission matrix, through the real server: every role × every action × every state, over HTTP
 * (POST /api/articles/:id/workflow) and through the Local API (applyWorkflowAction as the same user),
 * and every role × every state for plain saves over REST, GraphQL and the Local API with
 * overrideAccess: false. Every article is of the fixture section, written by the fixture writer and ready
 * to publish; the reviewer and the section editor belong to that section.
 *
 * The expectations are written by hand from the newsroom's rules, by role, without reading the
 * workflow module's tables.
 */

const EDITORS: Role[] = ['section-editor', 'editor-in-chief', 'admin']
const CHIEFS: Role[] = ['editor-in-chief', 'admin']

const RULES: Record<WorkflowAction, { who: Role[]; from: WorkflowState[]; to: WorkflowState; skipReview?: Role[] }> = {
  submit: { who: ['writer', ...EDITORS], from: ['draft', 'changes_requested'], to: 'in_review' },
  approve: { who: ['reviewer', ...EDITORS], from: ['in_review'], to: 'approved' },
  'request-changes': { who: ['reviewer', ...EDITORS], from: ['in_review'], to: 'changes_requested' },
  publish: { who: EDITORS, from: ['approved'], to: 'published', skipReview: CHIEFS },
  schedule: { who: EDITORS, from: ['approved'], to: 'scheduled', skipReview: CHIEFS },
  'cancel-schedule': { who: EDITORS, from: ['scheduled'], to: 'approved' },
  unpublish: { who: EDITORS, from: ['published'], to: 'unpublished' },
  archive: { who: EDITORS, from: ['draft', 'changes_requested', 'approved', 'published', 'unpublished'], to: 'archived' },
  reopen: { who: EDITORS, from: ['unpublished', 'archived'], to: 'draft' },
  'fire-schedule': { who: [], from: ['scheduled'], to: 'published' },
}

type Outcome = { status: 200; to: WorkflowState } | { status: 403 | 409; code: string }

function expected(role: Role, action: WorkflowAction, state: WorkflowState): Outcome {
  const rule = RULES[action]
  if (!rule.who.includes(role)) return { status: 403, code: 'forbidden' }
  if (rule.from.includes(state)) return { status: 200, to: rule.to }
  const unreviewed = ['draft', 'in_review', 'changes_requested'].includes(state)
  if (rule.skipReview?.includes(role) && unreviewed) return { status: 409, code: 'review-required' }
  return { status: 409, code: 'invalid-transition' }
}

/** Whether the role may change the content of the fixture article in this state. */
function canEdit(role: Role, state: WorkflowState): boolean {
  if (state === 'archived') return false
  if (EDITORS.includes(role)) return true
  if (role === 'reviewer') return state === 'in_review'
  return state === 'draft' || state === 'changes_requested'
}

function afterEdit(state: WorkflowState): WorkflowState {
  return state === 'approved' || state === 'scheduled' || state === 'published' ? 'draft' : state
}

type Case = { name: string; role: Role; action: WorkflowAction; state: WorkflowState; outcome: Outcome }
const cases: Case[] = ROLES.flatMap((role) =>
  WORKFLOW_ACTIONS.flatMap((action) =>
    WORKFLOW_STATES.map((state) => {
      const outcome = expected(role, action, state)
      const result = outcome.status === 200 ? `→ ${outcome.to}` : `→ ${outcome.status} ${outcome.code}`
      return { name: `${role} · ${action} · ${state} ${result}`, role, action, state, outcome }
    }),
  ),
)
const editCases = ROLES.flatMap((role) => WORKFLOW_STATES.map((state) => ({ role, state, allowed: canEdit(role, state) })))

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>
const tally = { rest: 0, local: 0, plainRest: 0, plainGraphQL: 0, plainLocal: 0 }

beforeAll(async () => {
  env = await bootPayload('wfmatrix')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ROLES) tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
  console.log(
    `workflow matrix (${env.payload.db.name}): ` +
      `${ROLES.length} roles × ${WORKFLOW_ACTIONS.length} actions × ${WORKFLOW_STATES.length} states = ${cases.length} cases ` +
      `over REST (${tally.rest} passed) and the Local API (${tally.local} passed); plain saves ${ROLES.length} roles × ` +
      `${WORKFLOW_STATES.length} states × 3 kinds over REST (${tally.plainRest}), Local API (${tally.plainLocal}) and ` +
      `2 kinds over GraphQL (${tally.plainGraphQL})`,
  )
})

/*
 * A case the rules refuse must leave its article exactly as it was, so the refused cases of a state share one
 * article, checked unchanged after every refusal (state, row and an empty history); a case the rules allow
 * gets an article of its own. A refusal that wrongly went through would change the shared article and fail
 * its own case and the ones after it.
 */
const refusalArticles = new Map<WorkflowState, Promise<number | string>>()
function articleFor(state: WorkflowState, outcome: Outcome): Promise<number | string> {
  if (outcome.status === 200) return createArticle(env.payload, fixture, state)
  let article = refusalArticles.get(state)
  if (!article) {
    article = createArticle(env.payload, fixture, state)
    refusalArticles.set(state, article)
  }
  return article
}

const comment = 'يرجى توثيق الرقم الوارد في الفقرة الثانية.'
const publishAt = () => new Date(Date.now() + 2 * 86_400_000).toISOString()

async function expectOutcome(id: number | string, state: WorkflowState, outcome: Outcome, role: Role, action: WorkflowAction) {
  const after = await stateOf(env.payload, id)
  const events = await eventsOf(env.payload, id)
  if (outcome.status === 200) {
    expect(after).toMatchObject({ state: outcome.to, row: outcome.to })
    expect(after.live).toBe(outcome.to === 'published' || (state === 'published' && outcome.to === 'draft'))
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ action, from: state, to: outcome.to, actor: fixture.users[role].id })
  } else {
    expect(after).toMatchObject({ state, row: state })
    expect(events).toHaveLength(0)
  }
}

describe('workflow actions over REST', () => {
  test('the matrix covers every role, action and state', () => {
    expect(cases).toHaveLength(ROLES.length * WORKFLOW_ACTIONS.length * WORKFLOW_STATES.length)
  })

  test.each(cases)('$name', async ({ role, action, state, outcome }) => {
    const id = await articleFor(state, outcome)
    const response = await http.request(`/api/articles/${id}/workflow`, {
      method: 'POST',
      token: tokens[role],
      json: { action, comment, publishAt: publishAt() },
    })
    const body = (await response.json()) as { code?: string; message?: { ar: string; en: string }; doc?: { workflowStatus?: string } }
    expect(response.status).toBe(outcome.status)
    if (outcome.status === 200) expect(body.doc?.workflowStatus).toBe(outcome.to)
    else {
      expect(body.code).toBe(outcome.code)
      expect(body.message?.ar).toMatch(/[\u0600-\u06FF]/)
      expect(body.message?.en).toMatch(/[A-Za-z]/)
    }
    await expectOutcome(id, state, outcome, role, action)
    tally.rest += 1
  })
})

describe('workflow actions through the Local API', () => {
  test.each(cases)('$name', async ({ role, action, state, outcome }) => {
    const id = await articleFor(state, outcome)
    const req = await requestAs(env.payload, fixture, role)
    const result = await applyWorkflowAction({
      req,
      options: sanitizeOptions(),
      actor: toActor(req.user, 'users'),
      input: { id, action, comment, publishAt: publishAt() },
    })
    expect(result.status).toBe(outcome.status)
    if (!result.ok && outcome.status !== 200) expect(result.code).toBe(outcome.code)
    await expectOutcome(id, state, outcome, role, action)
    tally.local += 1
  })
})

describe('plain saves cannot move the workflow', () => {
  test.each(editCases)('REST · $role · $state', async ({ role, state, allowed }) => {
    const target = state === 'published' ? 'draft' : 'published'
    const id = await createArticle(env.payload, fixture, state)
    const before = await stateOf(env.payload, id)

    const setState = await http.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens[role],
      json: { workflowStatus: target },
    })
    expect(setState.status).toBe(403)
    const setSequence = await http.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens[role],
      json: { workflowSequence: 7 },
    })
    expect(setSequence.status).toBe(403)
    const publish = await http.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens[role],
      json: { _status: 'published', title: 'نشر مباشر' },
    })
    expect(publish.status).toBe(403)
    expect(await stateOf(env.payload, id)).toEqual(before)

    const edit = await http.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens[role],
      json: { title: 'عنوان بعد التحرير' },
    })
    expect(edit.status).toBe(allowed ? 200 : 403)
    const next = allowed ? afterEdit(state) : state
    expect(await stateOf(env.payload, id)).toEqual({ ...before, state: next, row: next })
    // An edit that sends the article back to draft is a transition of its own in the history.
    const events = await eventsOf(env.payload, id)
    if (next === state) expect(events).toHaveLength(0)
    else expect(events).toMatchObject([{ action: 'edit', from: state, to: next, actor: fixture.users[role].id }])
    tally.plainRest += 1
  })

  test.each(editCases)('GraphQL · $role · $state', async ({ role, state }) => {
    const target = state === 'published' ? 'draft' : 'published'
    const id = await createArticle(env.payload, fixture, state)
    const before = await stateOf(env.payload, id)
    const setState = await http.graphql(
      `mutation { updateArticle(id: ${JSON.stringify(id)}, draft: true, data: { workflowStatus: ${target} }) { id workflowStatus } }`,
      {},
      tokens[role],
    )
    expect(setState.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const publish = await http.graphql(
      `mutation { updateArticle(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status } }`,
      {},
      tokens[role],
    )
    expect(publish.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await stateOf(env.payload, id)).toEqual(before)
    tally.plainGraphQL += 1
  })

  test.each(editCases)('Local API · $role · $state', async ({ role, state, allowed }) => {
    const target = state === 'published' ? 'draft' : 'published'
    const id = await createArticle(env.payload, fixture, state)
    const before = await stateOf(env.payload, id)
    const req = await requestAs(env.payload, fixture, role)
    const update = (data: Record<string, unknown>, draft = true) =>
      env.payload.update({ collection: 'articles', id, data: data as never, draft, overrideAccess: false, req })

    await expect(update({ workflowStatus: target })).rejects.toMatchObject({ status: 403 })
    await expect(update({ _status: 'published' }, false)).rejects.toMatchObject({ status: 403 })
    expect(await stateOf(env.payload, id)).toEqual(before)
    if (allowed) await expect(update({ title: 'عنوان بعد التحرير' })).resolves.toBeTruthy()
    else await expect(update({ title: 'عنوان بعد التحرير' })).rejects.toMatchObject({ status: 403 })
    const next = allowed ? afterEdit(state) : state
    expect(await stateOf(env.payload, id)).toEqual({ ...before, state: next, row: next })
    tally.plainLocal += 1
  })
})
