import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { ArticleDocument } from '../src/notifications/types'

import { SKIP_NOTIFICATIONS } from '../src/notifications/context'
import { publicationEvent } from '../src/notifications/events'
import { liveStatusContextKey } from '../src/notifications/liveStatus'
import { enqueueNotifications } from '../src/notifications/outbox'

/**
 * Queues publish, unpublish and update-of-published notifications from what readers saw before and after
 * the save (see `captureLiveStatusBeforeChange`), whichever way the article was published: the admin's
 * Publish button, the workflow endpoint or a scheduled publish. A draft saved beside a live article is
 * not an event. The notifications are queued in the save's transaction and sent later by the worker.
 */
export const enqueuePublishNotificationsAfterChange =
  ({ collection }: { collection: CollectionSlug }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req, context }) => {
    if (context[SKIP_NOTIFICATIONS]) return doc
    const article = doc as ArticleDocument
    const key = liveStatusContextKey(collection, article.id)
    const remembered = context[key]
    delete context[key]

    const liveBefore =
      operation === 'create' ? null : typeof remembered === 'boolean' ? remembered : previousDoc?._status === 'published'
    let liveAfter = article._status === 'published'
    let wroteLiveDocument = liveAfter
    if (!liveAfter && liveBefore) {
      // A draft over a live article leaves the live row published; an unpublish turns it into a draft.
      const live = await req.payload.db.findOne<{ id: string | number; _status?: string }>({
        collection,
        where: { id: { equals: article.id } },
        select: { _status: true },
        req,
      })
      liveAfter = live?._status === 'published'
      wroteLiveDocument = !liveAfter
    }

    const event = publicationEvent({ liveBefore, liveAfter, wroteLiveDocument })
    if (event) await enqueueNotifications(req, { event, article, previousStatus: previousDoc?.workflowStatus ?? null })
    return doc
  }
