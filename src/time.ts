import { TZDate } from '@date-fns/tz'

/**
 * The UTC instant of a wall-clock time in an IANA time zone.
 *
 * @example
 * zonedTimeToUtc({ year: 2021, month: 7, day: 16, hour: 22, minute: 3 }, 'Africa/Cairo').toISOString()
 * // '2021-07-16T20:03:00.000Z'
 */
export function zonedTimeToUtc(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): Date {
  const zoned = new TZDate(local.year, local.month - 1, local.day, local.hour, local.minute, 0, timeZone)
  return new Date(zoned.getTime())
}
