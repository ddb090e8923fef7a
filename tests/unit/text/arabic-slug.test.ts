import { describe, expect, test } from 'vitest'
import { arabicSlug } from '../../../src/text/index'
import { evalRows } from './helpers'

const ARABIC_SLUG = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u
const RTL_EDGES = /^\p{Script=Arabic}.*\p{Script=Arabic}$|^\p{Script=Arabic}$/u

describe('arabicSlug', () => {
  test.each([
    ['words joined by hyphens', 'وزير الخارجية الصيني', 'وزير-الخارجية-الصيني'],
    ['punctuation dropped', 'مصر، السودان!', 'مصر-السودان'],
    ['harakat removed', 'مَدْرَسَةٌ جَدِيدَةٌ', 'مدرسة-جديدة'],
    ['tatweel removed', 'الســـلام', 'السلام'],
    ['presentation forms folded', 'ﺍﻟﺴﻼﻡ', 'السلام'],
    ['leading digits dropped (RTL start)', '2024 عام الانتخابات', 'عام-الانتخابات'],
    ['trailing Latin dropped (RTL end)', 'هاتف جديد iPhone', 'هاتف-جديد'],
    ['inner Latin and digits kept', 'إطلاق iPhone 15 في مصر', 'إطلاق-iphone-15-في-مصر'],
    ['attached digits split off the edge', 'كوفيد-19', 'كوفيد'],
    ['Arabic-Indic digits folded inside', 'عام ٢٠٢٤ الجديد', 'عام-2024-الجديد'],
    ['all Latin falls back to slugify', 'Hello World', 'hello-world'],
    ['digits only fall back to slugify', '2024', '2024'],
    ['bidi controls removed', '\u202Bمرحبا\u202C بكم', 'مرحبا-بكم'],
  ])('%s', (_title, input, expected) => {
    expect(arabicSlug(input)).toBe(expected)
  })

  test('cut at a word boundary and still RTL at both ends', () => {
    const slug = arabicSlug('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية', { maxLength: 30 })
    expect(slug.length).toBeLessThanOrEqual(30)
    expect(slug).toMatch(RTL_EDGES)
    expect(slug.endsWith('-')).toBe(false)
  })

  test('regression: hamza seats survive (إ was decomposed by accent stripping)', () => {
    expect(arabicSlug('إطلاق أول مؤتمر')).toBe('إطلاق-أول-مؤتمر')
    expect(arabicSlug('Café إطلاق')).toBe('إطلاق')
  })

  test('only punctuation falls back to a hash slug', () => {
    expect(arabicSlug('؟!')).toMatch(/^n-[0-9a-f]{6}$/)
  })

  test('every evaluation entry gives a well-formed slug with RTL edges', () => {
    const bad = evalRows()
      .map(([arabic]) => arabicSlug(arabic))
      .filter((slug) => !ARABIC_SLUG.test(slug) || !RTL_EDGES.test(slug))
    expect(bad).toEqual([])
  })

  test('is idempotent over the evaluation set', () => {
    const bad = evalRows()
      .map(([arabic]) => arabicSlug(arabic))
      .filter((slug) => arabicSlug(slug) !== slug)
    expect(bad).toEqual([])
  })

  test('percent-encodes to letters, digits and hyphens only', () => {
    const encoded = encodeURIComponent(arabicSlug('وزير الخارجية: «مصر» 2024!'))
    expect(encoded).toMatch(/^[A-Za-z0-9%-]+$/)
  })
})
