/**
 * How newsroom staff read a point in time, everywhere the plugin writes one (the workflow's messages, the
 * article's timeline, the review queue): day, month name, year and 24-hour time in the newsroom's time
 * zone, in one digit style — the shape of the admin's own date fields (`ADMIN_DATE_FORMAT`), so a time
 * reads the same wherever it appears. Pure: only `Intl`.
 */
import type { Bilingual } from './types'

/** Latin digits (0–9, as most Arabic news sites print them) or Arabic-Indic digits (٠–٩). */
export type DigitStyle = 'latin' | 'arabic-indic'

export const DIGIT_STYLES: readonly DigitStyle[] = ['latin', 'arabic-indic']

/** The digit style when none is configured. */
export const DEFAULT_DIGIT_STYLE: DigitStyle = 'latin'

/**
 * The date-fns pattern of the admin's date fields and list cells, the same shape as `formatStaffTime`
 * («16 يوليو 2021 22:03», "16 July 2021 22:03"). Payload writes those with Latin digits.
 */
export const ADMIN_DATE_FORMAT = 'd MMMM yyyy HH:mm'

export type TimeStyle = {
  /** IANA time zone, e.g. `Africa/Cairo`. */
  timeZone: string
  /** @default 'latin' */
  digits?: DigitStyle
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: 'ar' | 'en', style: TimeStyle, zoneName: boolean): Intl.DateTimeFormat {
  const numbering = (style.digits ?? DEFAULT_DIGIT_STYLE) === 'arabic-indic' ? 'arab' : 'latn'
  const key = `${language}|${style.timeZone}|${numbering}|${zoneName}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(`${language === 'ar' ? 'ar-EG' : 'en-GB'}-u-nu-${numbering}`, {
      timeZone: style.timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(zoneName ? { timeZoneName: 'long' as const } : {}),
    })
    formatters.set(key, format)
  }
  return format
}

/**
 * `at` as staff read it in `language`: «16 يوليو 2021 22:03» / "16 July 2021 22:03" (in the style's zone
 * and digits), with the zone's name in brackets when `zoneName` is set. An invalid date gives `''`.
 *
 * @example formatStaffTime('2021-07-16T20:03:00Z', 'ar', { timeZone: 'Africa/Cairo' }) // '16 يوليو 2021 22:03'
 */
export function formatStaffTime(at: Date | string, language: 'ar' | 'en', style: TimeStyle, { zoneName = false } = {}): string {
  const date = at instanceof Date ? at : new Date(at)
  if (Number.isNaN(date.getTime())) return ''
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of formatter(language, style, zoneName).formatToParts(date)) parts[part.type] = part.value
  const text = `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`
  return zoneName && parts.timeZoneName ? `${text} (${parts.timeZoneName})` : text
}

/**
 * `at` in Arabic and English with the zone's name, for the workflow's messages
 * («1 مارس 2025 18:30 (توقيت شرق أوروبا الرسمي)» / "1 March 2025 18:30 (Eastern European Standard Time)").
 */
export function formatNewsroomTime(at: Date, style: TimeStyle): Bilingual {
  return {
    ar: formatStaffTime(at, 'ar', style, { zoneName: true }),
    en: formatStaffTime(at, 'en', style, { zoneName: true }),
  }
}
