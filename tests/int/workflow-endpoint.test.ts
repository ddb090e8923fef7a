import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { toActor } from '../../src/access'
import { seedDemoContent } from '../../dev/seed'
import { applyWorkflowAction } from '../../src/workflow-server/applyWorkflowAction'
import { sanitizeOptions } from '../../src/sanitizeOptions'
import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, eventsOf, requestAs, seedNewsroom, stateOf } from '../helpers/workflow'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  env = await bootPayload('wfendpoint')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'admin'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

type ErrorBody = { code: string; message: { ar: string; en: string }; errors: { path?: string; message: string }[] }

const post = (id: number | string, body: unknown, token?: string) =>
  http.request(`/api/articles/${id}/workflow`, {
    method: 'POST',
    token,
    ...(typeof body === 'string' ? { body, headers: { 'Content-Type': 'application/json' } } : { json: body }),
  })

describe('POST /api/articles/:id/workflow', () => {
  test('anonymous requests get 401 and change nothing', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const response = await post(id, { action: 'submit' })
    expect(response.status).toBe(401)
    expect(((await response.json()) as ErrorBody).code).toBe('unauthenticated')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'draft' })
  })

  test.each([
    { title: 'invalid JSON', body: '{"action": ', path: 'action' },
    { title: 'not an object', body: ['submit'], path: 'action' },
    { title: 'no action', body: { comment: 'x' }, path: 'action' },
    { title: 'a comment that is not text', body: { action: 'request-changes', comment: 42 }, path: 'comment' },
    { title: 'a publishAt that is not text', body: { action: 'schedule', publishAt: 1767225600000 }, path: 'publishAt' },
  ])('a malformed body ($title) is a 400 naming the field, in both languages', async ({ body, path }) => {
    const id = await createArticle(env.payload, fixture, 'in_review')
    const response = await post(id, body, tokens['section-editor'])
    expect(response.status).toBe(400)
    const error = (await response.json()) as ErrorBody
    expect(error.errors.map((entry) => entry.path)).toContain(path)
    expect(error.message.ar).toMatch(/[\u0600-\u06FF]/)
    expect(error.message.en).toMatch(/[A-Za-z]/)
    expect(await eventsOf(env.payload, id)).toHaveLength(0)
  })

  test.each([
    { title: 'an unknown action', state: 'draft', body: { action: 'promote' }, code: 'unknown-action', path: undefined },
    { title: 'request-changes without a comment', state: 'in_review', body: { action: 'request-changes', comment: '  ' }, code: 'comment-required', path: 'comment' },
    { title: 'schedule without a time', state: 'approved', body: { action: 'schedule' }, code: 'publish-at-required', path: 'publishAt' },
    { title: 'schedule in the past', state: 'approved', body: { action: 'schedule', publishAt: '2020-01-01T10:00:00Z' }, code: 'publish-at-past', path: 'publishAt' },
    { title: 'schedule at a time that is not a date', state: 'approved', body: { action: 'schedule', publishAt: 'next Tuesday' }, code: 'publish-at-invalid', path: 'publishAt' },
  ] as const)('$title is a 400 ($code)', async ({ state, body, code, path }) => {
    const id = await createArticle(env.payload, fixture, state)
    const response = await post(id, body, tokens['section-editor'])
    expect(response.status).toBe(400)
    const error = (await response.json()) as ErrorBody
    expect(error.code).toBe(code)
    if (path) expect(error.errors[0]?.path).toBe(path)
    expect(await stateOf(env.payload, id)).toMatchObject({ state })
  })

  test('publishing an incomplete article lists every missing field', async () => {
    const image = await env.payload.db.create({ collection: 'media', data: { alt: '', filename: 'blank.jpg', mimeType: 'image/jpeg' } })
    const id = await createArticle(env.payload, fixture, 'approved', { featuredImage: image.id, body: null })
    const response = await post(id, { action: 'publish' }, tokens['section-editor'])
    expect(response.status).toBe(400)
    const error = (await response.json()) as ErrorBody
    expect(error.code).toBe('publish-checks-failed')
    expect(error.errors.map((entry) => entry.path).sort()).toEqual(['body', 'featuredImage'])
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'approved', live: false })
  })

  test('an unknown article is a 404', async () => {
    const response = await post(987654, { action: 'submit' }, tokens.admin)
    expect(response.status).toBe(404)
  })

  test('the reviewer of another section is refused with 403', async () => {
    const id = await createArticle(env.payload, fixture, 'in_review', { section: fixture.otherSection })
    const response = await post(id, { action: 'approve' }, tokens.reviewer)
    expect(response.status).toBe(403)
    expect(((await response.json()) as ErrorBody).message.ar).toContain('اعتماد')
  })

  test('a full review records a timeline with actors, comments and versions', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    expect((await post(id, { action: 'submit' }, tokens.writer)).status).toBe(200)
    expect((await post(id, { action: 'request-changes', comment: 'أضف مصدر الرقم.' }, tokens.reviewer)).status).toBe(200)
    expect((await post(id, { action: 'submit' }, tokens.writer)).status).toBe(200)
    expect((await post(id, { action: 'approve' }, tokens.reviewer)).status).toBe(200)
    expect((await post(id, { action: 'publish' }, tokens['section-editor'])).status).toBe(200)
    const events = await eventsOf(env.payload, id)
    expect(events.map((event) => `${event.from}→${event.to}`)).toEqual([
      'draft→in_review',
      'in_review→changes_requested',
      'changes_requested→in_review',
      'in_review→approved',
      'approved→published',
    ])
    expect(events[1]).toMatchObject({ actor: fixture.users.reviewer.id, comment: 'أضف مصدر الرقم.' })
    expect(new Set(events.map((event) => event.version)).size).toBe(5)

    const timeline = await http.request(`/api/articles/${id}/workflow`, { token: tokens.writer })
    const body = (await timeline.json()) as { state: string; actions: { action: string }[]; events: unknown[] }
    expect(body.state).toBe('published')
    expect(body.actions).toEqual([])
    expect(body.events).toHaveLength(5)
    const editorView = await http.request(`/api/articles/${id}/workflow`, { token: tokens['section-editor'] })
    expect(((await editorView.json()) as typeof body).actions.map((entry) => entry.action)).toEqual(['unpublish', 'archive'])
  })

  test('editing a published article keeps the published version online while the edit goes through review', async () => {
    const id = await createArticle(env.payload, fixture, 'published')
    const edit = await http.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens['section-editor'],
      json: { title: 'تحديث: موازنة معدّلة' },
    })
    expect(edit.status).toBe(200)
    expect(await stateOf(env.payload, id)).toEqual({ state: 'draft', row: 'draft', live: true })
    const reader = await http.request(`/api/articles/${id}`)
    const live = (await reader.json()) as { title: string; workflowStatus?: string }
    expect(live.title).not.toBe('تحديث: موازنة معدّلة')
    expect(live.workflowStatus).toBeUndefined()
    expect((live as { workflowSequence?: number }).workflowSequence).toBeUndefined()

    // The edit is a numbered transition in the history, after nothing (the article was created published).
    const timeline = await http.request(`/api/articles/${id}/workflow`, { token: tokens.writer })
    const body = (await timeline.json()) as { events: { action: string; actionLabel: unknown; from: string; to: string }[] }
    expect(body.events).toEqual([
      expect.objectContaining({ action: 'edit', actionLabel: { ar: 'تعديل', en: 'Edit' }, from: 'published', to: 'draft' }),
    ])
    expect((await eventsOf(env.payload, id)).map((event) => event.transitionKey)).toEqual([`${id}:1`])

    // The next transition takes the next number.
    expect((await post(id, { action: 'submit' }, tokens['section-editor'])).status).toBe(200)
    expect((await eventsOf(env.payload, id)).map((event) => event.transitionKey)).toEqual([`${id}:1`, `${id}:2`])
    const latest = await env.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect((latest as { workflowSequence?: number }).workflowSequence).toBe(2)
  })
})

