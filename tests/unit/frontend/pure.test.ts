import { describe, expect, test } from 'vitest'

import type { PublicArticle } from '../../../src/frontend/article'

import { toPublicArticle } from '../../../src/frontend/article'
import { formatDateline } from '../../../src/frontend/dateline'
import { renderRss, renderSitemap, rfc822 } from '../../../src/frontend/feeds'
import { conditionalResponse, etagOf, latest, matchesIfNoneMatch, notModifiedSince } from '../../../src/frontend/http'
import { escapeXml, lexicalToHtml, lexicalToText } from '../../../src/frontend/lexical'
import { FrontendError } from '../../../src/frontend/errors'
import { ResponseCache } from '../../../src/frontend/responseCache'
import { resolveFrontendOptions } from '../../../src/frontend/options'
import { parsePaging, parseSearchTerms } from '../../../src/frontend/query'
import { signPreviewToken, verifyPreviewToken } from '../../../src/frontend/token'

const frontend = resolveFrontendOptions({ siteUrl: 'https://news.example/' })

describe('datelines', () => {
  test.each([
    { title: 'the example of the issue (Cairo, summer time)', iso: '2021-07-16T20:03:00Z', zone: 'Africa/Cairo', text: 'الجمعة 16 يوليو 2021 — 6 ذو الحجة 1442 هـ، 22:03' },
    { title: 'the same instant in Riyadh', iso: '2021-07-16T20:03:00Z', zone: 'Asia/Riyadh', text: 'الجمعة 16 يوليو 2021 — 6 ذو الحجة 1442 هـ، 23:03' },
    { title: 'past midnight in Riyadh: both calendars turn', iso: '2021-07-16T21:30:00Z', zone: 'Asia/Riyadh', text: 'السبت 17 يوليو 2021 — 7 ذو الحجة 1442 هـ، 00:30' },
    { title: 'first of Ramadan 1445', iso: '2024-03-11T10:00:00Z', zone: 'Asia/Riyadh', text: 'الاثنين 11 مارس 2024 — 1 رمضان 1445 هـ، 13:00' },
  ])('$title', ({ iso, zone, text }) => {
    const dateline = formatDateline(iso, zone)
    expect(dateline.text).toBe(text)
    expect(dateline.iso).toBe(new Date(iso).toISOString())
    expect(dateline.text).not.toMatch(/[٠-٩]/)
  })

  test('an invalid date is a TypeError', () => {
    expect(() => formatDateline('not a date', 'Africa/Cairo')).toThrow(TypeError)
  })
})

describe('HTTP validators', () => {
  test('the ETag follows the bytes', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'))
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'))
    expect(etagOf('x')).toMatch(/^"[\w-]+"$/)
  })

  test.each([
    { header: '"abc"', match: true },
    { header: 'W/"abc"', match: true },
    { header: '"x", "abc"', match: true },
    { header: '*', match: true },
    { header: '"abcd"', match: false },
    { header: '', match: false },
  ])('If-None-Match $header → $match', ({ header, match }) => {
    expect(matchesIfNoneMatch(header || null, '"abc"')).toBe(match)
  })

  test('If-Modified-Since compares whole seconds and ignores garbage', () => {
    const modified = new Date('2026-01-01T10:00:00.900Z')
    expect(notModifiedSince(modified.toUTCString(), modified)).toBe(true)
    expect(notModifiedSince(new Date('2026-01-01T09:59:59Z').toUTCString(), modified)).toBe(false)
    expect(notModifiedSince('yesterday-ish', modified)).toBe(false)
  })

  test('a conditional response is 304 without a body, If-None-Match winning over If-Modified-Since', async () => {
    const answer = { body: 'hello', contentType: 'text/plain', lastModified: new Date('2026-01-01T00:00:00Z'), cacheControl: 'public, max-age=1' }
    const etag = etagOf('hello')
    const hit = conditionalResponse(new Headers({ 'If-None-Match': etag }), answer)
    expect(hit.status).toBe(304)
    expect(await hit.text()).toBe('')
    const tagMissesDateHits = conditionalResponse(new Headers({ 'If-None-Match': '"old"', 'If-Modified-Since': 'Fri, 01 Jan 2027 00:00:00 GMT' }), answer)
    expect(tagMissesDateHits.status).toBe(200)
    expect(tagMissesDateHits.headers.get('Last-Modified')).toBe('Thu, 01 Jan 2026 00:00:00 GMT')
  })

  test('latest picks the newest valid time', () => {
    expect(latest(null, '2026-01-02T00:00:00Z', 'nonsense', new Date('2026-01-01T00:00:00Z'))?.toISOString()).toBe('2026-01-02T00:00:00.000Z')
    expect(latest(undefined, null)).toBeNull()
  })
})

