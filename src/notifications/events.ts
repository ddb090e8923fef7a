import type { Audience, NotificationEvent, WebhookEvent } from './types'

export const NOTIFICATION_EVENTS: readonly NotificationEvent[] = [
  'submitted',
  'changes-requested',
  'approved',
  'published',
  'unpublished',
  'updated',
]

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['published', 'unpublished', 'updated']

/** Who hears about each event by default. */
export const DEFAULT_AUDIENCES: Readonly<Record<NotificationEvent, readonly Audience[]>> = {
  submitted: ['reviewers'],
  'changes-requested': ['authors'],
  approved: ['authors'],
  published: ['authors', 'reviewers', 'subscribers'],
  unpublished: ['authors', 'editors'],
  updated: [],
}

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(value)
}

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)
}

/** Whether readers could see the article before and after a save. */
export type LiveChange = {
  /** `null` when the article did not exist before (a create). */
  liveBefore: boolean | null
  liveAfter: boolean
  /** `true` when the save wrote the live document (not a draft saved beside it). */
  wroteLiveDocument: boolean
}

/**
 * The publication event a save amounts to, from what readers saw before and after it.
 * A publish is a transition to live; an unpublish a transition away from it; saving a live article
 * again is an update. A draft saved beside a live article changes nothing readers see: no event.
 *
 * @example
 * publicationEvent({ liveBefore: false, liveAfter: true, wroteLiveDocument: true }) // 'published'
 * publicationEvent({ liveBefore: true, liveAfter: true, wroteLiveDocument: false }) // null (draft over live)
 */
export function publicationEvent(change: LiveChange): WebhookEvent | null {
  const before = change.liveBefore ?? false
  if (!before && change.liveAfter) return 'published'
  if (before && !change.liveAfter) return 'unpublished'
  if (before && change.liveAfter && change.wroteLiveDocument) return 'updated'
  return null
}
