import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom, stateOf } from '../helpers/workflow'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>
const SUBSCRIBER = 'reader-list@example.test'
const OTHER_SUBSCRIBER = 'sports-list@example.test'

beforeAll(async () => {
  env = await bootPayload('secsections')
  fixture = await seedNewsroom(env.payload)
  await env.payload.update({
    collection: 'sections',
    id: fixture.section,
    data: { slug: 'economy', subscribers: [{ email: SUBSCRIBER, language: 'ar' }] } as never,
  })
  await env.payload.update({
    collection: 'sections',
    id: fixture.otherSection,
    data: { slug: 'sports', subscribers: [{ email: OTHER_SUBSCRIBER, language: 'en' }] } as never,
  })
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const sectionRow = async (id: number | string) =>
  (await env.payload.findByID({ collection: 'sections', id, depth: 0 })) as unknown as {
    slug?: string
    reviewers?: (number | string)[]
    subscribers?: { email: string }[]
  }

const patch = (path: string, json: unknown, token?: string) => http.request(path, { method: 'PATCH', token, json })

describe('sections are managed by the chiefs and their own editors', () => {
  test('regression: a writer cannot list themselves as a reviewer and approve their own article', async () => {
    const response = await patch(`/api/sections/${fixture.section}`, { reviewers: [fixture.users.writer.id] }, tokens.writer)
    expect(response.status).toBe(403)
    expect((await sectionRow(fixture.section)).reviewers ?? []).toHaveLength(0)

    const id = await createArticle(env.payload, fixture, 'draft')
    const submit = await http.request(`/api/articles/${id}/workflow`, { method: 'POST', token: tokens.writer, json: { action: 'submit' } })
    expect(submit.status).toBe(200)
    const approve = await http.request(`/api/articles/${id}/workflow`, { method: 'POST', token: tokens.writer, json: { action: 'approve' } })
    expect(approve.status).toBe(403)
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'in_review' })
  })

  test.each(['writer', 'reviewer'] as const)('a %s cannot create, rename, subscribe to or delete a section', async (role) => {
    const create = await http.request('/api/sections', { method: 'POST', token: tokens[role], json: { name: 'قسم جديد' } })
    expect(create.status).toBe(403)
    const rename = await patch(`/api/sections/${fixture.section}`, { slug: 'hijacked' }, tokens[role])
    expect(rename.status).toBe(403)
    const subscribe = await patch(
      `/api/sections/${fixture.section}`,
      { subscribers: [{ email: 'attacker@example.test' }] },
      tokens[role],
    )
    expect(subscribe.status).toBe(403)
    const remove = await http.request(`/api/sections/${fixture.otherSection}`, { method: 'DELETE', token: tokens[role] })
    expect(remove.status).toBe(403)
    const row = await sectionRow(fixture.section)
    expect(row.slug).toBe('economy')
    expect(row.subscribers?.map((entry) => entry.email)).toEqual([SUBSCRIBER])
    expect(await env.payload.count({ collection: 'sections' })).toMatchObject({ totalDocs: 2 })
  })

  test('a bulk PATCH by a writer changes no section', async () => {
    const response = await patch('/api/sections?where[id][exists]=true', { slug: 'bulk-hijack' }, tokens.writer)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect((await sectionRow(fixture.section)).slug).toBe('economy')
    expect((await sectionRow(fixture.otherSection)).slug).toBe('sports')
  })

  test('a section editor manages their own section, not another desk, and cannot create or delete sections', async () => {
    const own = await patch(`/api/sections/${fixture.section}`, { reviewers: [fixture.users.writer.id] }, tokens['section-editor'])
    expect(own.status).toBe(200)
    expect((await sectionRow(fixture.section)).reviewers).toEqual([fixture.users.writer.id])
    await env.payload.update({ collection: 'sections', id: fixture.section, data: { reviewers: [] } as never })

    const other = await patch(`/api/sections/${fixture.otherSection}`, { slug: 'moved' }, tokens['section-editor'])
    expect([403, 404]).toContain(other.status)
    expect((await sectionRow(fixture.otherSection)).slug).toBe('sports')

    const create = await http.request('/api/sections', { method: 'POST', token: tokens['section-editor'], json: { name: 'قسم' } })
    expect(create.status).toBe(403)
    const remove = await http.request(`/api/sections/${fixture.section}`, { method: 'DELETE', token: tokens['section-editor'] })
    expect(remove.status).toBe(403)
  })

  test.each(['editor-in-chief', 'admin'] as const)('the %s creates, updates and deletes sections', async (role) => {
    const create = await http.request('/api/sections', { method: 'POST', token: tokens[role], json: { name: 'الثقافة' } })
    expect(create.status).toBe(201)
    const { doc } = (await create.json()) as { doc: { id: number | string } }
    const update = await patch(`/api/sections/${doc.id}`, { order: 3 }, tokens[role])
    expect(update.status).toBe(200)
    const remove = await http.request(`/api/sections/${doc.id}`, { method: 'DELETE', token: tokens[role] })
    expect(remove.status).toBe(200)
  })
})

