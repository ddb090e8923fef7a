import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let token: string

beforeAll(async () => {
  env = await bootPayload('production')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  token = await http.login(fixture.users.writer.email, PASSWORD)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

type ErrorBody = { errors?: { message?: string; extensions?: { statusCode?: number }; data?: { errors?: { path?: string; message?: string }[] } }[] }

const ARABIC = /[\u0600-\u06FF]/
const LATIN = /[A-Za-z]{3}/

/** The first error's message and field path, after checking the answer is a 4xx. */
async function clientError(response: Response): Promise<{ status: number; message: string; path?: string }> {
  const text = await response.text()
  expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400)
  expect(response.status, text.slice(0, 300)).toBeLessThan(500)
  const body = JSON.parse(text) as ErrorBody
  const first = body.errors?.[0]
  return { status: response.status, message: first?.message ?? '', path: first?.data?.errors?.[0]?.path }
}

describe('requests that answered 500 answer a clear 4xx', () => {
  test('regression: a PATCH nested 5,000 levels deep answers 400 naming the field (it overflowed the stack)', async () => {
    const draft = await createArticle(env.payload, fixture, 'draft')
    const before = await env.payload.findByID({ collection: 'articles', id: draft, draft: true, depth: 0 })
    for (const body of [
      `{"title":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
      `{"title":${'['.repeat(20000)}${']'.repeat(20000)}}`,
      `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
    ]) {
      const response = await http.request(`/api/articles/${draft}?draft=true`, {
        method: 'PATCH',
        token,
        headers: { 'Content-Type': 'application/json' },
        body,
      })
      const error = await clientError(response)
      expect(error.status).toBe(400)
      expect(error.message).toMatch(ARABIC)
      expect(error.message).toMatch(LATIN)
      expect(['title', 'a']).toContain(error.path)
    }
    const after = await env.payload.findByID({ collection: 'articles', id: draft, draft: true, depth: 0 })
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  test('a text/plain POST to /api/articles answers 400 in Arabic and English and creates nothing', async () => {
    const before = (await env.payload.count({ collection: 'articles' })).totalDocs
    const response = await http.request('/api/articles', { method: 'POST', token, headers: { 'Content-Type': 'text/plain' }, body: 'عنوان' })
    const error = await clientError(response)
    expect(error.status).toBe(400)
    expect(error.message).toMatch(ARABIC)
    expect(error.message).toMatch(LATIN)
    expect(error.path).toBe('')
    expect((await env.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  const cycle = `query { Articles { docs { ...A } } }
    fragment A on Article { id ...B }
    fragment B on Article { title ...A }`

  test('regression: a GraphQL fragment cycle answers 400 naming the fragment (Payload’s complexity rule overflowed the stack)', async () => {
    const response = await http.request('/api/graphql', {
      method: 'POST',
      token,
      headers: { Accept: 'application/graphql-response+json' },
      json: { query: cycle },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const message = body.errors?.map((error) => error.message).join(' ') ?? ''
    expect(message).toMatch(ARABIC)
    expect(message).toMatch(/fragment "A"/)
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
  })

  test('a GraphQL client accepting plain JSON gets the same errors, and the server answers the next query', async () => {
    const result = await http.graphql(cycle, undefined, token)
    expect(result.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(result.body.data).toBeUndefined()
    const next = await http.graphql('{ Articles(limit: 1) { totalDocs } }', undefined, token)
    expect(next.body.errors).toBeUndefined()
  })

  test('a longer cycle (A → B → C → A) and a fragment spreading itself are refused too', async () => {
    for (const query of [
      'query { Articles { docs { ...A } } } fragment A on Article { id ...B } fragment B on Article { id ...C } fragment C on Article { id ...A }',
      'query { Articles { docs { ...A } } } fragment A on Article { id section { id } ...A }',
    ]) {
      const result = await http.graphql(query, undefined, token)
      expect(result.body.errors?.[0]?.extensions?.statusCode, JSON.stringify(result.body)).toBe(400)
    }
  })
})
