/**
 * Display datelines in the newsroom's time zone, Gregorian and Hijri (Umm al-Qura), in Arabic with
 * Western digits, as Egyptian and Gulf papers print them. Pure: only `Intl`.
 */

export type Dateline = {
  /** «الجمعة 16 يوليو 2021 — 6 ذو الحجة 1442 هـ، 22:03» */
  text: string
  /** «الجمعة 16 يوليو 2021» */
  gregorian: string
  /** «6 ذو الحجة 1442 هـ» */
  hijri: string
  /** «22:03» */
  time: string
  /** The instant in ISO 8601 (UTC). */
  iso: string
  /** The IANA zone the dateline is written in. */
  timeZone: string
}

type Formatters = { gregorian: Intl.DateTimeFormat; hijri: Intl.DateTimeFormat; time: Intl.DateTimeFormat }

const cache = new Map<string, Formatters>()

function formattersFor(timeZone: string): Formatters {
  let formatters = cache.get(timeZone)
  if (!formatters) {
    formatters = {
      gregorian: new Intl.DateTimeFormat('ar-EG-u-nu-latn', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      hijri: new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    }
    cache.set(timeZone, formatters)
  }
  return formatters
}

/** The named parts of a formatted date, joined by spaces in the order given (ICU's own commas dropped). */
function joinParts(format: Intl.DateTimeFormat, date: Date, order: readonly Intl.DateTimeFormatPartTypes[]): string {
  const parts = format.formatToParts(date)
  return order
    .map((type) => parts.find((part) => part.type === type)?.value)
    .filter((value): value is string => Boolean(value))
    .join(' ')
}

/**
 * The dateline of an instant in `timeZone`.
 *
 * @example
 * formatDateline('2021-07-16T20:03:00Z', 'Africa/Cairo').text
 * // → 'الجمعة 16 يوليو 2021 — 6 ذو الحجة 1442 هـ، 22:03'
 */
export function formatDateline(input: string | Date, timeZone: string): Dateline {
  const date = input instanceof Date ? input : new Date(input)
  if (Number.isNaN(date.getTime())) throw new TypeError(`Expected a date, got ${String(input)}`)
  const formatters = formattersFor(timeZone)
  const gregorian = joinParts(formatters.gregorian, date, ['weekday', 'day', 'month', 'year'])
  const hijri = joinParts(formatters.hijri, date, ['day', 'month', 'year', 'era'])
  const time = formatters.time.format(date)
  return { text: `${gregorian} — ${hijri}، ${time}`, gregorian, hijri, time, iso: date.toISOString(), timeZone }
}
