import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { bootPayload } from '../helpers/payload'

let env: TestPayload

beforeAll(async () => {
  env = await bootPayload('slugs')
})

afterAll(async () => {
  await env?.teardown()
})

describe('slugs of sections and sources', () => {
  test('made from the Arabic name, readable', async () => {
    const { payload } = env
    const section = await payload.create({ collection: 'sections', data: { name: 'عرب وعالم' } })
    expect(section.slug).toBe('arab-wa-alam')
    const source = await payload.create({ collection: 'sources', data: { name: 'دار الهلال', kind: 'newspaper' } })
    expect(source.slug).toBe('dar-al-hilal')
  })

  test('an editor-typed slug is kept, cleaned up', async () => {
    const { payload } = env
    const section = await payload.create({ collection: 'sections', data: { name: 'اقتصاد', slug: '  Economy & Markets ' } })
    expect(section.slug).toBe('economy-markets')
  })

  test('a taken slug gets -2, -3', async () => {
    const { payload } = env
    const a = await payload.create({ collection: 'sources', data: { name: 'وكالة الأنباء', kind: 'agency' } })
    const b = await payload.create({ collection: 'sources', data: { name: 'وكالة الأنباء', kind: 'agency' } })
    const c = await payload.create({ collection: 'sources', data: { name: 'وكالة  الأنباء', kind: 'agency' } })
    expect(b.slug).toBe(`${a.slug}-2`)
    expect(c.slug).toBe(`${a.slug}-3`)
  })

  test('concurrent creates with one name all succeed with distinct slugs', async () => {
    const { payload } = env
    const results = await Promise.all(
      Array.from({ length: 8 }, () => payload.create({ collection: 'sections', data: { name: 'رياضة محلية' } })),
    )
    const slugs = results.map((doc) => doc.slug)
    const base = slugs.find((slug) => !/-\d+$/.test(slug as string)) as string
    expect([...slugs].sort()).toEqual([base, ...[2, 3, 4, 5, 6, 7, 8].map((n) => `${base}-${n}`)].sort())
  })

  test('a renamed section keeps its old slug in the history, reserved for it', async () => {
    const { payload } = env
    const section = await payload.create({ collection: 'sections', data: { name: 'ثقافة وفنون' } })
    const renamed = await payload.update({ collection: 'sections', id: section.id, data: { slug: 'culture' } })
    expect(renamed.slug).toBe('culture')
    const history = await payload.find({
      collection: 'slug-history',
      where: { document: { equals: String(section.id) }, collection: { equals: 'sections' } },
      sort: 'createdAt',
    })
    expect(history.docs.map((row) => [row.slug, row.current])).toEqual([
      [section.slug, false],
      ['culture', true],
    ])
    // Clearing a published slug keeps it rather than making a new one.
    const cleared = await payload.update({ collection: 'sections', id: section.id, data: { slug: '' } })
    expect(cleared.slug).toBe('culture')
    // Nobody else can take the old slug.
    const other = await payload.create({ collection: 'sections', data: { name: 'قسم آخر', slug: section.slug as string } })
    expect(other.slug).toBe(`${section.slug}-2`)
  })

  test('names are stored normalised: tatweel, bidi controls and extra spaces removed', async () => {
    const { payload } = env
    const source = await payload.create({
      collection: 'sources',
      data: { name: '\u202Bوكـــالة   الشرق\u202C الأوسط\u200F', kind: 'agency' },
    })
    expect(source.name).toBe('وكالة الشرق الأوسط')
  })

  test('no API may write the slug history', async () => {
    const { payload } = env
    await expect(
      payload.create({ collection: 'slug-history', data: { key: 'x:y', collection: 'x', slug: 'y' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
