import { toDate } from './dates'
import { formatMessage } from '../messages'
import type { MessageCode } from '../messages'
import { DEFAULT_TIME_ZONE } from './types'
import type { ArticleLike, Bilingual } from './types'

/** A refusal caused by an embargo. */
export interface EmbargoError {
  readonly status: 409
  readonly code: Extract<MessageCode, 'embargo' | 'embargo-schedule' | 'embargo-invalid'>
  readonly message: Bilingual
  /** The embargo end as an ISO string (absent when the stored value is invalid). */
  readonly embargoUntil?: string
}

const TIME_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'long',
}

/**
 * A point in time as newsroom staff read it, in Arabic (`ar-EG`, Arabic-Indic
 * digits) and English (`en-GB`), in the newsroom time zone, with the zone name
 * (e.g. «١ مارس ٢٠٢٥ في ١٠:٣٠ ص توقيت شرق أوروبا الرسمي» /
 * "1 March 2025 at 10:30 Eastern European Standard Time").
 */
export function formatNewsroomTime(at: Date, timeZone: string = DEFAULT_TIME_ZONE): Bilingual {
  return {
    ar: new Intl.DateTimeFormat('ar-EG', { ...TIME_FORMAT, timeZone }).format(at),
    en: new Intl.DateTimeFormat('en-GB', { ...TIME_FORMAT, timeZone }).format(at),
  }
}

/**
 * Whether the embargo allows the article to go live at `at`.
 *
 * Returns `null` when there is no embargo or `at` is at or after
 * `embargoUntil` (the boundary instant is allowed). Otherwise a 409 error whose
 * message names the embargo end in the newsroom time zone. An `embargoUntil`
 * that is set but not a valid date blocks publication (`embargo-invalid`):
 * an embargo is never silently ignored.
 *
 * `purpose: 'schedule'` words the message for choosing a publication time
 * before the embargo lifts (`embargo-schedule`).
 */
export function checkEmbargo(
  article: Pick<ArticleLike, 'embargoUntil'>,
  at: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  purpose: 'publish' | 'schedule' = 'publish',
): EmbargoError | null {
  const raw = article.embargoUntil
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null
  const until = toDate(raw)
  if (until === null) {
    return { status: 409, code: 'embargo-invalid', message: formatMessage('embargo-invalid') }
  }
  if (at.getTime() >= until.getTime()) return null
  const code = purpose === 'schedule' ? 'embargo-schedule' : 'embargo'
  return {
    status: 409,
    code,
    message: formatMessage(code, { time: formatNewsroomTime(until, timeZone) }),
    embargoUntil: until.toISOString(),
  }
}

/** `true` while the article is under embargo at `at` (see `checkEmbargo`). */
export function isEmbargoed(article: Pick<ArticleLike, 'embargoUntil'>, at: Date): boolean {
  return checkEmbargo(article, at) !== null
}
