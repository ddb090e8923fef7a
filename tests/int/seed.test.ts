import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { DEMO_USERS, seedDemoContent } from '../../dev/seed'
import { bootPayload } from '../helpers/payload'

let env: TestPayload

beforeAll(async () => {
  env = await bootPayload('seed')
})

afterAll(async () => {
  await env?.teardown()
})

describe('demo content', () => {
  test('the first run creates the section, source, users and the published article', async () => {
    const { payload } = env
    const result = await seedDemoContent(payload, { password: 'demo-password-1', timezone: 'Africa/Cairo' })
    expect(result.created.length).toBe(3 + DEMO_USERS.length)

    const article = await payload.findByID({ collection: 'articles', id: result.articleId, locale: 'ar', depth: 1 })
    expect(article.title).toBe('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية')
    expect(article.kicker).toBe('الصين وروسيا')
    expect(article._status).toBe('published')
    // 22:03 in Cairo on 16 July 2021 (UTC+2, no daylight saving that year) is 20:03 UTC.
    expect(new Date(article.publishedAt as string).toISOString()).toBe('2021-07-16T20:03:00.000Z')
    expect((article.section as { name: string }).name).toBe('عرب وعالم')
    expect((article.source as { name: string }).name).toBe('دار الهلال')
    expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)

    const section = await payload.findByID({ collection: 'sections', id: result.sectionId, depth: 0 })
    const reviewer = await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@newsroom.test' } } })
    expect((section.reviewers as unknown[]).map(String)).toContain(String(reviewer.docs[0]?.id))

    const editor = await payload.find({
      collection: 'users',
      where: { email: { equals: 'section-editor@newsroom.test' } },
      depth: 0,
    })
    expect(editor.docs[0]?.roles).toEqual(['section-editor'])
    expect((editor.docs[0]?.sections as unknown[]).map(String)).toEqual([String(result.sectionId)])

    const login = await payload.login({
      collection: 'users',
      data: { email: 'writer@newsroom.test', password: 'demo-password-1' },
    })
    expect(login.user?.roles).toEqual(['writer'])
  })

  test('a second run reuses everything and duplicates nothing', async () => {
    const { payload } = env
    const before = await Promise.all(
      ['articles', 'sections', 'sources', 'users'].map((collection) => payload.count({ collection })),
    )
    const again = await seedDemoContent(payload, { password: 'demo-password-1', timezone: 'Africa/Cairo' })
    expect(again.created).toEqual([])
    const after = await Promise.all(
      ['articles', 'sections', 'sources', 'users'].map((collection) => payload.count({ collection })),
    )
    expect(after.map((count) => count.totalDocs)).toEqual(before.map((count) => count.totalDocs))
    const section = await payload.findByID({ collection: 'sections', id: again.sectionId, depth: 0 })
    expect(section.reviewers).toHaveLength(1)
  })
})
