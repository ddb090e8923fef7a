import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'

import { searchKey } from '../../src/text'
import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'

const SEED_TITLE = 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية'

let env: TestPayload
let http: HttpServer
let sectionId: number | string
let token: string

beforeAll(async () => {
  env = await bootPayload('articles_text')
  const { payload } = env
  sectionId = (await payload.create({ collection: 'sections', data: { name: 'عرب وعالم' } })).id
  await payload.create({
    collection: 'users',
    data: { email: 'chief@newsroom.test', password: 'kalimat-sirr-1', roles: ['editor-in-chief'], sections: [sectionId] },
  })
  http = await startHttpServer(payload)
  token = await http.login('chief@newsroom.test', 'kalimat-sirr-1')
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const create = (title: string, extra: Record<string, unknown> = {}) =>
  env.payload.create({ collection: 'articles', locale: 'ar', data: { title, section: sectionId, _status: 'draft', ...extra } })

type ErrorBody = { errors: { data?: { errors?: { path: string; message: string }[] } }[] }

async function restCreate(data: Record<string, unknown>, locale = 'ar') {
  const response = await http.request(`/api/articles?locale=${locale}`, {
    method: 'POST',
    token,
    json: { section: sectionId, ...data },
  })
  return { status: response.status, body: (await response.json()) as ErrorBody & { doc?: Record<string, unknown> } }
}

const fieldErrors = (body: ErrorBody) => body.errors.flatMap((error) => error.data?.errors ?? [])

describe('slugs of articles', () => {
  test('the seed title gives a readable Latin slug, cut at a word boundary', async () => {
    const article = await create(SEED_TITLE)
    expect(article.slug).toBe('wazir-al-kharijiya-al-sini-yadu-ila-muwasalat-al-irtiqa-bil-alaqat-al-siniya')
  })

  test('a second article with the same title gets -2', async () => {
    const article = await create(SEED_TITLE)
    expect(article.slug).toBe('wazir-al-kharijiya-al-sini-yadu-ila-muwasalat-al-irtiqa-bil-alaqat-al-siniya-2')
  })

  test('a title edit before publication does not change the slug; a published slug, once renamed, still resolves', async () => {
    const { payload } = env
    const article = await create('لافروف يزور شانجهاي لحضور قمة منظمة التعاون')
    const original = article.slug as string
    const retitled = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ar',
      data: { title: 'لافروف يصل إلى شانجهاي للمشاركة في القمة' },
      draft: true,
    })
    expect(retitled.slug).toBe(original)

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    const renamed = await payload.update({ collection: 'articles', id: article.id, data: { slug: 'lavrov-in-shanghai' } })
    expect(renamed.slug).toBe('lavrov-in-shanghai')

    const old = await http.request(`/api/articles/slug/${original}`)
    expect(old.status).toBe(200)
    const resolved = (await old.json()) as { slug: string; redirect: boolean; doc: { id: unknown } }
    expect(resolved).toMatchObject({ slug: 'lavrov-in-shanghai', redirect: true })
    expect(String(resolved.doc.id)).toBe(String(article.id))

    const current = (await (await http.request('/api/articles/slug/lavrov-in-shanghai')).json()) as { redirect: boolean }
    expect(current.redirect).toBe(false)
    expect((await http.request('/api/articles/slug/no-such-slug')).status).toBe(404)
  })

  test('a draft is not resolved for anonymous readers', async () => {
    const draft = await create('مسودة لا يراها القراء بعد في الموقع')
    expect((await http.request(`/api/articles/slug/${draft.slug as string}`)).status).toBe(404)
    expect((await http.request(`/api/articles/slug/${draft.slug as string}`, { token })).status).toBe(200)
  })
})

describe('validation of titles and times (HTTP 400, field path, Arabic and English)', () => {
  test.each([
    ['too short', 'قصير', /قصير جدًا.*too short/s],
    ['too long', 'خبر '.repeat(60), /طويل جدًا.*too long/s],
    ['mostly Latin in the Arabic locale', 'Breaking news from Cairo اليوم', /بالحروف العربية.*Arabic script/s],
  ])('a title %s is refused', async (_name, title, message) => {
    const { status, body } = await restCreate({ title })
    expect(status).toBe(400)
    const [error] = fieldErrors(body)
    expect(error?.path).toBe('title')
    expect(error?.message).toMatch(message)
  })

  test('an English title is fine in the English locale', async () => {
    const { status, body } = await restCreate({ title: 'Chinese foreign minister urges closer ties with Russia' }, 'en')
    expect(status).toBe(201)
    expect(body.doc?.slug).toBe('chinese-foreign-minister-urges-closer-ties-with-russia')
  })

  test('a publication time more than a year ahead is refused unless scheduled', async () => {
    const inTwoYears = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000).toISOString()
    const { status, body } = await restCreate({ title: 'خبر عن موعد بعيد جدًا في المستقبل', publishedAt: inTwoYears })
    expect(status).toBe(400)
    const [error] = fieldErrors(body)
    expect(error?.path).toBe('publishedAt')
    expect(error?.message).toMatch(/يومًا.*days ahead/s)
  })

  test('a publication time typed with Arabic-Indic digits is read', async () => {
    const { status, body } = await restCreate({ title: 'خبر بتاريخ مكتوب بأرقام عربية', publishedAt: '٢٠٢١-٠٧-١٦T٢٠:٠٣:٠٠.٠٠٠Z' })
    expect(status).toBe(201)
    expect(body.doc?.publishedAt).toBe('2021-07-16T20:03:00.000Z')
  })

  test('a draft may be incomplete while it is written (autosave); publishing it validates', async () => {
    const { payload } = env
    const draft = await payload.create({
      collection: 'articles',
      locale: 'ar',
      draft: true,
      data: { title: 'عاجل', section: sectionId, _status: 'draft' },
    })
    await expect(
      payload.update({ collection: 'articles', id: draft.id, locale: 'ar', data: { _status: 'published' } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'title' })] } })
  })

  test('nothing is saved when a request is refused', async () => {
    const before = (await env.payload.count({ collection: 'articles' })).totalDocs
    await restCreate({ title: 'x' })
    expect((await env.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})

describe('stored text', () => {
  test('bidi controls, tatweel and doubled spaces are removed; harakat are kept', async () => {
    const article = await create('\u202Bعـــاجل:   الرئيسُ يلتقي وزير الخارجية\u202C\u200F', {
      kicker: '  الصين\u2066 وروسيا ',
    })
    expect(article.title).toBe('عاجل: الرئيسُ يلتقي وزير الخارجية')
    expect(article.kicker).toBe('الصين وروسيا')
  })

  test('a search for «احمد» finds «أحمد» through the hidden search key', async () => {
    const { payload } = env
    const article = await create('أحمد يفوز بجائزة الصحافة العربية لعام ٢٠٢٤')
    const found = await payload.find({
      collection: 'articles',
      locale: 'ar',
      draft: true,
      where: { searchKey: { like: searchKey('احمد يفوز') } },
    })
    expect(found.docs.map((doc) => doc.id)).toContain(article.id)
    const byYear = await payload.find({ collection: 'articles', locale: 'ar', draft: true, where: { searchKey: { like: '2024' } } })
    expect(byYear.docs.map((doc) => doc.id)).toContain(article.id)
  })
})
