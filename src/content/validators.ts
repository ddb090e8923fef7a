import type { DateFieldValidation, TextFieldSingleValidation } from 'payload'

import { validations } from 'payload'

import type { ResolvedValidationOptions } from './options'

import { foldDigits } from '../text'
import { bilingualText, CONTENT_MESSAGES } from '../messages'
import { titleProblem } from './titleRules'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Titles: Payload's own checks (required…), then length in grapheme clusters and, in the Arabic locale,
 * a majority of Arabic-script letters. The value is measured as it will be stored (normalised).
 */
export const validateTitle =
  (options: ResolvedValidationOptions, arabicLocale = 'ar'): TextFieldSingleValidation =>
  (value, args) => {
    const base = validations.text(value, args)
    if (base !== true) return base
    if (typeof value !== 'string' || value === '') return true
    const locale = args.req.locale
    const problem = titleProblem(value, options, locale === arabicLocale || locale === undefined || locale === null)
    return problem ? bilingualText(problem) : true
  }

/**
 * Publication time: a real date (Eastern digits accepted), no more than `maxFutureDays` ahead unless the
 * article is scheduled.
 */
export const validatePublishedAt =
  (options: ResolvedValidationOptions): DateFieldValidation =>
  (value, args) => {
    const base = validations.date(value, args)
    if (base !== true) return base
    const raw: unknown = value
    if (raw === null || raw === undefined || raw === '') return true
    const date = raw instanceof Date ? raw : new Date(foldDigits(String(raw)))
    if (Number.isNaN(date.getTime())) return bilingualText(CONTENT_MESSAGES.dateInvalid())
    const data = (args.data ?? {}) as { workflowStatus?: unknown; publishAt?: unknown }
    const scheduled = data.workflowStatus === 'scheduled' || Boolean(data.publishAt)
    if (!scheduled && date.getTime() - Date.now() > options.maxFutureDays * DAY_MS) {
      return bilingualText(CONTENT_MESSAGES.dateTooFar(options.maxFutureDays))
    }
    return true
  }
