import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestDatabase } from '../helpers/database'
import type { RunningApp } from '../helpers/app'

import { buildApp, startApp } from '../helpers/app'
import { freshDatabase } from '../helpers/database'

const PASSWORD = 'e2e-demo-password'
const SEED_TITLE = 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية'

let database: TestDatabase
let app: RunningApp

async function login(email: string): Promise<string> {
  const response = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { token: string }
  return body.token
}

async function graphql(query: string, token?: string) {
  const response = await fetch(`${app.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { data?: Record<string, { docs: { title: string; _status: string }[] }>; errors?: unknown[] }
}

beforeAll(async () => {
  await buildApp()
  database = await freshDatabase('app')
  app = await startApp({
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef-0123456789abcdef',
    SEED_DEMO: 'true',
    DEMO_PASSWORD: PASSWORD,
  })
}, 600_000)

afterAll(async () => {
  await app?.stop()
  await database?.drop()
})

describe('the built app in production mode (migrations applied on start)', () => {
  test('the admin is served in Arabic, right to left', async () => {
    const response = await fetch(`${app.url}/admin`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*\bdir="rtl"/)
    expect(html).toMatch(/<html[^>]*\blang="ar"/)
  })

  test('an English browser gets the English admin, left to right', async () => {
    const response = await fetch(`${app.url}/admin`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*\bdir="ltr"/)
  })

  test('anonymous REST readers get the published demo article', async () => {
    const response = await fetch(`${app.url}/api/articles?depth=1`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { title: string; kicker: string; publishedAt: string; section: { name: string }; source: { name: string } }[] }
    expect(body.docs).toHaveLength(1)
    const [article] = body.docs
    expect(article?.title).toBe(SEED_TITLE)
    expect(article?.kicker).toBe('الصين وروسيا')
    expect(article?.publishedAt).toBe('2021-07-16T20:03:00.000Z')
    expect(article?.section.name).toBe('عرب وعالم')
    expect(article?.source.name).toBe('دار الهلال')
  })

  describe('drafts never reach anonymous readers', () => {
    let draftId: number | string
    let writerToken: string

    beforeAll(async () => {
      writerToken = await login('writer@newsroom.test')
      const sections = (await (await fetch(`${app.url}/api/sections`)).json()) as { docs: { id: number | string }[] }
      const response = await fetch(`${app.url}/api/articles?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${writerToken}` },
        body: JSON.stringify({ title: 'مسودة لم تُنشر بعد عن الاقتصاد', section: sections.docs[0]?.id, _status: 'draft' }),
      })
      expect(response.status).toBe(201)
      draftId = ((await response.json()) as { doc: { id: number | string } }).doc.id
    })

    test('REST list, ?draft=true and by id', async () => {
      const list = (await (await fetch(`${app.url}/api/articles?draft=true&limit=50`)).json()) as { docs: { title: string }[] }
      expect(list.docs.map((doc) => doc.title)).toEqual([SEED_TITLE])
      const byId = await fetch(`${app.url}/api/articles/${draftId}?draft=true`)
      expect(byId.status).toBe(404)
      const versions = await fetch(`${app.url}/api/articles/versions`)
      expect(versions.status).toBe(403)
    })

    test('GraphQL, with and without draft: true', async () => {
      for (const draft of ['', '(draft: true)']) {
        const result = await graphql(`{ Articles${draft} { docs { title _status } } }`)
        expect(result.data?.Articles?.docs).toEqual([{ title: SEED_TITLE, _status: 'published' }])
      }
    })

    test('staff see the draft', async () => {
      const response = await fetch(`${app.url}/api/articles/${draftId}?draft=true`, {
        headers: { authorization: `JWT ${writerToken}` },
      })
      expect(response.status).toBe(200)
      const result = await graphql(`{ Articles(draft: true, limit: 50) { docs { title _status } } }`, writerToken)
      expect(result.data?.Articles?.docs.map((doc) => doc.title)).toContain('مسودة لم تُنشر بعد عن الاقتصاد')
    })
  })

  test('the demo users can log in with DEMO_PASSWORD', async () => {
    for (const email of ['admin@newsroom.test', 'editor-in-chief@newsroom.test', 'section-editor@newsroom.test', 'reviewer@newsroom.test']) {
      expect(await login(email)).toMatch(/\S+/)
    }
  })
})
