import { describe, expect, it } from 'vitest'
import { lexicalHasText, publishChecks, resolvePublishedAt } from '../../../src/workflow'
import { NOW, article, lexical } from './fixtures'

describe('lexicalHasText', () => {
  it('finds text in a paragraph', () => {
    expect(lexicalHasText(lexical('خبر عاجل'))).toBe(true)
  })

  it('accepts the JSON string form', () => {
    expect(lexicalHasText(JSON.stringify(lexical('نص')))).toBe(true)
    expect(lexicalHasText('{not json')).toBe(false)
  })

  it('finds text nested in lists, quotes and links', () => {
    const nested = {
      root: {
        children: [
          { type: 'paragraph', children: [] },
          {
            type: 'list',
            children: [{ type: 'listitem', children: [{ type: 'link', children: [{ type: 'text', text: 'مصدر' }] }] }],
          },
        ],
      },
    }
    expect(lexicalHasText(nested)).toBe(true)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a plain string', 'hello'],
    ['no root', {}],
    ['root without children', { root: {} }],
    ['empty root', { root: { children: [] } }],
    ['empty paragraph', { root: { children: [{ type: 'paragraph', children: [] }] } }],
    ['whitespace only', lexical(' \n\u00a0\t ')],
    ['non-string text', { root: { children: [{ type: 'text', text: 5 }] } }],
    ['children not an array', { root: { children: { text: 'x' } } }],
  ])('is false for %s', (_name, value) => {
    expect(lexicalHasText(value)).toBe(false)
  })

  it('does not recurse forever into deep trees', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'عميق' }
    for (let i = 0; i < 200; i += 1) node = { type: 'paragraph', children: [node] }
    expect(lexicalHasText({ root: { children: [node] } })).toBe(false)
  })
})

describe('resolvePublishedAt', () => {
  it('keeps an existing date, normalised to ISO', () => {
    expect(resolvePublishedAt({ publishedAt: '2024-05-01T09:00:00+03:00' }, NOW)).toBe('2024-05-01T06:00:00.000Z')
    expect(resolvePublishedAt({ publishedAt: new Date('2024-05-01T06:00:00Z') }, NOW)).toBe('2024-05-01T06:00:00.000Z')
  })

  it.each([undefined, null, '', 'not a date'])('falls back to now for %j', (publishedAt) => {
    expect(resolvePublishedAt({ publishedAt }, NOW)).toBe(NOW.toISOString())
  })

  it('throws when now is invalid and there is nothing to keep', () => {
    expect(() => resolvePublishedAt({}, 'nope')).toThrow(RangeError)
  })
})

describe('publishChecks', () => {
  const ready = { ...article('approved'), publishedAt: NOW.toISOString() }

  it('passes a complete article', () => {
    expect(publishChecks(ready)).toEqual([])
  })

  it('lists every missing field in a fixed order', () => {
    expect(publishChecks({}).map((p) => p.path)).toEqual(['section', 'body', 'featuredImage', 'slug', 'publishedAt'])
  })

  it.each([
    ['section', { section: null }],
    ['section', { section: { id: '' } }],
    ['body', { body: lexical('') }],
    ['body', { body: undefined }],
    ['featuredImage', { featuredImage: null }],
    ['featuredImage', { featuredImage: { id: 9, alt: '   ' } }],
    ['featuredImage', { featuredImage: 9 }],
    ['slug', { slug: '' }],
    ['slug', { slug: null }],
    ['publishedAt', { publishedAt: null }],
    ['publishedAt', { publishedAt: '31/02/2025' }],
  ] as const)('reports %s for %j', (path, patch) => {
    expect(publishChecks({ ...ready, ...patch }).map((p) => p.path)).toEqual([path])
  })

  it('tells a missing image from a missing alt text', () => {
    const [missing] = publishChecks({ ...ready, featuredImage: null })
    const [noAlt] = publishChecks({ ...ready, featuredImage: { id: 9, alt: '' } })
    expect(missing?.message.en).toBe('Add a featured image.')
    expect(noAlt?.message.en).toBe('The featured image needs alternative text.')
    expect(noAlt?.message.ar).toBe('يجب إضافة نص بديل للصورة الرئيسية.')
  })

  it('reads the alt text from the populated image or from featuredImageAlt', () => {
    expect(publishChecks({ ...ready, featuredImage: 9 }, 'صورة')).toEqual([])
    expect(publishChecks({ ...ready, featuredImage: '665f0c' }, ' ')).toHaveLength(1)
    expect(publishChecks({ ...ready, featuredImage: { id: 9, alt: null } }, 'بديل')).toEqual([])
    expect(publishChecks({ ...ready, featuredImage: { alt: 'بلا معرف' } })).toEqual([])
  })

  it('accepts a section given as a bare id', () => {
    expect(publishChecks({ ...ready, section: 11 })).toEqual([])
    expect(publishChecks({ ...ready, section: '665f0c' })).toEqual([])
  })
})
