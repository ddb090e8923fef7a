import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { liveStatusContextKey } from '../src/notifications/liveStatus'

/**
 * Remembers whether readers could see the article before this save. Payload hands hooks the latest
 * version as `originalDoc`, which may be a draft saved over a live article, so the live row is read
 * directly (one indexed read, in the save's transaction).
 */
export const captureLiveStatusBeforeChange =
  ({ collection }: { collection: CollectionSlug }): CollectionBeforeChangeHook =>
  async ({ operation, originalDoc, req, context }) => {
    const id: unknown = originalDoc?.id
    if (operation !== 'update' || (typeof id !== 'string' && typeof id !== 'number')) return
    const live = await req.payload.db.findOne<{ id: string | number; _status?: string }>({
      collection,
      where: { id: { equals: id } },
      select: { _status: true },
      req,
    })
    context[liveStatusContextKey(collection, id)] = live?._status === 'published'
  }
