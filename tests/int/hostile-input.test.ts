import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

/**
 * The hostile corpus (`tests/fixtures/hostile/*.jsonl`, one case a line), sent by a signed-in writer over
 * real HTTP: every case answers 4xx (never 5xx), writes nothing, and the server answers the next request.
 * A case with `"expect": "cleaned"` is input a draft legitimately accepts: it is saved (2xx) with none of
 * its `absent` strings stored, then deleted again.
 */
type HostileCase =
  | { title: string; kind: 'create' | 'update'; data: Record<string, unknown>; path: string; expect?: undefined }
  | { title: string; kind: 'create'; expect: 'cleaned'; data: Record<string, unknown>; absent: string[]; path: string }
  | { title: string; kind: 'raw'; method: string; url: string; contentType: string; raw: string | RawSpec; anonymous?: boolean }
  | { title: string; kind: 'read'; url: string; expect: '4xx' | 'not5xx' }

const directory = path.resolve(import.meta.dirname, '../fixtures/hostile')
const corpus: HostileCase[] = readdirSync(directory)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) =>
    readFileSync(path.join(directory, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as HostileCase),
  )

/** A raw body too large for a fixture line: JSON nested `depth` objects (or arrays) deep under `key`. */
type RawSpec = { generate: 'deepJson'; depth: number; key: string; array?: boolean }

function rawBody(raw: string | RawSpec): string {
  if (typeof raw === 'string') return raw
  const [open, close] = raw.array ? ['[', ']'] : ['{"a":', '}']
  return `{${JSON.stringify(raw.key)}:${open.repeat(raw.depth)}${raw.array ? '' : '1'}${close.repeat(raw.depth)}}`
}

/** A JSON text sent as it is, inside an otherwise serialised body. */
class RawJson {
  constructor(readonly text: string) {}
}

/** `JSON.stringify`, with `RawJson` values spliced in as they are. */
function serialise(value: Record<string, unknown>): string {
  const raws: string[] = []
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (!(inner instanceof RawJson)) return inner
    raws.push(inner.text)
    return `@@raw${raws.length - 1}@@`
  })
  return text.replace(/"@@raw(\d+)@@"/g, (_whole, index: string) => raws[Number(index)] ?? 'null')
}

/** Values too large for a fixture line are described there and built here. */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand)
  if (!value || typeof value !== 'object' || value instanceof RawJson) return value
  const spec = value as { generate?: string; depth?: number; count?: number; length?: number }
  switch (spec.generate) {
    case 'deepLexical': {
      // Built as text: serialising thousands of nested objects would overflow the client's own stack.
      const depth = spec.depth ?? 0
      const open = '{"type":"paragraph","version":1,"children":['.repeat(depth)
      const raw = `{"root":{"type":"root","version":1,"children":[${open}{"type":"text","version":1,"text":"x"}${']}'.repeat(depth)}]}}`
      return new RawJson(raw)
    }
    case 'wideLexical': {
      const children = Array.from({ length: spec.count ?? 0 }, () => ({ type: 'text', version: 1, text: 'x' }))
      return { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] } }
    }
    case 'tags':
      return Array.from({ length: spec.count ?? 0 }, (_, index) => `وسم ${index}`)
    case 'string':
      return 'ا'.repeat(spec.length ?? 0)
    default:
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, expand(inner)]))
  }
}

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let token: string
let draft: number | string

beforeAll(async () => {
  env = await bootPayload('hostile')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  token = await http.login(fixture.users.writer.email, PASSWORD)
  draft = await createArticle(env.payload, fixture, 'draft')
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const snapshot = async () => {
  const doc = (await env.payload.findByID({ collection: 'articles', id: draft, draft: true, depth: 0, locale: 'ar' })) as Record<
    string,
    unknown
  >
  const { updatedAt: _updatedAt, ...rest } = doc
  return { doc: rest, articles: (await env.payload.count({ collection: 'articles' })).totalDocs }
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

const ARABIC = /[\u0600-\u06FF]/
const LATIN = /[A-Za-z]{3}/
const BILINGUAL_PATHS = new Set(['body', 'authors', 'section', 'source', 'featuredImage', 'embargoUntil', 'publishedAt'])

describe('the hostile corpus', () => {
  test('holds at least 320 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(320)
  })

  test.each(corpus)('$title', async (hostile) => {
    const before = await snapshot()
    if (hostile.kind === 'create' && hostile.expect === 'cleaned') {
      const response = await http.request('/api/articles?draft=true', {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json' },
        body: serialise({ title: 'عنوان مقال عن الموازنة الجديدة', section: fixture.section, ...hostile.data }),
      })
      const text = await response.text()
      expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(200)
      expect(response.status, text.slice(0, 300)).toBeLessThan(300)
      const { doc } = JSON.parse(text) as { doc: { id: number | string } }
      const stored = JSON.stringify(await env.payload.findByID({ collection: 'articles', id: doc.id, draft: true, depth: 0, locale: 'ar' }))
      await env.payload.delete({ collection: 'articles', id: doc.id })
      for (const absent of hostile.absent) expect(stored.includes(absent), `${JSON.stringify(absent)} stored`).toBe(false)
    } else if (hostile.kind === 'create' || hostile.kind === 'update') {
      const data = expand(hostile.data) as Record<string, unknown>
      const response =
        hostile.kind === 'create'
          ? await http.request('/api/articles', {
              method: 'POST',
              token,
              headers: { 'Content-Type': 'application/json' },
              body: serialise({ title: 'عنوان مقال عن الموازنة الجديدة', section: fixture.section, ...data }),
            })
          : await http.request(`/api/articles/${draft}?draft=true`, {
              method: 'PATCH',
              token,
              headers: { 'Content-Type': 'application/json' },
              body: serialise(data),
            })
      expect(response.status, await response.clone().text().then((text) => text.slice(0, 300))).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      const body = (await response.json()) as ErrorBody
      const message = body.errors?.map((error) => [error.message, ...(error.data?.errors ?? []).map((inner) => inner.message)].join(' ')).join(' ') ?? ''
      expect(message).toMatch(ARABIC)
      // The plugin's own checks answer in both languages; Payload's built-in ones in the request's language.
      if (BILINGUAL_PATHS.has(hostile.path)) expect(message).toMatch(LATIN)
    } else if (hostile.kind === 'raw') {
      const response = await http.request(hostile.url.replace('{draft}', String(draft)), {
        method: hostile.method,
        token: hostile.anonymous ? undefined : token,
        headers: { 'Content-Type': hostile.contentType },
        body: rawBody(hostile.raw),
      })
      expect(response.status, await response.clone().text().then((text) => text.slice(0, 300))).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    } else if (hostile.kind === 'read') {
      // Paging and sorting values Payload reads leniently (`limit=abc` is the default limit) may answer 200.
      const response = await http.request(hostile.url, { token })
      const detail = await response.clone().text().then((text) => text.slice(0, 300))
      if (hostile.expect === '4xx') expect(response.status, detail).toBeGreaterThanOrEqual(400)
      expect(response.status, detail).toBeLessThan(500)
    }
    expect(await snapshot()).toEqual(before)
    expect((await http.request('/api/articles?limit=1', { token })).status).toBe(200)
  })
})