describe('text for feeds', () => {
  test('escapeXml escapes the five characters and drops what XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\u000B`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })

  const state = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'عنوان <فرعي>', format: 1 }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'سطر' }, { type: 'linebreak' }, { type: 'text', text: 'ثانٍ & أخير' }] },
        { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'رابط خبيث' }] },
        { type: 'link', fields: { url: 'https://example.org/?a=1&b=2' }, children: [{ type: 'text', text: 'رابط' }] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [{ type: 'text', text: 'أولًا' }] }] },
      ],
    },
  }

  test('Lexical → HTML: text escaped, unsafe links dropped, a small tag set', () => {
    expect(lexicalToHtml(state)).toBe(
      '<h2><strong>عنوان &lt;فرعي&gt;</strong></h2><p>سطر<br>ثانٍ &amp; أخير</p>رابط خبيث<a href="https://example.org/?a=1&amp;b=2">رابط</a><ol><li>أولًا</li></ol>',
    )
  })

  test('Lexical → text, one line per block', () => {
    expect(lexicalToText(state)).toBe('عنوان <فرعي>\nسطر\nثانٍ & أخير\nرابط خبيثرابط\nأولًا')
    expect(lexicalToText(null)).toBe('')
    expect(lexicalToHtml({ root: 'nope' })).toBe('')
  })

  test('RFC 822 dates', () => {
    expect(rfc822('2021-07-16T20:03:00Z')).toBe('Fri, 16 Jul 2021 20:03:00 GMT')
  })
})

function article(overrides: Partial<Record<string, unknown>> = {}): PublicArticle {
  return toPublicArticle(
    {
      id: 7,
      slug: 'budget',
      title: 'الموازنة',
      excerpt: null,
      body: null,
      publishedAt: '2021-07-16T20:03:00.000Z',
      updatedAt: '2021-07-17T08:00:00.000Z',
      section: { id: 1, name: 'اقتصاد', slug: 'economy', subscribers: [{ email: 'x@y.z' }] },
      authors: [3, { id: 4, email: 'secret@newsroom.test' }],
      featuredImage: { id: 9, url: '/api/media/file/a.jpg', width: 10, height: 5, mimeType: 'image/jpeg', filesize: 99, sizes: { card: { url: null } } },
      ...overrides,
    },
    { frontend, timeZone: 'Africa/Cairo', authorNames: new Map([['3', 'منى']]) },
  )
}

describe('the public article', () => {
  test('keeps reader fields only and makes links absolute', () => {
    const result = article()
    expect(JSON.stringify(result)).not.toMatch(/@/)
    expect(result).toMatchObject({
      url: 'https://news.example/articles/budget',
      section: { id: 1, name: 'اقتصاد', slug: 'economy', url: 'https://news.example/sections/economy' },
      authors: [{ id: 3, name: 'منى' }],
      featuredImage: { url: 'https://news.example/api/media/file/a.jpg', sizes: {} },
    })
  })

  test('RSS from public articles is well formed with one item each', () => {
    const xml = renderRss({ title: 'ت', link: 'https://news.example/', self: 'https://news.example/api/feeds/rss', description: 'د', language: 'ar' }, [article(), article({ id: 8, slug: 'b' })])
    expect(xml.match(/<item>/g)).toHaveLength(2)
    expect(xml).toContain('<enclosure url="https://news.example/api/media/file/a.jpg" length="99" type="image/jpeg"/>')
    expect(renderSitemap([])).toContain('<urlset')
  })
})

