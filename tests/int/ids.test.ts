import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

/*
 * Ids as each database makes them — integers on SQLite and PostgreSQL, ObjectId strings on MongoDB —
 * through every path that takes one from outside: REST, the workflow endpoint, the slug resolver.
 */

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let admin: string

beforeAll(async () => {
  env = await bootPayload('ids')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  admin = await http.login(fixture.users.admin.email, PASSWORD)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

/** An id of the database's own form that no document has. */
const unknownId = () => (env.database.kind === 'mongodb' ? 'ffffffffffffffffffffffff' : '987654321')

describe('ids from outside', () => {
  test('the ids the API returns are the database\'s own: ObjectId strings on MongoDB, integers elsewhere', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    if (env.database.kind === 'mongodb') expect(id).toMatch(/^[0-9a-f]{24}$/)
    else expect(typeof id).toBe('number')
    const response = await http.request(`/api/articles/${id}?depth=0`, { token: admin })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { id: unknown; section: unknown }
    expect(String(body.id)).toBe(String(id))
    expect(String(body.section)).toBe(String(fixture.section))
  })

  test('an id no document has: REST answers 404, the workflow endpoint 404, and nothing is written', async () => {
    const events = (await env.payload.count({ collection: 'workflow-events' })).totalDocs
    const read = await http.request(`/api/articles/${unknownId()}`, { token: admin })
    expect(read.status).toBe(404)
    const action = await http.request(`/api/articles/${unknownId()}/workflow`, { method: 'POST', token: admin, json: { action: 'submit' } })
    expect(action.status).toBe(404)
    expect((await env.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(events)
  })

  test('a malformed id: the workflow endpoint answers 404 and writes nothing', async () => {
    const events = (await env.payload.count({ collection: 'workflow-events' })).totalDocs
    for (const id of ['not-an-id', '12ab', 'ffffffffffffffffffffffffff']) {
      const action = await http.request(`/api/articles/${id}/workflow`, { method: 'POST', token: admin, json: { action: 'submit' } })
      expect(action.status).toBe(404)
      const timeline = await http.request(`/api/articles/${id}/workflow`, { token: admin })
      expect(timeline.status).toBe(404)
    }
    expect((await env.payload.count({ collection: 'workflow-events' })).totalDocs).toBe(events)
  })
})
