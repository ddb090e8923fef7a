import type { Bilingual } from '../messages'
import type { ResolvedValidationOptions } from './options'

import { CONTENT_MESSAGES } from '../messages'
import { arabicScriptRatio, graphemeLength, normalizeArabic } from '../text'

/**
 * What is wrong with a title, measured as it will be stored (normalised), or `null` when it is fine:
 * length in grapheme clusters and, for an Arabic title, a majority of Arabic-script letters. An empty
 * title is the caller's business (required). Pure: the field's validation and the workflow's checks
 * at submit both use it.
 *
 * @example
 * titleProblem('عاجل', { titleLength: { min: 8, max: 160 }, arabicTitleRatio: 0.6, maxFutureDays: 365 }, true)
 * // → { ar: 'العنوان قصير جدًا: 4 من 8 أحرف على الأقل', en: 'The title is too short: 4 of at least 8 characters' }
 */
export function titleProblem(value: string, options: ResolvedValidationOptions, arabic: boolean): Bilingual | null {
  const stored = normalizeArabic(value)
  const length = graphemeLength(stored)
  const { min, max } = options.titleLength
  if (length < min) return CONTENT_MESSAGES.titleTooShort(min, length)
  if (length > max) return CONTENT_MESSAGES.titleTooLong(max, length)
  if (arabic && options.arabicTitleRatio > 0) {
    const ratio = arabicScriptRatio(stored)
    if (ratio < options.arabicTitleRatio) {
      return CONTENT_MESSAGES.titleNotArabic(Math.round(ratio * 100), Math.round(options.arabicTitleRatio * 100))
    }
  }
  return null
}
