import type { CollectionSlug, Payload, Where } from 'payload'

import type { Id } from '../workflow/ids'

import { idOf, isStaff, reviewScope, rolesOf } from '../workflow'
import type { UserActor } from '../workflow'

/** The slugs the review queue reads (passed to the admin components as server props). */
export type ReviewQueueSlugs = { articles: CollectionSlug; sections: CollectionSlug; users: CollectionSlug }

export type ReviewQueueItem = {
  id: Id
  title: string
  section: string | null
  updatedAt: string | null
  /** For an article sent back to its author: the reviewer's request. */
  comment?: string | null
}

function asActor(user: unknown): UserActor | null {
  if (!user || typeof user !== 'object') return null
  const { id, roles, sections } = user as { id?: Id; roles?: unknown; sections?: unknown }
  if (id === undefined) return null
  return {
    id,
    roles: Array.isArray(roles) ? rolesOf({ id, roles: roles as UserActor['roles'] }) : [],
    sections: Array.isArray(sections) ? (sections as UserActor['sections']) : [],
  }
}

/**
 * The sections whose articles await this user's review: every section for the editor-in-chief and
 * admins (`'all'`), otherwise the user's own sections (reviewers and section editors) plus the sections
 * that list the user among their reviewers. `[]` when the user reviews nothing.
 */
export async function reviewSectionsOf(payload: Payload, user: unknown, slugs: ReviewQueueSlugs): Promise<'all' | Id[]> {
  const actor = asActor(user)
  if (!isStaff(actor)) return []
  const scope = reviewScope(actor)
  if (scope === 'all') return 'all'
  const listed = await payload.find({
    collection: slugs.sections as never,
    where: { reviewers: { in: [actor.id] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return [...new Set([...scope, ...listed.docs.map((doc) => (doc as unknown as { id: Id }).id)])]
}

/**
 * The articles in review in the user's sections, oldest change first (the latest version of each);
 * `reviews` is `false` for a user who reviews no section at all (a writer).
 */
export async function findReviewQueue(
  payload: Payload,
  user: unknown,
  slugs: ReviewQueueSlugs,
  { limit = 50, locale }: { limit?: number; locale?: string } = {},
): Promise<{ items: ReviewQueueItem[]; total: number; reviews: boolean }> {
  const sections = await reviewSectionsOf(payload, user, slugs)
  if (sections !== 'all' && sections.length === 0) return { items: [], total: 0, reviews: false }
  const where: Where =
    sections === 'all'
      ? { workflowStatus: { equals: 'in_review' } }
      : { and: [{ workflowStatus: { equals: 'in_review' } }, { section: { in: sections } }] }
  const result = await payload.find({
    collection: slugs.articles as never,
    where,
    draft: true,
    depth: 1,
    limit,
    sort: 'updatedAt',
    overrideAccess: true,
    ...(locale ? { locale: locale as never } : {}),
  })
  return {
    reviews: true,
    total: result.totalDocs,
    items: result.docs.map((doc) => toItem(doc)),
  }
}

/**
 * The user's own articles (listed among the authors, or created by the user) that a reviewer sent back
 * with changes requested, most recent first, each with the reviewer's latest request.
 */
export async function findChangesRequested(
  payload: Payload,
  user: unknown,
  slugs: ReviewQueueSlugs & { workflowEvents: CollectionSlug },
  { limit = 10, locale }: { limit?: number; locale?: string } = {},
): Promise<{ items: ReviewQueueItem[]; total: number }> {
  const actor = asActor(user)
  if (!isStaff(actor)) return { items: [], total: 0 }
  const mine: Where = { or: [{ authors: { in: [actor.id] } }, { createdBy: { equals: actor.id } }] }
  const result = await payload.find({
    collection: slugs.articles as never,
    where: { and: [{ workflowStatus: { equals: 'changes_requested' } }, mine] },
    draft: true,
    depth: 1,
    limit,
    sort: '-updatedAt',
    overrideAccess: true,
    ...(locale ? { locale: locale as never } : {}),
  })
  const items = result.docs.map((doc) => toItem(doc))
  if (items.length > 0) {
    const requests = await payload.find({
      collection: slugs.workflowEvents as never,
      where: { and: [{ article: { in: items.map((item) => item.id) } }, { action: { equals: 'request-changes' } }] },
      sort: '-at',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const item of items) {
      const latest = requests.docs.find((event) => String(idOf((event as { article?: unknown }).article as never)) === String(item.id))
      const comment = (latest as { comment?: unknown } | undefined)?.comment
      item.comment = typeof comment === 'string' && comment !== '' ? comment : null
    }
  }
  return { total: result.totalDocs, items }
}

function toItem(doc: unknown): ReviewQueueItem {
  const article = doc as { id: Id; title?: unknown; section?: unknown; updatedAt?: unknown }
  const section = article.section as { name?: unknown } | null | undefined
  return {
    id: article.id,
    title: typeof article.title === 'string' && article.title !== '' ? article.title : `#${article.id}`,
    section: section && typeof section.name === 'string' ? section.name : null,
    updatedAt: typeof article.updatedAt === 'string' ? article.updatedAt : null,
  }
}
