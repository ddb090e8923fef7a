import { TZDate } from '@date-fns/tz'

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * A schedule time as the newsroom enters it: an ISO-8601 instant (`2026-03-01T10:30:00Z`,
 * `…+02:00`), or a wall-clock time without offset (`2026-03-01T12:30`), read in the newsroom time zone.
 * The result is cut to the whole second, so that a job due at a minute fires at that minute's tick
 * rather than a tick later because of stored milliseconds. Returns `null` for anything else.
 *
 * @example
 * parseScheduleTime('2026-03-01T12:30', 'Africa/Cairo')?.toISOString() // '2026-03-01T10:30:00.000Z'
 */
export function parseScheduleTime(value: string, timeZone: string): Date | null {
  const text = value.trim()
  const local = LOCAL_TIME.exec(text)
  let date: Date | null = null
  if (local) {
    const [year, month, day, hour, minute, second] = local.slice(1).map((part) => (part === undefined ? 0 : Number(part)))
    const zoned = new TZDate(year!, month! - 1, day!, hour!, minute!, second!, timeZone)
    // Reject impossible calendar values that Date would roll over (31 February, 25:00…).
    if (zoned.getMonth() !== month! - 1 || zoned.getDate() !== day! || zoned.getMinutes() !== minute!) return null
    date = new Date(zoned.getTime())
  } else if (WITH_ZONE.test(text)) {
    date = new Date(text)
  }
  if (date === null || Number.isNaN(date.getTime())) return null
  return truncateToSecond(date)
}

/** The same instant without its milliseconds. */
export function truncateToSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}