describe('the workflow history is append-only', () => {
  test('no API can create, change or delete an event', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    await post(id, { action: 'submit' }, tokens.writer)
    const [event] = (await env.payload.find({ collection: 'workflow-events', where: { article: { equals: id } } })).docs
    expect(event).toBeDefined()
    const eventId = event!.id

    const patch = await http.request(`/api/workflow-events/${eventId}`, { method: 'PATCH', token: tokens.admin, json: { to: 'published' } })
    expect(patch.status).toBe(403)
    const remove = await http.request(`/api/workflow-events/${eventId}`, { method: 'DELETE', token: tokens.admin })
    expect(remove.status).toBe(403)
    const create = await http.request('/api/workflow-events', {
      method: 'POST',
      token: tokens.admin,
      json: { article: id, action: 'publish', from: 'draft', to: 'published', at: new Date().toISOString() },
    })
    expect(create.status).toBe(403)
    const graphql = await http.graphql(`mutation { deleteWorkflowEvent(id: ${JSON.stringify(eventId)}) { id } }`, {}, tokens.admin)
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)

    // Not even trusted server code.
    await expect(
      env.payload.update({ collection: 'workflow-events', id: eventId, data: { comment: 'تعديل' } as never }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(env.payload.delete({ collection: 'workflow-events', id: eventId })).rejects.toMatchObject({ status: 403 })
    const req = await requestAs(env.payload, fixture, 'admin')
    await expect(
      env.payload.delete({ collection: 'workflow-events', id: eventId, overrideAccess: false, req }),
    ).rejects.toMatchObject({ status: 403 })

    expect(await eventsOf(env.payload, id)).toEqual([expect.objectContaining({ action: 'submit', comment: null })])
  })
})

