import { toDate } from './dates'
import { formatMessage } from '../messages'
import type { MessageCode } from '../messages'
import { DEFAULT_TIME_ZONE } from './types'
import { formatNewsroomTime } from './time'
import type { TimeStyle } from './time'
import type { ArticleLike, Bilingual } from './types'

/** A refusal caused by an embargo. */
export interface EmbargoError {
  readonly status: 409
  readonly code: Extract<MessageCode, 'embargo' | 'embargo-schedule' | 'embargo-invalid'>
  readonly message: Bilingual
  /** The embargo end as an ISO string (absent when the stored value is invalid). */
  readonly embargoUntil?: string
}

/**
 * Whether the embargo allows the article to go live at `at`.
 *
 * Returns `null` when there is no embargo or `at` is at or after
 * `embargoUntil` (the boundary instant is allowed). Otherwise a 409 error whose
 * message names the embargo end in the newsroom time zone (`time`: the zone, or the zone and digit style). An `embargoUntil`
 * that is set but not a valid date blocks publication (`embargo-invalid`):
 * an embargo is never silently ignored.
 *
 * `purpose: 'schedule'` words the message for choosing a publication time
 * before the embargo lifts (`embargo-schedule`).
 */
export function checkEmbargo(
  article: Pick<ArticleLike, 'embargoUntil'>,
  at: Date,
  time: string | TimeStyle = DEFAULT_TIME_ZONE,
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
    message: formatMessage(code, { time: formatNewsroomTime(until, typeof time === 'string' ? { timeZone: time } : time) }),
    embargoUntil: until.toISOString(),
  }
}

/** `true` while the article is under embargo at `at` (see `checkEmbargo`). */
export function isEmbargoed(article: Pick<ArticleLike, 'embargoUntil'>, at: Date): boolean {
  return checkEmbargo(article, at) !== null
}
