/**
 * Reading published articles for the frontend API through Payload, and turning them into public
 * articles. Drafts never leak: every query carries `_status: published` and runs with the reader's own
 * access (`overrideAccess: false`).
 */
import type { PayloadRequest, Where } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { PublicArticle } from './article'

import { authorIds, toPublicArticle } from './article'

type Doc = Record<string, unknown>

export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Articles are always read at depth 1: section, source and image populated; authors resolved apart. */
export const ARTICLE_DEPTH = 1

/** `where` and published. */
export const published = (where?: Where): Where => (where ? { and: [PUBLISHED, where] } : PUBLISHED)

/**
 * Public names of the staff members who wrote `docs`, read as trusted code but only the `name` field:
 * readers see who wrote a story, never an email.
 */
export async function authorNames(req: PayloadRequest, options: ResolvedNewsroomOptions, docs: readonly Doc[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  // Authors populated with their name alone (see `findPublished`) need no second query.
  for (const doc of docs) {
    for (const author of Array.isArray(doc.authors) ? doc.authors : []) {
      if (author && typeof author === 'object' && typeof author.name === 'string' && author.name.trim() !== '') {
        names.set(String(author.id), author.name.trim())
      }
    }
  }
  const populated = new Set(docs.flatMap((doc) => (Array.isArray(doc.authors) ? doc.authors : [])).filter((a) => a && typeof a === 'object').map((a) => String(a.id)))
  const ids = [...new Set(docs.flatMap((doc) => authorIds(doc)))].filter((id) => !populated.has(String(id)))
  if (ids.length === 0) return names
  const users = await req.payload.find({
    collection: options.slugs.users,
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const user of users.docs as Doc[]) {
    if (typeof user.name === 'string' && user.name.trim() !== '') names.set(String(user.id), user.name.trim())
  }
  return names
}

/** Public articles for documents read at depth 1. */
export async function toPublicArticles(req: PayloadRequest, options: ResolvedNewsroomOptions, docs: readonly Doc[]): Promise<PublicArticle[]> {
  const names = await authorNames(req, options, docs)
  return docs.map((doc) => toPublicArticle(doc, { frontend: options.frontend, timeZone: options.timezone, authorNames: names }))
}

/**
 * Finds published articles, newest first, populated for the public shape in one query: section, source
 * and image whole, staff members (authors) with their `name` alone. Runs as trusted code so the names can
 * be read; the `_status: published` condition is what keeps drafts out, and `toPublicArticle` keeps only
 * reader fields.
 */
export async function findPublished(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  { where, page = 1, limit, sort = '-publishedAt' }: { where?: Where; page?: number; limit: number; sort?: string },
) {
  return req.payload.find({
    collection: options.slugs.articles,
    where: published(where),
    sort,
    page,
    limit,
    depth: ARTICLE_DEPTH,
    populate: { [options.slugs.users]: { name: true } } as never,
    overrideAccess: true,
    locale: req.locale ?? undefined,
    req,
  })
}

/**
 * The last time anything in `where` changed, published or not: an unpublish or a deletion-free edit moves
 * it forward, so `If-Modified-Since` never answers 304 for a list that lost an article.
 */
export async function lastChange(req: PayloadRequest, options: ResolvedNewsroomOptions, where?: Where): Promise<string | null> {
  const result = await req.payload.find({
    collection: options.slugs.articles,
    ...(where ? { where } : {}),
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    req,
  })
  const doc = result.docs[0] as Doc | undefined
  return typeof doc?.updatedAt === 'string' ? doc.updatedAt : null
}

/** A section by its slug (sections are public reference data). */
export async function findSectionBySlug(req: PayloadRequest, options: ResolvedNewsroomOptions, slug: string): Promise<Doc | null> {
  const result = await req.payload.find({
    collection: options.slugs.sections,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, description: true, updatedAt: true },
    overrideAccess: false,
    locale: req.locale ?? undefined,
    req,
  })
  return (result.docs[0] as Doc | undefined) ?? null
}
