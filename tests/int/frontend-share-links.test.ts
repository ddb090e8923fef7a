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
const tokens: Record<string, string> = {}

beforeAll(async () => {
  env = await bootPayload('frontendshare', { plugin: { frontend: { siteUrl: 'https://news.example', previewUrl: 'https://news.example/preview' } } })
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'editor-in-chief'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

type Link = { id: number | string; token: string; url: string; apiPath: string; expiresAt: string }
type Errors = { errors: { message: string }[] }

const share = (id: number | string, body: unknown, token?: string) =>
  http.request(`/api/articles/${id}/share-links`, { method: 'POST', token, json: body })

type HistoryEntry = { kind: string; action: string; actionLabel: { ar: string; en: string } | null; comment: string | null; at: string; actor: { name: string } | null }

/** The share-link entries of the article's history, as the admin's timeline reads it. */
async function shareHistory(id: number | string, token: string): Promise<HistoryEntry[]> {
  const response = await http.request(`/api/articles/${id}/workflow`, { token })
  expect(response.status).toBe(200)
  const { events } = (await response.json()) as { events: HistoryEntry[] }
  return events.filter((entry) => entry.kind === 'share')
}

async function expectError(response: Response, status: number) {
  expect(response.status).toBe(status)
  const message = ((await response.json()) as Errors).errors[0]?.message ?? ''
  expect(message).toMatch(/[\u0600-\u06FF]/)
  expect(message).toMatch(/[A-Za-z]/)
}

describe('share links', () => {
  test('a section editor shares a draft; the holder reads it without an account; each use is recorded', async () => {
    const id = await createArticle(env.payload, fixture, 'in_review', { title: 'تحقيق قيد المراجعة القانونية' })
    const response = await share(id, { label: 'المحامي أحمد', hours: 2 }, tokens['section-editor'])
    expect(response.status).toBe(201)
    const link = (await response.json()) as Link
    expect(link.url).toBe(`https://news.example/preview?share=${link.token}`)
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(7_100_000)

    const read = await http.request(link.apiPath, { headers: { 'User-Agent': 'lawyer-browser/1.0' } })
    expect(read.status).toBe(200)
    expect(read.headers.get('cache-control')).toBe('private, no-store')
    const article = (await read.json()) as { title: string; section: { slug: string } }
    expect(article.title).toBe('تحقيق قيد المراجعة القانونية')
    await http.request(link.apiPath)

    const stored = await env.payload.findByID({ collection: 'article-share-links', id: link.id, depth: 0 })
    expect((stored.uses as { userAgent: string }[]).map((use) => use.userAgent)).toEqual(['lawyer-browser/1.0', 'node'])
    expect(stored.label).toBe('المحامي أحمد')
    // Only a hash of the secret is kept.
    expect(JSON.stringify(await env.payload.db.findOne({ collection: 'article-share-links', where: { id: { equals: link.id } } }))).not.toContain(link.token)

    // The article's history (what the admin's timeline shows) has the link's making and both uses, newest first.
    const shareEntries = await shareHistory(id, tokens['section-editor']!)
    expect(shareEntries.map((entry) => entry.action)).toEqual(['share-used', 'share-used', 'share-created'])
    expect(shareEntries[2]!.actor?.name).toBe('section-editor')
    expect(shareEntries[2]!.comment).toBe('المحامي أحمد')
    expect(shareEntries[1]!.comment).toBe('المحامي أحمد (lawyer-browser/1.0)')
    expect(shareEntries[0]!.actionLabel).toEqual({ ar: 'فُتح رابط المشاركة', en: 'Share link opened' })
    expect(Date.parse(shareEntries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(shareEntries[1]!.at))
  })

  test('a revoked link is a 410, and so is an expired one; an unknown one is a 404', async () => {
    const id = await createArticle(env.payload, fixture, 'draft', { title: 'خبر سيلغى رابطه' })
    const link = (await (await share(id, { label: 'مصدر يراجع اقتباسًا' }, tokens['editor-in-chief'])).json()) as Link
    expect((await http.request(link.apiPath)).status).toBe(200)
    const revoke = await http.request(`/api/articles/${id}/share-links/${link.id}/revoke`, { method: 'POST', token: tokens['section-editor'] })
    expect(revoke.status).toBe(200)
    await expectError(await http.request(link.apiPath), 410)
    // The refused read is not a use; the revocation is in the article's history.
    expect((await shareHistory(id, tokens['section-editor']!)).map((entry) => entry.action)).toEqual(['share-revoked', 'share-used', 'share-created'])

    const short = (await (await share(id, { label: 'قصير', hours: 0.0003 }, tokens['section-editor'])).json()) as Link
    await new Promise((resolve) => setTimeout(resolve, 1300))
    await expectError(await http.request(short.apiPath), 410)
    await expectError(await http.request('/api/articles/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), 404)
    await expectError(await http.request('/api/articles/shared/x'), 404)
  })

  test('writers, reviewers and anonymous callers cannot make links; bad bodies are 400s', async () => {
    const id = await createArticle(env.payload, fixture, 'draft', { title: 'خبر لا يشارك' })
    await expectError(await share(id, { label: 'x' }), 401)
    await expectError(await share(id, { label: 'x' }, tokens.writer), 403)
    await expectError(await share(id, { label: 'x' }, tokens.reviewer), 403)
    await expectError(await share(id, {}, tokens['section-editor']), 400)
    await expectError(await share(id, { label: 'x', hours: 100000 }, tokens['section-editor']), 400)
    await expectError(await share(id, { label: 'x', hours: 'ten' }, tokens['section-editor']), 400)
    await expectError(await share(999999, { label: 'x' }, tokens['section-editor']), 404)
    // A section editor of another section may not share it.
    const other = await createArticle(env.payload, fixture, 'draft', { title: 'خبر في قسم آخر', section: fixture.otherSection })
    await expectError(await share(other, { label: 'x' }, tokens['section-editor']), 403)
    expect((await http.request('/api/article-share-links')).status).toBe(403)
  })
})