describe('preview tokens', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  const exp = Math.floor(now.getTime() / 1000) + 60

  test('a token verifies until it expires, under its own secret only', () => {
    const token = signPreviewToken('s3cret', { id: 42, exp, locale: 'ar' })
    expect(verifyPreviewToken('s3cret', token, now)).toEqual({ id: 42, exp, locale: 'ar' })
    expect(verifyPreviewToken('other', token, now)).toBeNull()
    expect(verifyPreviewToken('s3cret', token, new Date((exp + 1) * 1000))).toBeNull()
  })

  test.each(['', 'a', 'a.b', 'a.b.c', '..'])('a malformed token (%j) is refused', (token) => {
    expect(verifyPreviewToken('s3cret', token, now)).toBeNull()
  })

  test('changing the claims breaks the signature', () => {
    const [, signature] = signPreviewToken('s3cret', { id: 42, exp }).split('.')
    const forged = `${Buffer.from(JSON.stringify({ id: 43, exp })).toString('base64url')}.${signature}`
    expect(verifyPreviewToken('s3cret', forged, now)).toBeNull()
  })
})

describe('query parameters', () => {
  const params = (query: string) => new URLSearchParams(query)

  test('paging defaults and caps', () => {
    expect(parsePaging(params(''), frontend)).toEqual({ page: 1, limit: 10 })
    expect(parsePaging(params('page=3&limit=100'), frontend)).toEqual({ page: 3, limit: 100 })
    for (const bad of ['limit=101', 'limit=0', 'page=0', 'page=1.5', 'limit=-3', 'page=١']) {
      expect(() => parsePaging(params(bad), frontend), bad).toThrow(FrontendError)
    }
  })

  test('search terms are folded like the stored key, deduplicated and stripped of wildcards', () => {
    expect(parseSearchTerms(params(`q=${encodeURIComponent('أحمدُ  احمد مدرسة ٣ 50%')}`))).toEqual(['احمد', 'مدرسه', '3', '50'])
    expect(() => parseSearchTerms(params('q=%25%25'))).toThrow(FrontendError)
  })
})

describe('options', () => {
  test('defaults, and start-up errors that name the option', () => {
    expect(resolveFrontendOptions()).toMatchObject({ siteUrl: 'http://localhost:3000', maxLimit: 100, defaultLimit: 10, maxDepth: 2, previewUrl: null })
    expect(() => resolveFrontendOptions({ siteUrl: 'news.example' })).toThrow(/frontend\.siteUrl/)
    expect(() => resolveFrontendOptions({ maxLimit: 0 })).toThrow(/frontend\.maxLimit/)
    expect(() => resolveFrontendOptions({ maxLimit: 5, defaultLimit: 10 })).toThrow(/defaultLimit/)
    expect(resolveFrontendOptions({ sitemapPartSize: 80_000 }).sitemapPartSize).toBe(50_000)
  })
})

describe('the in-memory answer cache', () => {
  const answer = { body: 'b', contentType: 'text/plain', lastModified: null, cacheControl: 'public' }

  test('answers until its lifetime ends, and not after', () => {
    const cache = new ResponseCache(1000)
    cache.set('/a', answer, cache.generation, 0)
    expect(cache.get('/a', 999)?.etag).toBe(etagOf('b'))
    expect(cache.get('/a', 1000)).toBeNull()
  })

  test('an invalidation empties it, and an answer computed across one is not stored', () => {
    const cache = new ResponseCache(60_000)
    cache.set('/a', answer, cache.generation, 0)
    const before = cache.generation
    cache.invalidate()
    expect(cache.get('/a', 1)).toBeNull()
    cache.set('/a', answer, before, 2)
    expect(cache.get('/a', 3)).toBeNull()
  })

  test('holds at most maxEntries, dropping the oldest; a lifetime of 0 stores nothing', () => {
    const cache = new ResponseCache(60_000, 2)
    for (const key of ['/1', '/2', '/3']) cache.set(key, answer, cache.generation, 0)
    expect([cache.get('/1', 1), cache.get('/2', 1), cache.get('/3', 1)].map(Boolean)).toEqual([false, true, true])
    const off = new ResponseCache(0)
    off.set('/a', answer, off.generation, 0)
    expect(off.get('/a', 0)).toBeNull()
  })
})
