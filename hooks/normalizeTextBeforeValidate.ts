import type { FieldHook } from 'payload'

import { foldDigits, normalizeArabic } from '../src/text'

/**
 * Stores text the way readers and search expect it: NFC, no tatweel, presentation forms folded,
 * bidi controls and stray zero-width characters removed (ZWNJ kept), whitespace collapsed.
 * Single-line fields also lose direction marks; multi-line fields keep their line breaks.
 */
export const normalizeTextBeforeValidate =
  ({ multiline = false }: { multiline?: boolean } = {}): FieldHook =>
  ({ value }) => {
    if (typeof value === 'string') return normalizeArabic(value, { multiline })
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? normalizeArabic(item) : item))
    return value
  }

/** Dates typed or sent with Arabic-Indic or Persian digits («٢٠٢١-٠٧-١٦») are read as ASCII digits. */
export const foldDateDigitsBeforeValidate: FieldHook = ({ value }) =>
  typeof value === 'string' ? foldDigits(value).trim() : value
