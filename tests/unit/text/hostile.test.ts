import { describe, expect, test } from 'vitest'
import {
  arabicScriptRatio,
  arabicSlug,
  BIDI_CONTROLS,
  foldDigits,
  graphemeLength,
  hasBidiControls,
  normalizeArabic,
  searchKey,
  slugify,
  transliterate,
} from '../../../src/text/index'
import { SLUG_REGEX } from './helpers'

const FUNCTIONS: ReadonlyArray<readonly [string, (x: string) => unknown]> = [
  ['slugify', (x) => slugify(x)],
  ['transliterate', (x) => transliterate(x)],
  ['normalizeArabic', (x) => normalizeArabic(x)],
  ['searchKey', (x) => searchKey(x)],
  ['foldDigits', (x) => foldDigits(x)],
  ['arabicSlug', (x) => arabicSlug(x)],
  ['graphemeLength', (x) => graphemeLength(x)],
  ['arabicScriptRatio', (x) => arabicScriptRatio(x)],
  ['hasBidiControls', (x) => hasBidiControls(x)],
]

describe('wrong input type', () => {
  test.each([
    ['number', 42, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['object', {}, 'object'],
    ['array', ['نص'], 'array'],
    ['boolean', true, 'boolean'],
  ])('%s throws a TypeError in every function', (_title, value, type) => {
    for (const [, fn] of FUNCTIONS) {
      expect(() => fn(value as unknown as string)).toThrow(new TypeError(`Expected a string, got ${type}`))
    }
  })
})

describe('hostile strings', () => {
  test.each([
    ['lone high surrogate', 'وزير\uD800الخارجية'],
    ['lone low surrogate', '\uDC00مصر'],
    ['reversed pair', '\uDC00\uD800'],
    ['only emoji', '😀👨‍👩‍👧🇪🇬'],
    ['only punctuation', '!!!…؟،؛'],
    ['every bidi control', BIDI_CONTROLS.join('')],
    ['only invisible characters', '\u200B\u200C\u200D\u2060\uFEFF\u180E'],
    ['combining marks alone', '\u064E\u064F\u0651'],
    ['null character', 'a\u0000b'],
    ['RTL override spoofing', 'invoice\u202Efdp.exe'],
  ])('%s does not crash and gives a valid slug', (_title, input) => {
    for (const [, fn] of FUNCTIONS) expect(() => fn(input)).not.toThrow()
    expect(slugify(input)).toMatch(SLUG_REGEX)
    expect(hasBidiControls(normalizeArabic(input))).toBe(false)
  })

  test('lone surrogates are stripped from normalised text', () => {
    expect(normalizeArabic('أ\uD800ب')).toBe('أب')
    expect(transliterate('\uD800')).toBe('')
  })

  test('every bidi control alone normalises to the empty string', () => {
    for (const c of BIDI_CONTROLS) expect(normalizeArabic(c)).toBe('')
  })

  test('100 kB of text is cut to maxLength', () => {
    const unit = 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية. '
    const big = unit.repeat(Math.ceil(100_000 / unit.length))
    expect(big.length).toBeGreaterThanOrEqual(100_000)
    const slug = slugify(big)
    const arabic = arabicSlug(big)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(SLUG_REGEX)
    expect(arabic.length).toBeLessThanOrEqual(80)
  })

  test('100 kB without spaces is cut hard and stays valid', () => {
    const slug = slugify('ب'.repeat(100_000))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(SLUG_REGEX)
  })
})
