import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { recordSlug } from '../src/content/slugRegistry'

type Args = {
  registry: CollectionSlug
  /** Collections with drafts freeze a slug once published; others are public from the start. */
  hasDrafts: boolean
}

/** Links the slug's history row to the saved document, and keeps or frees the slug it replaced. */
export const recordSlugAfterChange =
  ({ registry, hasDrafts }: Args): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const slug = typeof doc?.slug === 'string' ? doc.slug : ''
    if (!slug) return doc
    const previous = typeof previousDoc?.slug === 'string' && previousDoc.slug !== slug ? previousDoc.slug : undefined
    await recordSlug(
      { req, registry, collection: collection.slug },
      { slug, documentId: doc.id, published: hasDrafts ? doc._status === 'published' : true, previous },
    )
    return doc
  }
