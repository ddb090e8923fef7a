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
let colleague: { id: number | string; email: string }
let colleagueToken: string
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  env = await bootPayload('secendpoints')
  fixture = await seedNewsroom(env.payload)
  const doc = await env.payload.create({
    collection: 'users',
    data: { email: 'second-writer@newsroom.test', password: PASSWORD, name: 'كاتبة ثانية', roles: ['writer'], sections: [fixture.section] } as never,
  })
  colleague = { id: doc.id, email: 'second-writer@newsroom.test' }
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
  colleagueToken = await http.login(colleague.email, PASSWORD)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

async function lockAccount(id: number | string) {
  await env.payload.db.updateOne({
    collection: 'users',
    id,
    data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3_600_000).toISOString() },
  })
}

const lockUntil = async (id: number | string) =>
  ((await env.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as { lockUntil?: string | null } | null)
    ?.lockUntil

describe('Payload’s own endpoints answer to roles', () => {
  test.each(['writer', 'section-editor', 'editor-in-chief'] as const)('regression: a %s cannot unlock a locked account', async (role) => {
    await lockAccount(colleague.id)
    const response = await http.request('/api/users/unlock', { method: 'POST', token: tokens[role], json: { email: colleague.email } })
    expect(response.status).toBe(403)
    expect(await lockUntil(colleague.id)).toBeTruthy()
  })

  test('an anonymous unlock is refused; an admin unlocks', async () => {
    await lockAccount(colleague.id)
    expect((await http.request('/api/users/unlock', { method: 'POST', json: { email: colleague.email } })).status).toBe(403)
    expect(await lockUntil(colleague.id)).toBeTruthy()
    const response = await http.request('/api/users/unlock', { method: 'POST', token: tokens.admin, json: { email: colleague.email } })
    expect(response.status).toBe(200)
    expect(await lockUntil(colleague.id)).toBeFalsy()
  })

  test.each(['writer', 'reviewer', 'editor-in-chief'] as const)('regression: a %s cannot run the job queues', async (role) => {
    const response = await http.request('/api/payload-jobs/run?allQueues=true', { token: tokens[role] })
    expect(response.status).toBe(401)
  })

  test('an admin runs the job queues; anonymous requests are refused', async () => {
    expect((await http.request('/api/payload-jobs/run')).status).toBe(401)
    expect((await http.request('/api/payload-jobs/run', { token: tokens.admin })).status).toBe(200)
  })

  test('the jobs Local API with overrideAccess: false refuses a writer', async () => {
    const { requestAs } = await import('../helpers/workflow')
    const req = await requestAs(env.payload, fixture, 'writer')
    await expect(env.payload.jobs.run({ req, overrideAccess: false })).rejects.toThrow()
  })
})

describe('edit locks are taken only in one’s own name', () => {
  const lock = (articleId: number | string, userId: number | string, token: string) =>
    http.request('/api/payload-locked-documents', {
      method: 'POST',
      token,
      json: { document: { relationTo: 'articles', value: articleId }, user: { relationTo: 'users', value: userId } },
    })

  test('regression: a writer cannot forge a lock in a colleague’s name', async () => {
    const article = await createArticle(env.payload, fixture, 'draft')
    const response = await lock(article, fixture.users.reviewer.id, tokens.writer)
    expect(response.status).toBe(403)
    const count = await env.payload.count({ collection: 'payload-locked-documents' as never, where: { 'user.value': { equals: fixture.users.reviewer.id } } })
    expect(count.totalDocs).toBe(0)
  })

  test('a lock in one’s own name is taken, cannot be handed to someone else, and only its owner or a chief removes it', async () => {
    const article = await createArticle(env.payload, fixture, 'draft')
    const response = await lock(article, fixture.users.writer.id, tokens.writer)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number | string } }

    const handOver = await http.request(`/api/payload-locked-documents/${doc.id}`, {
      method: 'PATCH',
      token: tokens.writer,
      json: { user: { relationTo: 'users', value: fixture.users.reviewer.id } },
    })
    expect(handOver.status).toBe(403)
    const steal = await http.request(`/api/payload-locked-documents/${doc.id}`, {
      method: 'PATCH',
      token: tokens.reviewer,
      json: { user: { relationTo: 'users', value: fixture.users.reviewer.id } },
    })
    expect([403, 404]).toContain(steal.status)
    const removeByColleague = await http.request(`/api/payload-locked-documents/${doc.id}`, { method: 'DELETE', token: colleagueToken })
    expect([403, 404]).toContain(removeByColleague.status)
    const stored = (await env.payload.findByID({ collection: 'payload-locked-documents' as never, id: doc.id, depth: 0 })) as unknown as {
      user: { value: unknown }
    }
    expect(stored.user.value).toBe(fixture.users.writer.id)
    const removeByChief = await http.request(`/api/payload-locked-documents/${doc.id}`, { method: 'DELETE', token: tokens['editor-in-chief'] })
    expect(removeByChief.status).toBe(200)
  })
})

describe('staff records: colleagues’ names, not their addresses', () => {
  test('a writer lists colleagues by name and role but reads only their own address', async () => {
    const response = await http.request('/api/users?limit=50', { token: tokens.writer })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { id: unknown; name?: string; email?: string }[] }
    expect(body.docs.length).toBeGreaterThan(1)
    for (const doc of body.docs) {
      if (doc.id === fixture.users.writer.id) expect(doc.email).toBe(fixture.users.writer.email)
      else expect(doc.email, String(doc.id)).toBeUndefined()
      expect(doc.name).toBeTruthy()
    }
  })

  test('a writer cannot find a colleague by address', async () => {
    const response = await http.request(`/api/users?where[email][equals]=${encodeURIComponent(fixture.users.admin.email)}`, {
      token: tokens.writer,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  test('GraphQL hides colleagues’ addresses too', async () => {
    const result = await http.graphql('{ Users(limit: 50) { docs { id name email } } }', undefined, tokens.writer)
    expect(JSON.stringify(result.body)).not.toContain(fixture.users.admin.email)
  })

  test('an admin reads every address', async () => {
    const body = await (await http.request('/api/users?limit=50', { token: tokens.admin })).json()
    expect(JSON.stringify(body)).toContain(fixture.users.reviewer.email)
  })

  test('anonymous visitors list no staff', async () => {
    const response = await http.request('/api/users')
    expect(response.status).toBe(403)
  })
})

describe('duplicating an article', () => {
  test('regression: a writer cannot duplicate a colleague’s draft', async () => {
    const article = await createArticle(env.payload, fixture, 'draft')
    const before = (await env.payload.count({ collection: 'articles' })).totalDocs
    const response = await http.request(`/api/articles/${article}/duplicate`, { method: 'POST', token: colleagueToken, json: {} })
    expect(response.status).toBe(403)
    expect((await env.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  test('the author and the section editor may duplicate it', async () => {
    const article = await createArticle(env.payload, fixture, 'draft')
    const own = await http.request(`/api/articles/${article}/duplicate?draft=true`, { method: 'POST', token: tokens.writer, json: {} })
    expect(own.status).toBe(200)
    const editor = await http.request(`/api/articles/${article}/duplicate?draft=true`, {
      method: 'POST',
      token: tokens['section-editor'],
      json: {},
    })
    expect(editor.status).toBe(200)
  })
})
