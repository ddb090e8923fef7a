import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  env = await bootPayload('secsources')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

type SourceRow = { id: number | string; name: string }

async function source(name: string): Promise<SourceRow> {
  return (await env.payload.create({ collection: 'sources', data: { name, kind: 'agency' } as never })) as unknown as SourceRow
}

const nameOf = async (id: number | string) =>
  ((await env.payload.findByID({ collection: 'sources', id, depth: 0, disableErrors: true })) as SourceRow | null)?.name ?? null

describe('a source is changed or deleted by section editors and the chiefs, added by any staff member', () => {
  test('regression: a writer cannot rename the agency of a live article, over REST, GraphQL or the Local API', async () => {
    const agency = await source('وكالة أنباء الشرق الأوسط')
    await createArticle(env.payload, fixture, 'published', { title: 'خبر منشور منسوب إلى الوكالة', source: agency.id })
    for (const role of ['writer', 'reviewer'] as const) {
      const rest = await http.request(`/api/sources/${agency.id}`, { method: 'PATCH', token: tokens[role], json: { name: 'وكالة مزيفة' } })
      expect(rest.status, role).toBe(403)
      const id = typeof agency.id === 'number' ? agency.id : JSON.stringify(agency.id)
      const graphql = await http.graphql(`mutation { updateSource(id: ${id}, data: { name: "وكالة مزيفة" }) { name } }`, undefined, tokens[role])
      expect(graphql.body.errors?.length ?? 0, role).toBeGreaterThan(0)
      const user = await env.payload.findByID({ collection: 'users', id: fixture.users[role].id })
      await expect(
        env.payload.update({ collection: 'sources', id: agency.id, data: { name: 'وكالة مزيفة' } as never, overrideAccess: false, user }),
      ).rejects.toThrow()
    }
    expect(await nameOf(agency.id)).toBe('وكالة أنباء الشرق الأوسط')
  })

  test('regression: a writer cannot delete a source, one by one or in bulk', async () => {
    const paper = await source('الأهرام')
    expect((await http.request(`/api/sources/${paper.id}`, { method: 'DELETE', token: tokens.writer })).status).toBe(403)
    const bulk = await http.request('/api/sources?where[id][exists]=true', { method: 'DELETE', token: tokens.writer })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.status).toBeLessThan(500)
    expect(await nameOf(paper.id)).toBe('الأهرام')
  })

  test('a writer adds a new source; anonymous callers cannot', async () => {
    const created = await http.request('/api/sources', { method: 'POST', token: tokens.writer, json: { name: 'رويترز', kind: 'agency' } })
    expect(created.status).toBe(201)
    const anonymous = await http.request('/api/sources', { method: 'POST', json: { name: 'مصدر مجهول', kind: 'agency' } })
    expect(anonymous.status).toBe(403)
  })

  test('a section editor renames a source; the editor-in-chief deletes one', async () => {
    const agency = await source('وكالة الأنباء الفرنسية')
    const renamed = await http.request(`/api/sources/${agency.id}`, { method: 'PATCH', token: tokens['section-editor'], json: { name: 'فرانس برس' } })
    expect(renamed.status).toBe(200)
    expect(await nameOf(agency.id)).toBe('فرانس برس')
    const deleted = await http.request(`/api/sources/${agency.id}`, { method: 'DELETE', token: tokens['editor-in-chief'] })
    expect(deleted.status).toBe(200)
    expect(await nameOf(agency.id)).toBeNull()
  })
})
