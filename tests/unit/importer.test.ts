import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { paragraphsToLexical } from '../../src/importer/lexical'
import { parsePlainTextArticle, PlainTextArticleError } from '../../src/importer/plainText'
import { zonedTimeToUtc } from '../../src/time'

const seed = readFileSync(path.resolve('dev/demo/dar-al-hilal-2021-07-16.txt'), 'utf8')

describe('parsePlainTextArticle', () => {
  test('reads the seed article', () => {
    const article = parsePlainTextArticle(seed)
    expect(article.dateLine).toBe('الأربعاء 25 سبتمبر 2024')
    expect(article.title).toBe('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية')
    expect(article.kicker).toBe('الصين وروسيا')
    expect(article.section).toBe('عرب وعالم')
    expect(article.published).toEqual({ year: 2021, month: 7, day: 16, hour: 22, minute: 3 })
    expect(article.source).toBe('دار الهلال')
    expect(article.paragraphs).toHaveLength(10)
    expect(article.paragraphs[0]).toMatch(/^قال عضو مجلس الدولة/)
  })

  test.each([
    ['Eastern Arabic digits', 'اقتصاد١٦-٧-٢٠٢١ | ٢٢:٠٣', { section: 'اقتصاد', day: 16, hour: 22 }],
    ['a space before the date', 'رياضة 3-1-2024 | 09:30', { section: 'رياضة', day: 3, hour: 9 }],
    ['Windows line endings', 'ثقافة1-12-2023 | 00:00', { section: 'ثقافة', day: 1, hour: 0 }],
  ])('section line with %s', (_title, line, expected) => {
    const text = ['سطر التاريخ', 'العنوان', 'السطر التمهيدي', line, 'المصدر', 'فقرة أولى'].join('\r\n\r\n')
    const article = parsePlainTextArticle(text)
    expect(article.section).toBe(expected.section)
    expect(article.published.day).toBe(expected.day)
    expect(article.published.hour).toBe(expected.hour)
  })

  test.each([
    ['too few blocks', 'عنوان فقط', /needs a date line/],
    ['no paragraphs', 'أ\n\nب\n\nج\n\nعرب وعالم16-7-2021 | 22:03\n\nمصدر', /no paragraphs/],
    ['a section line without a time', 'أ\n\nب\n\nج\n\nعرب وعالم\n\nمصدر\n\nنص', /section line/],
    ['an impossible month', 'أ\n\nب\n\nج\n\nعرب16-13-2021 | 22:03\n\nمصدر\n\nنص', /not a real date/],
    ['an impossible hour', 'أ\n\nب\n\nج\n\nعرب16-7-2021 | 25:03\n\nمصدر\n\nنص', /not a real time/],
  ])('refuses %s with a clear error', (_title, text, message) => {
    expect(() => parsePlainTextArticle(text)).toThrow(PlainTextArticleError)
    expect(() => parsePlainTextArticle(text)).toThrow(message)
  })

  test('refuses a non-string', () => {
    expect(() => parsePlainTextArticle(42 as unknown as string)).toThrow(new TypeError('Expected a string, got number'))
  })
})

describe('zonedTimeToUtc', () => {
  test.each([
    ['Cairo, summer 2021 (no daylight saving then)', 'Africa/Cairo', { year: 2021, month: 7, day: 16, hour: 22, minute: 3 }, '2021-07-16T20:03:00.000Z'],
    ['Cairo, summer 2024 (daylight saving again)', 'Africa/Cairo', { year: 2024, month: 7, day: 16, hour: 22, minute: 3 }, '2024-07-16T19:03:00.000Z'],
    ['Riyadh', 'Asia/Riyadh', { year: 2024, month: 1, day: 1, hour: 0, minute: 0 }, '2023-12-31T21:00:00.000Z'],
    ['UTC', 'UTC', { year: 2024, month: 2, day: 29, hour: 12, minute: 30 }, '2024-02-29T12:30:00.000Z'],
  ])('%s', (_title, zone, local, iso) => {
    expect(zonedTimeToUtc(local, zone).toISOString()).toBe(iso)
  })
})

describe('paragraphsToLexical', () => {
  test('one right-to-left paragraph node per paragraph, text untouched', () => {
    const doc = paragraphsToLexical(['الفقرة الأولى', 'الثانية'])
    expect(doc.root.direction).toBe('rtl')
    expect(doc.root.children.map((node) => node.children[0]?.text)).toEqual(['الفقرة الأولى', 'الثانية'])
  })
})
