import type { CollectionBeforeValidateHook } from 'payload'

import { placeholderSlug } from '../src/slugPlaceholder'

type Args = {
  /** The field whose text the slug is made from. */
  sourceField: string
}

/**
 * Fills an empty `slug` from the title field when a document is created or its slug is cleared.
 * An editor's own slug is kept as typed.
 */
export const generateSlugBeforeValidate =
  ({ sourceField }: Args): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data) return data
    const current = typeof data.slug === 'string' ? data.slug.trim() : ''
    if (current) return data
    const source: unknown = data[sourceField]
    if (typeof source !== 'string' || source.trim() === '') return data
    return { ...data, slug: placeholderSlug(source) }
  }
