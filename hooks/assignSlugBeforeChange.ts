import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import type { ResolvedSlugOptions } from '../src/content/options'

import { findSlugRow, reserveSlug } from '../src/content/slugRegistry'
import { slugify } from '../src/text'

type Args = {
  /** The slug-history collection. */
  registry: CollectionSlug
  /** The field the slug is made from (the title or the name). */
  sourceField: string
  slug: ResolvedSlugOptions
}

const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * Gives a document its slug: made from the title on create when left empty, or the editor's own slug
 * cleaned up; a `-2`, `-3` suffix when taken (decided by the unique index of the slug history, so two
 * simultaneous saves cannot both win). A published slug is frozen: clearing it keeps it, renaming it keeps
 * the old one in the history so links to it still resolve.
 */
export const assignSlugBeforeChange =
  ({ registry, sourceField, slug: options }: Args): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (!data) return data
    const target = { req, registry, collection: collection.slug }
    const current = asText(originalDoc?.slug) || null
    const typed: unknown = data.slug
    const make = (text: string) => (text ? slugify(text, { maxLength: options.maxLength, sunLetters: options.sunLetters }) : '')

    let desired = ''
    if (operation === 'create' || !current) {
      desired = make(asText(typed)) || make(asText(data[sourceField]) || asText(originalDoc?.[sourceField]))
    } else if (typed === undefined) {
      return data
    } else if (asText(typed)) {
      desired = make(asText(typed))
    } else {
      const frozen = Boolean((await findSlugRow(target, current))?.published)
      desired = frozen ? current : make(asText(data[sourceField]) || asText(originalDoc?.[sourceField]))
    }

    if (!desired) return data
    if (desired === current) return { ...data, slug: current }
    const slug = await reserveSlug(target, desired, { documentId: originalDoc?.id, maxLength: options.maxLength })
    return { ...data, slug }
  }
