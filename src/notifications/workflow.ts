import type { PayloadRequest } from 'payload'

import type { WorkflowAction } from '../workflow/transitions'
import type { ArticleDocument, NotificationEvent } from './types'

import { enqueueNotifications } from './outbox'

/**
 * The email event of each review action. Publishing, unpublishing, archiving a live article and a
 * scheduled publish change `_status`, so the articles hook queues those; they are not listed here.
 */
export const REVIEW_EVENTS: Readonly<Partial<Record<WorkflowAction, NotificationEvent>>> = {
  submit: 'submitted',
  approve: 'approved',
  'request-changes': 'changes-requested',
}

/**
 * Queues the notifications of a workflow transition, in the transition's transaction (pass its `req`).
 * Does nothing for actions without a review event, and never throws.
 *
 * @example
 * await notifyWorkflowAction(req, { action: decision.action, from: decision.from, article: doc, actor: user, comment: decision.comment })
 */
export async function notifyWorkflowAction(
  req: PayloadRequest,
  args: {
    action: WorkflowAction
    article: Record<string, unknown>
    from?: string | null
    /** Who acted (a user document); defaults to `req.user`, `null` for the system. */
    actor?: object | null
    comment?: string | null
  },
): Promise<{ queued: boolean }> {
  const event = REVIEW_EVENTS[args.action]
  if (!event) return { queued: false }
  return enqueueNotifications(req, {
    event,
    article: args.article as ArticleDocument,
    previousStatus: args.from ?? null,
    actor: args.actor === undefined ? req.user : args.actor,
    comment: args.comment ?? null,
  })
}
