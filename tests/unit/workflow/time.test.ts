import { describe, expect, test } from 'vitest'

import { ADMIN_DATE_FORMAT, formatStaffTime } from '../../../src/workflow'

const CAIRO = { timeZone: 'Africa/Cairo' }

describe('formatStaffTime: one shape for every time staff read', () => {
  test.each([
    ['ar', CAIRO, '16 يوليو 2021 22:03'],
    ['en', CAIRO, '16 July 2021 22:03'],
    ['ar', { timeZone: 'Africa/Cairo', digits: 'arabic-indic' as const }, '١٦ يوليو ٢٠٢١ ٢٢:٠٣'],
    ['en', { timeZone: 'Asia/Dubai' }, '17 July 2021 00:03'],
    ['ar', { timeZone: 'UTC' }, '16 يوليو 2021 20:03'],
  ] as const)('%s in %j', (language, style, expected) => {
    expect(formatStaffTime('2021-07-16T20:03:00.000Z', language, style)).toBe(expected)
  })

  test('midnight is 00, not 24, and hours are two digits', () => {
    expect(formatStaffTime('2021-07-16T22:05:00.000Z', 'en', CAIRO)).toBe('17 July 2021 00:05')
    expect(formatStaffTime('2021-01-16T22:00:00.000Z', 'en', CAIRO)).toBe('17 January 2021 00:00')
  })

  test('with the zone name, in brackets', () => {
    expect(formatStaffTime('2021-01-16T10:00:00.000Z', 'en', CAIRO, { zoneName: true })).toBe('16 January 2021 12:00 (Eastern European Standard Time)')
  })

  test('an invalid date gives an empty string, not "Invalid Date"', () => {
    expect(formatStaffTime('garbage', 'ar', CAIRO)).toBe('')
  })

  test("the admin's date fields use the same shape (day, month name, year, 24-hour time)", () => {
    expect(ADMIN_DATE_FORMAT).toBe('d MMMM yyyy HH:mm')
  })
})
