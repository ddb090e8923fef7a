import { describe, expect, test } from 'vitest'
import { searchKey } from '../../../src/text/index'

describe('searchKey', () => {
  test.each([
    ['hamza above folded', 'أحمد', 'احمد'],
    ['hamza below folded', 'إسلام', 'اسلام'],
    ['madda folded', 'آثار', 'اثار'],
    ['alef wasla folded', 'ٱلله', 'الله'],
    ['taa marbuta → heh', 'مدرسة', 'مدرسه'],
    ['alef maqsura → yeh', 'مستشفى', 'مستشفي'],
    ['hamza on waw → waw', 'مؤتمر', 'موتمر'],
    ['hamza on yeh → yeh', 'رئيس', 'رييس'],
    ['harakat removed', 'مَدْرَسَةٌ', 'مدرسه'],
    ['dagger alef removed', 'هٰذا', 'هذا'],
    ['Quranic marks (U+06D6–U+06ED) removed', 'الرَّحِيمِ\u06DD', 'الرحيم'],
    ['tatweel removed', 'مـــدرسة', 'مدرسه'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۲۰۲۴', '2024'],
    ['Latin lower-cased', 'COVID كوفيد', 'covid كوفيد'],
    ['whitespace collapsed', '  وزير   الخارجية ', 'وزير الخارجيه'],
    ['Persian yeh and keheh folded', 'پاکستانی', 'پاكستاني'],
  ])('%s', (_title, input, expected) => {
    expect(searchKey(input)).toBe(expected)
  })

  test.each([
    ['أحمد', 'احمد'],
    ['إيران', 'ايران'],
    ['مدرسة', 'مدرسه'],
    ['على', 'علي'],
    ['مُحَمَّد', 'محمد'],
  ])('searchKey(%s) === searchKey(%s)', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b))
  })
})
