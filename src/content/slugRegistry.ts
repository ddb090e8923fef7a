import type { CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import { ValidationError } from 'payload'

import { claimRequest, isUniqueViolation } from '../database/uniqueWrites'
import { SLUG_PATTERN } from '../text'
import { bilingualText, CONTENT_MESSAGES } from '../messages'

export type SlugRow = TypeWithID & {
  key: string
  collection: string
  slug: string
  document?: string | null
  current?: boolean | null
  published?: boolean | null
  updatedAt?: string
}

type Registry = { req: PayloadRequest; registry: CollectionSlug; collection: CollectionSlug }

/** A reservation nobody linked to a document within this time belongs to a save that failed. */
const ABANDONED_AFTER_MS = 60_000
const MAX_SUFFIX = 200

export const slugKey = (collection: string, slug: string): string => `${collection}:${slug}`

/**
 * `base`, `base-2`, `base-3`…, cut at a hyphen so the whole stays within `maxLength`.
 *
 * @example withSuffix('dar-al-hilal', 2, 80) // 'dar-al-hilal-2'
 */
export function withSuffix(base: string, n: number, maxLength: number): string {
  if (n <= 1) return base
  const suffix = `-${n}`
  let head = base
  if (head.length + suffix.length > maxLength) {
    head = head.slice(0, maxLength - suffix.length)
    const cut = head.lastIndexOf('-')
    head = cut > 0 ? head.slice(0, cut) : head
  }
  return `${head.replace(/-+$/, '')}${suffix}`
}

export async function findSlugRow({ req, registry, collection }: Registry, slug: string): Promise<SlugRow | null> {
  return (await req.payload.db.findOne<SlugRow>({
    collection: registry,
    where: { key: { equals: slugKey(collection, slug) } },
    req,
  })) as SlugRow | null
}

/**
 * Claims the first free slug among `base`, `base-2`, `base-3`… by inserting its key; the unique index
 * decides between concurrent saves, and the loser moves on to the next suffix. A key already held by
 * `documentId` (its own history) is taken back.
 */
export async function reserveSlug(
  target: Registry,
  base: string,
  { documentId, maxLength }: { documentId?: number | string; maxLength: number },
): Promise<string> {
  const { req, registry, collection } = target
  if (!SLUG_PATTERN.test(base)) {
    throw new ValidationError({ collection, errors: [{ path: 'slug', message: bilingualText(CONTENT_MESSAGES.slugInvalid()) }] })
  }
  // Committed on its own on PostgreSQL and MongoDB (see claimRequest): a reservation whose save later
  // failed is reclaimed after a minute.
  const writeReq = claimRequest(req)
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const slug = withSuffix(base, n, maxLength)
    const now = new Date().toISOString()
    try {
      await req.payload.db.create({
        collection: registry,
        data: {
          key: slugKey(collection, slug),
          collection,
          slug,
          document: documentId === undefined ? null : String(documentId),
          current: false,
          published: false,
          createdAt: now,
          updatedAt: now,
        },
        req: writeReq,
      })
      return slug
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const row = await findSlugRow(target, slug)
      if (!row) continue
      if (documentId !== undefined && row.document === String(documentId)) return slug
      const abandoned = !row.document && Date.now() - Date.parse(row.updatedAt ?? now) > ABANDONED_AFTER_MS
      if (abandoned) {
        await req.payload.db.deleteOne({ collection: registry, where: { id: { equals: row.id } }, req: writeReq })
        n -= 1
      }
    }
  }
  throw new ValidationError({ collection, errors: [{ path: 'slug', message: bilingualText(CONTENT_MESSAGES.slugExhausted(base)) }] })
}

/**
 * After the save: the slug's row points at the document and is current. The slug it replaced stays in
 * the history if readers have seen it (published), and is freed otherwise.
 */
export async function recordSlug(
  target: Registry,
  { slug, documentId, published, previous }: { slug: string; documentId: number | string; published: boolean; previous?: string },
): Promise<void> {
  const { req, registry, collection } = target
  const row = await findSlugRow(target, slug)
  const now = new Date().toISOString()
  if (row) {
    const data = { document: String(documentId), current: true, published: Boolean(row.published) || published, updatedAt: now }
    if (row.document !== data.document || !row.current || Boolean(row.published) !== data.published) {
      await req.payload.db.updateOne({ collection: registry, id: row.id, data, req })
    }
  } else {
    await req.payload.db.create({
      collection: registry,
      data: { key: slugKey(collection, slug), collection, slug, document: String(documentId), current: true, published, createdAt: now, updatedAt: now },
      req,
    })
  }
  if (previous && previous !== slug) {
    const old = await findSlugRow(target, previous)
    if (old && old.document === String(documentId)) {
      if (old.published) {
        await req.payload.db.updateOne({ collection: registry, id: old.id, data: { current: false, updatedAt: now }, req })
      } else {
        await req.payload.db.deleteOne({ collection: registry, where: { id: { equals: old.id } }, req })
      }
    }
  }
}
