import type { Access, Where } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { hasRole, toActor } from './index'
import { idOf } from '../workflow/ids'

/** The media field that names the uploader (set on create, never written through the API). */
export const UPLOADED_BY_FIELD = 'uploadedBy'

/**
 * Who may change (alt text, caption, the file itself) or delete an image: admins and the editor-in-chief
 * any image; any other staff member only images they uploaded, and only while no live article shows it
 * as its featured image — a change there would reach readers without review. Returned as a query, so it
 * holds for bulk updates and deletes too.
 */
export const mediaChangeAccess =
  (options: ResolvedNewsroomOptions): Access =>
  async ({ req }) => {
    const { users, articles } = options.slugs
    const actor = toActor(req.user, users)
    if (!actor || actor.roles.length === 0) return false
    if (hasRole(req.user, users, 'admin', 'editor-in-chief')) return true

    const own: Where = { [UPLOADED_BY_FIELD]: { equals: actor.id } }
    const live = await req.payload.find({
      collection: articles as never,
      where: { and: [{ _status: { equals: 'published' } }, { [`featuredImage.${UPLOADED_BY_FIELD}`]: { equals: actor.id } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { featuredImage: true } as never,
      req,
    })
    const inUse = live.docs
      .map((doc) => idOf((doc as { featuredImage?: never }).featuredImage))
      .filter((id): id is NonNullable<typeof id> => id !== null)
    return inUse.length > 0 ? { and: [own, { id: { not_in: inUse } }] } : own
  }
