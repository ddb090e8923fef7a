import type { CollectionBeforeChangeHook } from 'payload'

import { arabicSlug } from '../src/text'

/** With the `slug.arabicSlug` option: an Arabic slug for Arabic-language URLs, made from the title when empty. */
export const assignArabicSlugBeforeChange =
  ({ sourceField }: { sourceField: string }): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    if (!data) return data
    const typed = typeof data.slugAr === 'string' ? data.slugAr.trim() : ''
    const existing = typeof originalDoc?.slugAr === 'string' ? originalDoc.slugAr : ''
    const source: unknown = data[sourceField] ?? originalDoc?.[sourceField]
    if (typed) return { ...data, slugAr: arabicSlug(typed) }
    if (existing) return data
    return typeof source === 'string' && source.trim() ? { ...data, slugAr: arabicSlug(source) } : data
  }