describe('an article changes section only into a section its editor belongs to', () => {
  test('regression: a writer cannot move their draft into another desk and submit it there', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const response = await patch(`/api/articles/${id}`, { section: fixture.otherSection }, tokens.writer)
    expect(response.status).toBe(403)
    const body = (await response.json()) as { errors: { message: string; data?: { code?: string; problems?: { path: string }[] } }[] }
    expect(body.errors[0]?.data?.code).toBe('section-move-forbidden')
    expect(body.errors[0]?.data?.problems?.[0]?.path).toBe('section')
    expect(body.errors[0]?.message).toMatch(/[\u0600-\u06FF].* — .*[A-Za-z]/)
    const stored = (await env.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as { section: unknown }
    expect(stored.section).toBe(fixture.section)
  })

  test('a GraphQL update cannot move it either', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const result = await http.graphql(
      // Literal ids: numbers on SQL databases, ObjectId strings on MongoDB.
      `mutation { updateArticle(id: ${JSON.stringify(id)}, data: { section: ${JSON.stringify(fixture.otherSection)} }, draft: true) { id } }`,
      {},
      tokens.writer,
    )
    expect(result.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const stored = (await env.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as { section: unknown }
    expect(stored.section).toBe(fixture.section)
  })

  test('a section editor cannot move an article of their desk into another desk', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const response = await patch(`/api/articles/${id}`, { section: fixture.otherSection }, tokens['section-editor'])
    expect(response.status).toBe(403)
  })

  test('the editor-in-chief moves an article to any desk; saving the same section is not a move', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const same = await patch(`/api/articles/${id}?draft=true`, { section: fixture.section, kicker: 'الموازنة' }, tokens.writer)
    expect(same.status).toBe(200)
    const moved = await patch(`/api/articles/${id}?draft=true`, { section: fixture.otherSection }, tokens['editor-in-chief'])
    expect(moved.status).toBe(200)
    const stored = (await env.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as { section: unknown }
    expect(stored.section).toBe(fixture.otherSection)
  })
})

describe('subscriber addresses are read only by those who manage the section', () => {
  const leaks = (body: unknown) => {
    const text = JSON.stringify(body)
    return text.includes(SUBSCRIBER) || text.includes(OTHER_SUBSCRIBER)
  }

  test.each([undefined, 'writer', 'reviewer'] as const)('%s: REST list, by id and the slug endpoint hide them', async (role) => {
    const token = role ? tokens[role] : undefined
    for (const path of [
      '/api/sections',
      `/api/sections/${fixture.section}`,
      '/api/sections/slug/economy',
      '/api/sections?depth=2&limit=10',
    ]) {
      const response = await http.request(path, { token })
      expect(response.status, path).toBe(200)
      expect(leaks(await response.json()), path).toBe(false)
    }
  })

  test.each([undefined, 'writer'] as const)('%s: article population by depth hides them', async (role) => {
    await createArticle(env.payload, fixture, 'published')
    const response = await http.request('/api/articles?depth=2&limit=50', { token: role ? tokens[role] : undefined })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { section?: { name?: string } }[] }
    expect(body.docs.length).toBeGreaterThan(0)
    expect(body.docs[0]?.section?.name).toBeTruthy()
    expect(leaks(body)).toBe(false)
  })

  test.each([undefined, 'writer'] as const)('%s: a where query on the address is refused, not answered', async (role) => {
    const response = await http.request('/api/sections?where[subscribers.email][like]=reader', {
      token: role ? tokens[role] : undefined,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(leaks(await response.json())).toBe(false)
  })

  test.each([undefined, 'writer'] as const)('%s: GraphQL, directly and nested in articles, hides them', async (role) => {
    const token = role ? tokens[role] : undefined
    const direct = await http.graphql('{ Sections { docs { name subscribers { email } } } }', undefined, token)
    expect(leaks(direct.body)).toBe(false)
    const nested = await http.graphql('{ Articles { docs { section { name subscribers { email } } } } }', undefined, token)
    expect(leaks(nested.body)).toBe(false)
    const filtered = await http.graphql(
      '{ Sections(where: { subscribers__email: { like: "reader" } }) { docs { id } } }',
      undefined,
      token,
    )
    expect(JSON.stringify(filtered.body.data ?? null)).not.toContain(String(fixture.section))
  })

  test('a section editor reads their own section’s subscribers, not another desk’s', async () => {
    const own = (await (await http.request(`/api/sections/${fixture.section}`, { token: tokens['section-editor'] })).json()) as {
      subscribers?: { email: string }[]
    }
    expect(own.subscribers?.map((entry) => entry.email)).toEqual([SUBSCRIBER])
    const other = await (await http.request(`/api/sections/${fixture.otherSection}`, { token: tokens['section-editor'] })).json()
    expect(JSON.stringify(other)).not.toContain(OTHER_SUBSCRIBER)
  })

  test.each(['editor-in-chief', 'admin'] as const)('the %s reads and queries every section’s subscribers', async (role) => {
    const list = await (await http.request('/api/sections', { token: tokens[role] })).json()
    expect(JSON.stringify(list)).toContain(SUBSCRIBER)
    expect(JSON.stringify(list)).toContain(OTHER_SUBSCRIBER)
    const query = await http.request('/api/sections?where[subscribers.email][like]=sports', { token: tokens[role] })
    expect(query.status).toBe(200)
    const body = (await query.json()) as { docs: { id: unknown }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([fixture.otherSection])
  })
})
