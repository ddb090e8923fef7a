import type { DateInput } from './types'

/**
 * Parses a stored date. Returns `null` for missing values, empty strings and
 * anything that is not a valid date.
 */
export function toDate(value: DateInput | null | undefined | unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value === 'string') {
    if (value.trim() === '') return null
    const parsed = new Date(value)
    return Number.isNaN(parsed.getTime()) ? null : parsed
  }
  return null
}
