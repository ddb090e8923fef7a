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

describe('normalizeArabic: text already in normal form', () => {
  test.each([
    ['an Arabic headline', 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء'],
    ['one mark per letter', 'مَدْرَسَةٌ'],
    ['Latin with accents and punctuation', 'Café Société – «نص»، ١٥٪'],
  ])('%s comes back unchanged', (_title, input) => {
    expect(normalizeArabic(input)).toBe(input)
  })

  test.each([
    ['a hamza mark after alef is composed (ا + ٔ → أ)', 'ا\u0654', 'أ'],
    ['shadda before fatha is put in canonical order', 'ب\u0651\u064E', 'ب\u064E\u0651'],
    ['a double space is collapsed', 'أ  ب', 'أ ب'],
    ['an edge space is trimmed', 'أ ب ', 'أ ب'],
  ])('regression: %s', (_title, input, expected) => {
    expect(normalizeArabic(input)).toBe(expected)
  })

  test('the result is NFC for every pair of Arabic marks on a letter', () => {
    const marks: string[] = []
    for (let code = 0x0610; code <= 0x06ed; code += 1) {
      const mark = String.fromCharCode(code)
      if (/\p{M}/u.test(mark)) marks.push(mark)
    }
    const bad: string[] = []
    for (const first of marks) {
      for (const second of marks) {
        const out = normalizeArabic(`ب${first}${second}`)
        if (out.normalize('NFC') !== out) bad.push(`U+${first.charCodeAt(0).toString(16)} U+${second.charCodeAt(0).toString(16)}`)
      }
    }
    expect(bad).toEqual([])
  })

  test('the result is NFC and normalises to itself next to every BMP code unit', () => {
    const bad: string[] = []
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const out = normalizeArabic(`ب${String.fromCharCode(code)}ا`)
      if (out.normalize('NFC') !== out || normalizeArabic(out) !== out) bad.push(`U+${code.toString(16)}`)
    }
    expect(bad).toEqual([])
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
