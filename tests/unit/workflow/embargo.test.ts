import { describe, expect, it } from 'vitest'
import { checkEmbargo, formatNewsroomTime, isEmbargoed } from '../../../src/workflow'
import { NOW, at } from './fixtures'

describe('checkEmbargo', () => {
  it.each([undefined, null, ''])('no embargo for %j', (embargoUntil) => {
    expect(checkEmbargo({ embargoUntil }, NOW)).toBeNull()
  })

  it('allows exactly at the embargo time and after it', () => {
    expect(checkEmbargo({ embargoUntil: NOW.toISOString() }, NOW)).toBeNull()
    expect(checkEmbargo({ embargoUntil: NOW }, at(1))).toBeNull()
  })

  it('blocks one millisecond before', () => {
    const until = new Date(NOW.getTime() + 1)
    expect(checkEmbargo({ embargoUntil: until }, NOW)).toMatchObject({
      status: 409,
      code: 'embargo',
      embargoUntil: until.toISOString(),
    })
    expect(isEmbargoed({ embargoUntil: until }, NOW)).toBe(true)
    expect(isEmbargoed({ embargoUntil: until }, until)).toBe(false)
  })

  it('names the time in Cairo by default, in both languages, with the zone', () => {
    const error = checkEmbargo({ embargoUntil: '2025-03-01T16:30:00Z' }, NOW)
    expect(error?.message.en).toBe('This article is under embargo until 1 March 2025 18:30 (Eastern European Standard Time).')
    // The same shape, the same 24-hour clock and digits in Arabic as in English.
    expect(error?.message.ar).toMatch(/^المقال محظور النشر حتى 1 مارس 2025 18:30 \(توقيت/)
  })

  it('writes Arabic-Indic digits when the newsroom chooses them', () => {
    const error = checkEmbargo({ embargoUntil: '2025-03-01T16:30:00Z' }, NOW, { timeZone: 'Africa/Cairo', digits: 'arabic-indic' })
    expect(error?.message.ar).toContain('١ مارس ٢٠٢٥ ١٨:٣٠')
    expect(error?.message.en).toContain('١ March ٢٠٢٥ ١٨:٣٠')
  })

  it('follows daylight saving time in Cairo', () => {
    expect(formatNewsroomTime(new Date('2025-07-01T08:30:00Z'), { timeZone: 'Africa/Cairo' }).en).toBe(
      '1 July 2025 11:30 (Eastern European Summer Time)',
    )
  })

  it('takes another newsroom time zone', () => {
    const error = checkEmbargo({ embargoUntil: '2025-03-01T16:30:00Z' }, NOW, 'Asia/Dubai')
    expect(error?.message.en).toContain('20:30')
    expect(error?.message.en).toContain('Gulf Standard Time')
  })

  it('words the message for scheduling', () => {
    const error = checkEmbargo({ embargoUntil: at(60) }, at(30), 'Africa/Cairo', 'schedule')
    expect(error?.code).toBe('embargo-schedule')
    expect(error?.message.en).toContain('before the embargo lifts at 1 March 2025 13:00')
  })

  it('an unparseable embargo blocks instead of being ignored', () => {
    expect(checkEmbargo({ embargoUntil: 'next week' }, NOW)).toMatchObject({ status: 409, code: 'embargo-invalid' })
  })
})
