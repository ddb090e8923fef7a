import { describe, expect, test } from 'vitest'
import { BIDI_CONTROLS, foldDigits, hasBidiControls, normalizeArabic } from '../../../src/text/index'

describe('normalizeArabic', () => {
  test.each([
    ['tatweel removed', 'الســـلام', 'السلام'],
    ['harakat kept', 'مَدْرَسَةٌ', 'مَدْرَسَةٌ'],
    ['lam-alef ligature ﻻ folded', 'ﻻ', 'لا'],
    ['lam-alef with hamza ﻷ folded', 'ﻷ', 'لأ'],
    ['presentation forms folded', 'ﺍﻟﺴﻼﻡ', 'السلام'],
    ['isolated fatha form keeps the mark without a space', 'ب\uFE76', 'بَ'],
    ['RLE/PDF removed', '\u202Bمرحبا\u202C', 'مرحبا'],
    ['RLO override removed', 'abc\u202Eفاتورة', 'abcفاتورة'],
    ['isolates removed', '\u2067نص\u2069', 'نص'],
    ['RLM removed in single-line mode', 'مرحبا\u200F', 'مرحبا'],
    ['LRM removed in single-line mode', '\u200Eabc', 'abc'],
    ['ALM removed in single-line mode', '\u061Cنص', 'نص'],
    ['ZWSP removed', 'نص\u200Bآخر', 'نصآخر'],
    ['ZWJ removed', 'a\u200Db', 'ab'],
    ['word joiner removed', 'a\u2060b', 'ab'],
    ['BOM removed', '\uFEFFنص', 'نص'],
    ['Mongolian vowel separator removed', 'a\u180Eb', 'ab'],
    ['ZWNJ kept inside a word', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['whitespace collapsed and trimmed', '  وزير \t\n الخارجية  ', 'وزير الخارجية'],
    ['NBSP collapsed', 'a\u00A0\u00A0b', 'a b'],
    ['NFC composition', 'e\u0301', 'é'],
    ['only invisible characters → empty', '\u200B\u200F\u202E\uFEFF\u200C ', ''],
    ['empty stays empty', '', ''],
  ])('%s', (_title, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected)
  })

  test.each([
    ['keeps line breaks', 'سطر  أول\nسطر   ثان', 'سطر أول\nسطر ثان'],
    ['at most one blank line', 'أ\n\n\n\nب', 'أ\n\nب'],
    ['CRLF becomes LF', 'أ\r\nب', 'أ\nب'],
    ['keeps RLM in multiline mode', 'نص\u200F', 'نص\u200F'],
    ['still removes overrides', '\u202Eنص', 'نص'],
    ['trims each line', '  أ  \n  ب  ', 'أ\nب'],
  ])('multiline: %s', (_title, input, expected) => {
    expect(normalizeArabic(input, { multiline: true })).toBe(expected)
  })

  test('is idempotent', () => {
    const samples = ['  الســـلام\u200F عليكم ﻻ ', 'ﺍﻟﺴﻼﻡ\u202E', 'أ\n\n\nب']
    for (const s of samples) expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s))
  })
})

describe('foldDigits', () => {
  test.each([
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['decimal separator', '٣٫٥', '3.5'],
    ['thousands separator', '١٬٠٠٠', '1,000'],
    ['other text untouched', 'عام ٢٠٢٤ AD', 'عام 2024 AD'],
  ])('%s', (_title, input, expected) => {
    expect(foldDigits(input)).toBe(expected)
  })
})

describe('bidi controls', () => {
  test('BIDI_CONTROLS lists the 12 formatting characters', () => {
    expect(BIDI_CONTROLS).toHaveLength(12)
    expect(new Set(BIDI_CONTROLS).size).toBe(12)
  })
  test.each(BIDI_CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))('hasBidiControls finds %s', (_name, c) => {
    expect(hasBidiControls(`نص${c}نص`)).toBe(true)
  })
  test.each(BIDI_CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))('normalizeArabic removes %s', (_name, c) => {
    expect(hasBidiControls(normalizeArabic(`نص${c}نص`))).toBe(false)
  })
  test('plain text has none', () => {
    expect(hasBidiControls('مرحبا hello')).toBe(false)
  })
})
