import { describe, expect, test } from 'vitest'
import { fallbackSlug, slugify, SLUG_PATTERN } from '../../../src/text/index'
import { LEXICON } from '../../../src/text/tables/lexicon'
import { evalRows, SLUG_REGEX } from './helpers'

describe('slugify', () => {
  test.each([
    ['Arabic headline', 'الحكومة الجديدة', 'al-hukuma-al-jadida'],
    ['mixed Arabic and Latin', 'iPhone ١٥ الجديد', 'iphone-15-al-jadid'],
    ['Latin with diacritics', 'Café Société', 'cafe-societe'],
    ['Latin special letters', 'Straße Øresund', 'strasse-oresund'],
    ['apostrophes dropped, not hyphenated', "don't stop", 'dont-stop'],
    ['punctuation becomes one hyphen', 'مصر!! ... السودان؟', 'egypt-sudan'],
    ['Arabic-Indic digits', 'عام ٢٠٢٤', 'am-2024'],
    ['a slug stays as it is', 'wazir-al-kharijiya', 'wazir-al-kharijiya'],
    ['upper case lowered', 'COVID-19', 'covid-19'],
  ])('%s', (_title, input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  test('default maxLength is 80 and the cut falls between words', () => {
    const title = 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية'
    const slug = slugify(title)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toBe('wazir-al-kharijiya-al-sini-yadu-ila-muwasalat-al-irtiqa-bil-alaqat-al-siniya')
  })

  test.each([10, 20, 33, 50])('maxLength %i is respected and the slug stays valid', (max) => {
    const slug = slugify('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية', { maxLength: max })
    expect(slug.length).toBeLessThanOrEqual(max)
    expect(slug).toMatch(SLUG_REGEX)
  })

  test('regression: the cut never leaves a dangling article (…-al)', () => {
    const slug = slugify('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية')
    expect(slug.endsWith('-al')).toBe(false)
  })

  test.each([
    ['Latin text with Arabic-Indic digits', 'Café ١٥ Société Générale', 12, 'cafe-15'],
    ['digits inside a Latin word count towards its length', 'abc١٥def ghi', 5, 'abc15'],
    ['a whole Latin word that fits', 'Covid ١٩ vaccine', 8, 'covid-19'],
  ])('text without Arabic letters: %s', (_title, input, max, expected) => {
    expect(slugify(input, { maxLength: max })).toBe(expected)
  })

  test('a single word longer than maxLength is cut hard', () => {
    expect(slugify('a'.repeat(200), { maxLength: 12 })).toBe('a'.repeat(12))
  })

  test.each([0, -1, 1.5, Number.NaN])('maxLength %s is rejected', (max) => {
    expect(() => slugify('x', { maxLength: max })).toThrow(RangeError)
  })

  test.each([
    ['only punctuation', '!!!؟؟'],
    ['only emoji', '😀🎉'],
    ['only spaces', '   '],
    ['only invisible characters', '\u200B\u200F'],
    ['Chinese', '北京'],
  ])('fallback for %s is a short hash slug', (_title, input) => {
    const slug = slugify(input)
    expect(slug).toMatch(/^n-[0-9a-f]{6}$/)
    expect(slug).toMatch(SLUG_REGEX)
    expect(slugify(input)).toBe(slug)
  })

  test('fallbackSlug is deterministic and differs by input', () => {
    expect(fallbackSlug('!!!')).toBe(fallbackSlug('!!!'))
    expect(fallbackSlug('!!!')).not.toBe(fallbackSlug('???'))
  })

  test('empty input gives an empty slug', () => {
    expect(slugify('')).toBe('')
  })

  test('SLUG_PATTERN is the documented regex', () => {
    expect(SLUG_PATTERN.source).toBe(SLUG_REGEX.source)
  })
})

describe('properties over the evaluation set and the lexicon', () => {
  const evalInputs = evalRows().map(([arabic]) => arabic)
  const holdoutInputs = evalRows('holdout.tsv').map(([arabic]) => arabic)
  const lexiconKeys = [...LEXICON.keys()]
  const all = [...evalInputs, ...holdoutInputs, ...lexiconKeys]

  test('every slug matches the regex and is non-empty', () => {
    const bad = all.filter((x) => !SLUG_REGEX.test(slugify(x)))
    expect(bad).toEqual([])
  })

  test('slugify is idempotent', () => {
    const bad = all.filter((x) => slugify(slugify(x)) !== slugify(x))
    expect(bad).toEqual([])
  })

  test('slugify is idempotent with a short maxLength', () => {
    const bad = all.filter((x) => {
      const s = slugify(x, { maxLength: 16 })
      return slugify(s, { maxLength: 16 }) !== s
    })
    expect(bad).toEqual([])
  })

  test('slugify is deterministic', () => {
    for (const x of evalInputs.slice(0, 50)) expect(slugify(x)).toBe(slugify(x))
  })

  test('every lexicon entry slugs to its own value', () => {
    const bad = [...LEXICON].filter(([key, value]) => slugify(key) !== value).map(([key, value]) => `${key} → ${slugify(key)} (want ${value})`)
    expect(bad).toEqual([])
  })
})
