import Ajv from 'ajv'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { signPreviewToken } from '../../src/frontend/token'
import { jsonFeed11Schema, ninjs20Schema } from '../helpers/feedSchemas'
import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { createArticle, lexical, seedNewsroom } from '../helpers/workflow'

const SITE = 'https://news.example'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let sectionSlug: string
let otherSectionSlug: string

type Article = {
  id: number | string
  slug: string
  url: string
  title: string
  section: { name: string; slug: string; url: string } | null
  source: { name: string } | null
  authors: { id: number | string; name: string }[]
  featuredImage: { url: string; alt: string | null; sizes: Record<string, unknown> } | null
  publishedAt: string
  dateline: { text: string; gregorian: string; hijri: string; time: string; iso: string }
  matchedIn?: string
}
type List = { docs: Article[]; totalDocs: number; page: number; limit: number; totalPages: number; hasNextPage: boolean }
type Errors = { errors: { message: string; ar: string; en: string }[] }

const ARABIC = /[\u0600-\u06FF]/
const LATIN = /[A-Za-z]/
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()

beforeAll(async () => {
  env = await bootPayload('frontend', {
    plugin: { frontend: { siteUrl: SITE, siteName: 'الأهرام اليوم', sitemapPartSize: 4, previewUrl: `${SITE}/preview` } },
  })
  fixture = await seedNewsroom(env.payload)
  const sections = await env.payload.find({ collection: 'sections', depth: 0, sort: 'createdAt' })
  sectionSlug = String(sections.docs[0]?.slug)
  otherSectionSlug = String(sections.docs[1]?.slug)
  http = await startHttpServer(env.payload)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const get = (path: string, headers: Record<string, string> = {}) => http.request(path, { headers, redirect: 'manual' })

async function expectBilingualError(response: Response, status: number) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as Errors
  expect(body.errors).toHaveLength(1)
  expect(body.errors[0]?.message).toMatch(ARABIC)
  expect(body.errors[0]?.message).toMatch(LATIN)
}

async function published(title: string, extra: Record<string, unknown> = {}) {
  const id = await createArticle(env.payload, fixture, 'published', { title, publishedAt: hoursAgo(1), ...extra })
  const doc = await env.payload.findByID({ collection: 'articles', id, depth: 0 })
  return { id, slug: String(doc.slug) }
}

describe('GET /api/articles/by-slug/:slug', () => {
  test('a published article with its section, source, image and authors’ public names, never an email', async () => {
    const source = await env.payload.create({ collection: 'sources', data: { name: 'وكالة أنباء الشرق الأوسط', kind: 'agency' } as never })
    const { slug } = await published('الحكومة تعلن موازنة العام الجديد', {
      source: source.id,
      excerpt: 'موجز الموازنة',
      publishedAt: '2021-07-16T20:03:00.000Z',
    })
    const response = await get(`/api/articles/by-slug/${slug}`)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toMatch(/@newsroom\.test/)
    expect(text).not.toMatch(/workflowStatus|subscribers|reviewers|searchKey/)
    const article = JSON.parse(text) as Article
    expect(article).toMatchObject({
      slug,
      url: `${SITE}/articles/${slug}`,
      title: 'الحكومة تعلن موازنة العام الجديد',
      section: { name: 'الاقتصاد', slug: sectionSlug, url: `${SITE}/sections/${sectionSlug}` },
      source: { name: 'وكالة أنباء الشرق الأوسط' },
      authors: [{ id: fixture.users.writer.id, name: 'writer' }],
      publishedAt: '2021-07-16T20:03:00.000Z',
    })
    expect(article.featuredImage).toMatchObject({ alt: 'وزير المالية في مؤتمر صحفي' })
    expect(article.featuredImage?.url).toMatch(/^https:\/\/news\.example\/api\/media\/file\/minister\.jpg$/)
    expect(article.dateline).toMatchObject({
      text: 'الجمعة 16 يوليو 2021 — 6 ذو الحجة 1442 هـ، 22:03',
      iso: '2021-07-16T20:03:00.000Z',
    })
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(response.headers.get('last-modified')).toBeTruthy()
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600')
  })

  test('a draft is a 404, like an unknown slug, in Arabic and English', async () => {
    const id = await createArticle(env.payload, fixture, 'draft', { title: 'مسودة لم تنشر بعد' })
    const draft = await env.payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
    await expectBilingualError(await get(`/api/articles/by-slug/${String(draft.slug)}`), 404)
    await expectBilingualError(await get('/api/articles/by-slug/no-such-story'), 404)
    await expectBilingualError(await get('/api/articles/by-slug/%25%27%22'), 404)
  })

  test('regression: a slug typed in the draft of a live article answers nowhere before it is published', async () => {
    const { id, slug } = await published('وزير الطاقة يفتتح محطة جديدة')
    await env.payload.update({ collection: 'articles', id, draft: true, data: { slug: 'energy-minister-secret-plant' } as never })
    for (const typed of ['energy-minister-secret-plant', 'energy-minister-secret-plant-later']) {
      if (typed.endsWith('-later')) {
        // Typed again: the first draft slug is now a former one, never published.
        await env.payload.update({ collection: 'articles', id, draft: true, data: { slug: typed } as never })
      }
      await expectBilingualError(await get('/api/articles/by-slug/energy-minister-secret-plant'), 404)
      const resolved = await get('/api/articles/slug/energy-minister-secret-plant')
      expect(resolved.status).toBe(404)
    }
    // The live slug still answers, with the live article.
    const live = await get(`/api/articles/by-slug/${slug}`)
    expect(live.status).toBe(200)
    expect(((await live.json()) as Article).slug).toBe(slug)
    expect((await get(`/api/articles/slug/${slug}`)).status).toBe(200)
  })

  test('a former slug answers 301 with the current one', async () => {
    const { id, slug } = await published('وزير المالية يلتقي المستثمرين')
    await env.payload.update({ collection: 'articles', id, data: { slug: 'finance-minister-investors' } as never })
    const response = await get(`/api/articles/by-slug/${slug}?format=ninjs`)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/api/articles/by-slug/finance-minister-investors?format=ninjs')
    const current = await get('/api/articles/by-slug/finance-minister-investors')
    expect(current.status).toBe(200)
    expect(((await current.json()) as Article).slug).toBe('finance-minister-investors')
  })

  test('?format=ninjs gives IPTC ninjs 2.0; an unknown format is a 400', async () => {
    const { slug } = await published('البنك المركزي يثبت أسعار الفائدة', { excerpt: 'قرار متوقع', body: lexical('قرر البنك <المركزي> & ثبّت الفائدة.') })
    const response = await get(`/api/articles/by-slug/${slug}?format=ninjs`)
    expect(response.status).toBe(200)
    const ninjs = (await response.json()) as Record<string, unknown>
    expect(ninjs).toMatchObject({
      uri: `${SITE}/articles/${slug}`,
      type: 'text',
      language: 'ar',
      pubstatus: 'usable',
      standard: { name: 'ninjs', version: '2.0' },
      headlines: [{ role: 'main', value: 'البنك المركزي يثبت أسعار الفائدة' }],
      subjects: [{ name: 'الاقتصاد', literal: sectionSlug }],
      by: 'writer',
    })
    const bodies = ninjs.bodies as { contenttype: string; value: string }[]
    expect(bodies.find((body) => body.contenttype === 'text/html')?.value).toBe('<p>قرر البنك &lt;المركزي&gt; &amp; ثبّت الفائدة.</p>')
    expect((ninjs.descriptions as { role: string; value: string }[]).map((d) => d.role)).toEqual(['summary', 'dateline'])
    await expectBilingualError(await get(`/api/articles/by-slug/${slug}?format=xml`), 400)
  })
})

describe('section lists and list caps', () => {
  test('GET /api/sections/:slug/articles: published only, newest first, paginated', async () => {
    const older = await published('خبر اقتصادي أقدم', { publishedAt: hoursAgo(30) })
    const newer = await published('خبر اقتصادي أحدث', { publishedAt: hoursAgo(0.5) })
    await createArticle(env.payload, fixture, 'draft', { title: 'مسودة اقتصادية مخفية' })
    await published('خبر رياضي', { section: fixture.otherSection })

    const response = await get(`/api/sections/${sectionSlug}/articles?limit=100`)
    expect(response.status).toBe(200)
    const list = (await response.json()) as List & { section: { slug: string } }
    expect(list.section.slug).toBe(sectionSlug)
    const titles = list.docs.map((doc) => doc.title)
    expect(titles).not.toContain('مسودة اقتصادية مخفية')
    expect(titles).not.toContain('خبر رياضي')
    expect(titles.indexOf('خبر اقتصادي أحدث')).toBeLessThan(titles.indexOf('خبر اقتصادي أقدم'))
    const times = list.docs.map((doc) => Date.parse(doc.publishedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const page2 = (await (await get(`/api/sections/${sectionSlug}/articles?limit=1&page=2`)).json()) as List
    expect(page2).toMatchObject({ page: 2, limit: 1, totalDocs: list.totalDocs })
    expect(page2.docs[0]?.slug).toBe(list.docs[1]?.slug)
    expect([older.slug, newer.slug].every((slug) => list.docs.some((doc) => doc.slug === slug))).toBe(true)
  })

  test.each([
    { title: 'limit above the cap', query: 'limit=101' },
    { title: 'limit zero', query: 'limit=0' },
    { title: 'a limit that is not a number', query: 'limit=abc' },
    { title: 'a negative page', query: 'page=-1' },
    { title: 'a huge page', query: 'page=1e99' },
  ])('$title is a bilingual 400', async ({ query }) => {
    await expectBilingualError(await get(`/api/sections/${sectionSlug}/articles?${query}`), 400)
  })

  test('an unknown section is a 404', async () => {
    await expectBilingualError(await get('/api/sections/no-such-section/articles'), 404)
  })

  test('Payload’s own REST list filters by section slug, shows no drafts and caps limit and depth', async () => {
    const response = await get(`/api/articles?where[section.slug][equals]=${otherSectionSlug}&limit=1000&depth=5`)
    expect(response.status).toBe(200)
    const list = (await response.json()) as List & { docs: { title: string; _status: string; section: unknown }[] }
    expect(list.limit).toBe(100)
    expect(list.docs.map((doc) => doc.title)).toEqual(['خبر رياضي'])
    const unbounded = (await (await get('/api/articles?limit=0')).json()) as List
    expect(unbounded.limit).toBe(100)
    const noPagination = (await (await get('/api/articles?pagination=false')).json()) as List
    expect(noPagination.limit).toBe(100)
  })

  test('GraphQL lists are capped too', async () => {
    const { status, body } = await http.graphql('query { Articles(limit: 500) { limit docs { title } } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect((body.data as { Articles: { limit: number; docs: unknown[] } }).Articles.limit).toBe(100)
  })
})

describe('GET /api/articles/search', () => {
  test('folds hamza seats, taa marbuta, alef maqsura, harakat, tatweel and digits on both sides', async () => {
    await published('أحمد يفتتح مدرسة ٣ في القاهرة الكبرى')
    const cases = ['احمد', 'أَحْمَد', 'مدرسه 3', 'مدرسـة ٣', 'الكبري', 'إحمد']
    for (const q of cases) {
      const response = await get(`/api/articles/search?q=${encodeURIComponent(q)}`)
      expect(response.status, q).toBe(200)
      const list = (await response.json()) as List
      expect(list.docs.map((doc) => doc.title), q).toContain('أحمد يفتتح مدرسة ٣ في القاهرة الكبرى')
    }
  })

  test('title matches come before body matches; drafts are never found; pages continue across the two', async () => {
    await published('زلزال يضرب الساحل', { publishedAt: hoursAgo(20) })
    await published('أخبار الطقس اليوم', { publishedAt: hoursAgo(0.1), body: lexical('سُجّل زلزال خفيف قرب الساحل.') })
    await createArticle(env.payload, fixture, 'draft', { title: 'زلزال في المسودة' })
    const all = (await (await get(`/api/articles/search?q=${encodeURIComponent('زلزال')}`)).json()) as List
    expect(all.docs.map((doc) => [doc.title, doc.matchedIn])).toEqual([
      ['زلزال يضرب الساحل', 'headline'],
      ['أخبار الطقس اليوم', 'body'],
    ])
    const second = (await (await get(`/api/articles/search?q=${encodeURIComponent('زلزال الساحل')}&limit=1&page=2`)).json()) as List
    expect(second).toMatchObject({ totalDocs: 2, page: 2, totalPages: 2 })
    expect(second.docs.map((doc) => doc.title)).toEqual(['أخبار الطقس اليوم'])
  })

  test.each([
    { title: 'no q', query: '' },
    { title: 'only harakat and spaces', query: `q=${encodeURIComponent(' َ ُ ')}` },
    { title: 'only wildcards', query: 'q=%25_' },
    { title: 'too long', query: `q=${'ا'.repeat(201)}` },
    { title: 'limit above the cap', query: 'q=x&limit=500' },
  ])('$title is a bilingual 400', async ({ query }) => {
    await expectBilingualError(await get(`/api/articles/search?${query}`), 400)
  })
})

describe('caching: ETag, Last-Modified, 304 and changes', () => {
  test('If-None-Match and If-Modified-Since answer 304 with no body', async () => {
    const { slug } = await published('خبر للتخزين المؤقت')
    const first = await get(`/api/articles/by-slug/${slug}`)
    const etag = first.headers.get('etag') as string
    const lastModified = first.headers.get('last-modified') as string
    const byTag = await get(`/api/articles/by-slug/${slug}`, { 'If-None-Match': etag })
    expect(byTag.status).toBe(304)
    expect(await byTag.text()).toBe('')
    expect(byTag.headers.get('etag')).toBe(etag)
    const byDate = await get(`/api/articles/by-slug/${slug}`, { 'If-Modified-Since': lastModified })
    expect(byDate.status).toBe(304)
    const stale = await get(`/api/articles/by-slug/${slug}`, { 'If-None-Match': '"something-else"' })
    expect(stale.status).toBe(200)
    const sectionList = await get(`/api/sections/${sectionSlug}/articles`)
    expect((await get(`/api/sections/${sectionSlug}/articles`, { 'If-None-Match': sectionList.headers.get('etag') as string })).status).toBe(304)
  })

  test('an edit of a live article, a publish and an unpublish each change the ETag at once', async () => {
    const { id, slug } = await published('خبر سيتغير')
    const listPath = `/api/sections/${sectionSlug}/articles?limit=100`
    const tagOf = async (path: string) => (await get(path)).headers.get('etag') as string
    const articleTag = await tagOf(`/api/articles/by-slug/${slug}`)
    const listTag = await tagOf(listPath)
    const feedTag = await tagOf('/api/feeds/rss')

    await env.payload.update({ collection: 'articles', id, data: { title: 'خبر تغير عنوانه' } as never })
    const edited = await get(`/api/articles/by-slug/${slug}`, { 'If-None-Match': articleTag })
    expect(edited.status).toBe(200)
    expect(((await edited.json()) as Article).title).toBe('خبر تغير عنوانه')
    const listAfterEdit = await get(listPath, { 'If-None-Match': listTag })
    expect(listAfterEdit.status).toBe(200)
    expect((await get('/api/feeds/rss', { 'If-None-Match': feedTag })).status).toBe(200)

    const listTag2 = listAfterEdit.headers.get('etag') as string
    await published('خبر نشر للتو')
    const afterPublish = await get(listPath, { 'If-None-Match': listTag2 })
    expect(afterPublish.status).toBe(200)
    const listTag3 = afterPublish.headers.get('etag') as string
    const lastModified3 = afterPublish.headers.get('last-modified') as string

    await env.payload.update({ collection: 'articles', id, data: { _status: 'draft', workflowStatus: 'draft' } as never })
    const afterUnpublish = await get(listPath, { 'If-None-Match': listTag3 })
    expect(afterUnpublish.status).toBe(200)
    expect(((await afterUnpublish.json()) as List).docs.map((doc) => doc.slug)).not.toContain(slug)
    // An unpublish also moves Last-Modified forward, so If-Modified-Since does not hide it either.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await env.payload.update({ collection: 'articles', id, data: { kicker: 'تعديل بعد إلغاء النشر' } as never })
    expect((await get(listPath, { 'If-Modified-Since': lastModified3 })).status).toBe(200)
    await expectBilingualError(await get(`/api/articles/by-slug/${slug}`), 404)
  })
})

describe('the in-memory answers', () => {
  test('a change this process did not see (another server, a direct database write) shows within memorySeconds', async () => {
    const { id, slug } = await published('خبر يتغير من خارج العملية', { publishedAt: '2026-01-01T10:00:00.000Z' })
    const path = `/api/articles/by-slug/${slug}`
    const time = async () => ((await (await get(path)).json()) as Article).publishedAt
    expect(await time()).toBe('2026-01-01T10:00:00.000Z')
    // Written past Payload's hooks, as another server process's save looks from here.
    await env.payload.db.updateOne({ collection: 'articles', id, data: { publishedAt: '2026-01-02T10:00:00.000Z' } })
    expect(await time()).toBe('2026-01-01T10:00:00.000Z')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await time()).toBe('2026-01-02T10:00:00.000Z')
  })
})

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap', 'dc:creator'].includes(name) })
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

describe('feeds and sitemaps', () => {
  test('RSS 2.0 for the site: Arabic, RFC 822 dates, absolute links, image enclosures, text escaped', async () => {
    const { slug } = await published('عنوان فيه <وسم> & "اقتباس" و\'فاصلة\'', { excerpt: 'موجز <b>غامق</b> & تفاصيل' })
    const response = await get('/api/feeds/rss')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    expect(response.headers.get('etag')).toBeTruthy()
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = parser.parse(xml) as { rss: { '@version': string; channel: Record<string, unknown> & { item: Record<string, unknown>[] } } }
    expect(doc.rss['@version']).toBe('2.0')
    const channel = doc.rss.channel
    expect(channel.language).toBe('ar')
    expect(channel.title).toBe('الأهرام اليوم')
    expect(channel.item.length).toBeGreaterThan(3)
    for (const item of channel.item) {
      expect(String(item.link)).toMatch(/^https:\/\/news\.example\/articles\//)
      expect(String(item.pubDate)).toMatch(RFC822)
      expect((item.enclosure as Record<string, string>)['@url']).toMatch(/^https:\/\/news\.example\/api\/media\/file\//)
      expect((item.enclosure as Record<string, string>)['@type']).toBe('image/jpeg')
    }
    // Escaped in the document, intact once parsed.
    expect(xml).toContain('<title>عنوان فيه &lt;وسم&gt; &amp; &quot;اقتباس&quot; و&apos;فاصلة&apos;</title>')
    const escaped = channel.item.find((item) => String(item.link).endsWith(`/articles/${slug}`))
    expect(escaped?.title).toBe('عنوان فيه <وسم> & "اقتباس" و\'فاصلة\'')
    expect(escaped?.description).toBe('موجز <b>غامق</b> & تفاصيل')
    const dates = channel.item.map((item) => Date.parse(String(item.pubDate)))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  test('RSS per section holds only that section; an unknown section is a 404', async () => {
    const response = await get(`/api/feeds/rss/${otherSectionSlug}`)
    expect(response.status).toBe(200)
    const doc = parser.parse(await response.text()) as { rss: { channel: { title: string; item: { title: string; category: string }[] } } }
    expect(doc.rss.channel.title).toBe('الأهرام اليوم — الرياضة')
    expect(doc.rss.channel.item.map((item) => item.category)).toEqual(doc.rss.channel.item.map(() => 'الرياضة'))
    await expectBilingualError(await get('/api/feeds/rss/no-such-section'), 404)
  })

  test('JSON Feed 1.1 with the required fields and datelines', async () => {
    const response = await get('/api/feeds/feed.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/)
    const feed = (await response.json()) as { version: string; title: string; feed_url: string; items: Record<string, unknown>[] }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toMatch(/\/api\/feeds\/feed\.json$/)
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true)
      expect(String(item.url)).toMatch(/^https:\/\/news\.example\//)
      expect(new Date(String(item.date_published)).toISOString()).toBe(item.date_published)
      expect((item._newsroom as { dateline: string }).dateline).toMatch(/هـ، \d{2}:\d{2}$/)
    }
  })

  test('the sitemap becomes an index of parts past the part size; every part is a valid urlset', async () => {
    const response = await get('/api/feeds/sitemap.xml')
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const index = parser.parse(xml) as { sitemapindex: { sitemap: { loc: string }[] } }
    const total = (await env.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })).totalDocs
    expect(index.sitemapindex.sitemap).toHaveLength(Math.ceil(total / 4))
    const seen = new Set<string>()
    for (const part of index.sitemapindex.sitemap) {
      const path = new URL(part.loc).pathname
      const partXml = await (await get(path)).text()
      expect(XMLValidator.validate(partXml)).toBe(true)
      const urls = (parser.parse(partXml) as { urlset: { url: { loc: string; lastmod: string }[] } }).urlset.url
      expect(urls.length).toBeLessThanOrEqual(4)
      for (const url of urls) {
        expect(url.loc).toMatch(/^https:\/\/news\.example\/articles\//)
        seen.add(url.loc)
      }
    }
    expect(seen.size).toBe(total)
    await expectBilingualError(await get('/api/feeds/sitemap/999.xml'), 404)
  })

  test('the Google News sitemap lists the last 48 hours only', async () => {
    const { slug: fresh } = await published('خبر عاجل من الساعة الأخيرة', { publishedAt: hoursAgo(2) })
    const { slug: old } = await published('خبر من الأسبوع الماضي', { publishedAt: hoursAgo(24 * 7) })
    const xml = await (await get('/api/feeds/news-sitemap.xml')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = (parser.parse(xml) as { urlset: { url: { loc: string; 'news:news': Record<string, unknown> }[] } }).urlset.url
    const locs = urls.map((url) => url.loc)
    expect(locs).toContain(`${SITE}/articles/${fresh}`)
    expect(locs).not.toContain(`${SITE}/articles/${old}`)
    const entry = urls.find((url) => url.loc.endsWith(fresh))?.['news:news'] as Record<string, unknown>
    expect(entry['news:title']).toBe('خبر عاجل من الساعة الأخيرة')
    expect((entry['news:publication'] as Record<string, unknown>)['news:language']).toBe('ar')
  })
})

describe('preview', () => {
  test('a signed token shows the draft exactly as by-slug would, privately; bad or expired tokens are 401', async () => {
    const { id, slug } = await published('النسخة المنشورة')
    await env.payload.update({ collection: 'articles', id, draft: true, data: { title: 'النسخة قيد التحرير' } as never })
    const live = (await (await get(`/api/articles/by-slug/${slug}`)).json()) as Article
    expect(live.title).toBe('النسخة المنشورة')

    const exp = Math.floor(Date.now() / 1000) + 60
    const token = signPreviewToken(env.payload.secret, { id, exp })
    const response = await get(`/api/articles/preview/${token}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const draft = (await response.json()) as Article
    expect(draft.title).toBe('النسخة قيد التحرير')
    expect(Object.keys(draft).sort()).toEqual(Object.keys(live).sort())

    await expectBilingualError(await get(`/api/articles/preview/${token.slice(0, -2)}xx`), 401)
    await expectBilingualError(await get(`/api/articles/preview/${signPreviewToken('another-secret', { id, exp })}`), 401)
    await expectBilingualError(await get(`/api/articles/preview/${signPreviewToken(env.payload.secret, { id, exp: exp - 120 })}`), 401)
    await expectBilingualError(await get('/api/articles/preview/garbage'), 401)
  })

  test('the admin’s preview button opens previewUrl with a token, for staff only', async () => {
    const { id } = await published('خبر للمعاينة')
    const preview = env.payload.collections.articles?.config.admin.preview
    expect(preview).toBeTypeOf('function')
    const editor = await env.payload.findByID({ collection: 'users', id: fixture.users['section-editor'].id })
    const req = { user: { ...editor, collection: 'users' }, payload: env.payload } as never
    const url = await preview?.({ id } as never, { locale: 'ar', req, token: null })
    expect(url).toMatch(/^https:\/\/news\.example\/preview\?token=/)
    const token = new URL(String(url)).searchParams.get('token') as string
    const response = await get(`/api/articles/preview/${token}`)
    expect(((await response.json()) as Article).title).toBe('خبر للمعاينة')
    expect(await preview?.({ id } as never, { locale: 'ar', req: { user: null, payload: env.payload } as never, token: null })).toBeNull()
  })
})

describe('answers against the published schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)))
  ajv.addSchema(ninjs20Schema)
  const ninjs = ajv.getSchema('ninjs-2.0')
  const jsonFeed = ajv.compile(jsonFeed11Schema)

  test('ninjs of every published article is valid ninjs 2.0', async () => {
    const { docs } = (await (await get('/api/sections/' + sectionSlug + '/articles?limit=20')).json()) as List
    expect(docs.length).toBeGreaterThan(3)
    for (const doc of docs) {
      const body = (await (await get(`/api/articles/by-slug/${doc.slug}?format=ninjs`)).json()) as Record<string, unknown>
      expect(ninjs?.(body), JSON.stringify(ninjs?.errors)).toBe(true)
    }
    // The check can fail: an extra property is not ninjs.
    expect(ninjs?.({ uri: `${SITE}/x`, dateline: 'x' })).toBe(false)
  })

  test('the JSON Feed is valid JSON Feed 1.1', async () => {
    const feed = (await (await get('/api/feeds/feed.json')).json()) as Record<string, unknown>
    expect(jsonFeed(feed), JSON.stringify(jsonFeed.errors)).toBe(true)
    expect(jsonFeed({ ...feed, newsroom: {} })).toBe(false)
  })
})