describe('creating articles', () => {
  test('staff create drafts only in their own sections, and cannot create them published', async () => {
    const data = { title: 'خبر جديد', section: fixture.section }
    const created = await http.request('/api/articles?depth=0', { method: 'POST', token: tokens.writer, json: data })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; workflowStatus: string; createdBy: number } }
    expect(doc).toMatchObject({ workflowStatus: 'draft', createdBy: fixture.users.writer.id })

    const elsewhere = await http.request('/api/articles', {
      method: 'POST',
      token: tokens.writer,
      json: { ...data, title: 'خبر رياضي', section: fixture.otherSection },
    })
    expect(elsewhere.status).toBe(403)
    const published = await http.request('/api/articles', {
      method: 'POST',
      token: tokens.admin,
      json: { ...data, title: 'خبر منشور', _status: 'published' },
    })
    expect(published.status).toBe(403)
  })
})

describe('the demo content', () => {
  test('the seeded demo article is published in the workflow too', async () => {
    const result = await seedDemoContent(env.payload, { password: 'demo-password-1', timezone: 'Africa/Cairo' })
    expect(await stateOf(env.payload, result.articleId)).toEqual({ state: 'published', row: 'published', live: true })
  })
})

describe('requireReview: false', () => {
  test('the editor-in-chief publishes a draft without review; a section editor still cannot', async () => {
    const options = { ...sanitizeOptions(), requireReview: false }
    const id = await createArticle(env.payload, fixture, 'draft')
    const as = async (role: Role) => {
      const req = await requestAs(env.payload, fixture, role)
      return applyWorkflowAction({ req, options, actor: toActor(req.user, 'users'), input: { id, action: 'publish' } })
    }
    expect(await as('section-editor')).toMatchObject({ ok: false, status: 409, code: 'invalid-transition' })
    expect(await as('editor-in-chief')).toMatchObject({ ok: true, status: 200, from: 'draft', to: 'published' })
    expect(await stateOf(env.payload, id)).toEqual({ state: 'published', row: 'published', live: true })
  })
})
