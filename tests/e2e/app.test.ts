import Ajv from 'ajv'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestDatabase } from '../helpers/database'
import type { RunningApp } from '../helpers/app'

import { buildApp, startApp } from '../helpers/app'
import { jsonFeed11Schema, ninjs20Schema } from '../helpers/feedSchemas'
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

  describe('the frontend API, as a site or an aggregator reads it', () => {
    type PublicArticle = {
      slug: string
      title: string
      section: { slug: string; name: string }
      source: { name: string }
      authors: { name: string }[]
      dateline: { text: string; iso: string }
    }
    let demo: PublicArticle
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap'].includes(name) })

    beforeAll(async () => {
      const list = (await (await fetch(`${app.url}/api/articles?limit=1`)).json()) as { docs: { slug: string }[] }
      const response = await fetch(`${app.url}/api/articles/by-slug/${list.docs[0]!.slug}`)
      expect(response.status).toBe(200)
      demo = (await response.json()) as PublicArticle
    })

    test('by slug: section, source, public author names, the dateline; ETag then 304', async () => {
      expect(demo.title).toBe(SEED_TITLE)
      expect(demo.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(demo.section.name).toBe('عرب وعالم')
      expect(demo.source.name).toBe('دار الهلال')
      expect(JSON.stringify(demo)).not.toMatch(/@newsroom\.test/)
      expect(demo.dateline.iso).toBe('2021-07-16T20:03:00.000Z')
      expect(demo.dateline.text).toMatch(/يوليو 2021 — .* 1442 هـ/)
      const first = await fetch(`${app.url}/api/articles/by-slug/${demo.slug}`)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/)
      const again = await fetch(`${app.url}/api/articles/by-slug/${demo.slug}`, { headers: { 'if-none-match': etag! } })
      expect(again.status).toBe(304)
      const unknown = await fetch(`${app.url}/api/articles/by-slug/no-such-story`)
      expect(unknown.status).toBe(404)
      const error = (await unknown.json()) as { errors: { message: string }[] }
      expect(error.errors[0]?.message).toMatch(/[\u0600-\u06FF].*[A-Za-z]/)
    })

    test('ninjs of the article is valid IPTC ninjs 2.0', async () => {
      const response = await fetch(`${app.url}/api/articles/by-slug/${demo.slug}?format=ninjs`)
      expect(response.status).toBe(200)
      const validate = new Ajv({ strict: false }).compile(ninjs20Schema)
      expect(validate(await response.json()), JSON.stringify(validate.errors)).toBe(true)
    })

    test('the section list and an Arabic-insensitive search find it; a draft is not found by its slug', async () => {
      const section = (await (await fetch(`${app.url}/api/sections/${demo.section.slug}/articles`)).json()) as { docs: { title: string }[] }
      expect(section.docs.map((doc) => doc.title)).toContain(SEED_TITLE)
      // «الصينيه» with a plain ha for the taa marbuta, «الروسيه» likewise.
      const search = await fetch(`${app.url}/api/articles/search?q=${encodeURIComponent('العلاقات الصينيه الروسيه')}`)
      expect(search.status).toBe(200)
      expect(((await search.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)).toContain(SEED_TITLE)
      const writer = await login('writer@newsroom.test')
      const sections = (await (await fetch(`${app.url}/api/sections`)).json()) as { docs: { id: number | string }[] }
      const created = await fetch(`${app.url}/api/articles?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${writer}` },
        body: JSON.stringify({ title: 'مسودة عن العلاقات الصينية الروسية', section: sections.docs[0]?.id, _status: 'draft' }),
      })
      expect(created.status).toBe(201)
      const draft = ((await created.json()) as { doc: { slug: string } }).doc
      expect((await fetch(`${app.url}/api/articles/by-slug/${draft.slug}`)).status).toBe(404)
      const found = (await (await fetch(`${app.url}/api/articles/search?q=${encodeURIComponent('مسودة')}`)).json()) as { docs: unknown[] }
      expect(found.docs).toEqual([])
    })

    test('RSS 2.0, the JSON Feed and both sitemaps parse and validate', async () => {
      const rss = await fetch(`${app.url}/api/feeds/rss`)
      expect(rss.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
      const rssText = await rss.text()
      expect(XMLValidator.validate(rssText)).toBe(true)
      const channel = (xml.parse(rssText) as { rss: { channel: { language: string; item: { title: string; pubDate: string; link: string }[] } } }).rss.channel
      expect(channel.language).toBe('ar')
      expect(channel.item.map((item) => item.title)).toContain(SEED_TITLE)
      expect(channel.item[0]!.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/)
      expect(channel.item[0]!.link).toMatch(/^https?:\/\//)

      const feed = await fetch(`${app.url}/api/feeds/feed.json`)
      const validate = new Ajv({ strict: false }).compile(jsonFeed11Schema)
      expect(validate(await feed.json()), JSON.stringify(validate.errors)).toBe(true)

      for (const name of ['sitemap.xml', 'news-sitemap.xml']) {
        const response = await fetch(`${app.url}/api/feeds/${name}`)
        expect(response.status, name).toBe(200)
        const text = await response.text()
        expect(XMLValidator.validate(text), name).toBe(true)
        expect(Object.keys(xml.parse(text) as object), name).toContain('urlset')
      }
      const sitemap = xml.parse(await (await fetch(`${app.url}/api/feeds/sitemap.xml`)).text()) as { urlset: { url: { loc: string }[] } }
      expect(sitemap.urlset.url.some((url) => url.loc.endsWith(`/${demo.slug}`))).toBe(true)
    })
  })
})
