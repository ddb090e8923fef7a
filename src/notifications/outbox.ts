import type { PayloadRequest } from 'payload'

import type { ArticleDocument, NotificationEvent } from './types'

import { idOf } from '../workflow/ids'
import { SKIP_NOTIFICATIONS, TASKS, newsroomOptionsOf } from './context'
import { isWebhookEvent } from './events'

type Id = string | number

/** The article as it was when the event happened: what the worker needs, nothing more. */
export type ArticleSnapshot = {
  id: Id
  title: string | null
  slug: string | null
  section: Id | null
  authors: Id[]
  createdBy: Id | null
  _status: string | null
  workflowStatus: string | null
  publishedAt: string | null
  updatedAt: string | null
}

/** The input of the dispatch job: one event on one version of one article. */
export type DispatchInput = {
  event: NotificationEvent
  collection: string
  version: string
  /** When the event happened (ISO 8601). */
  time: string
  /** The locale the snapshot's title was read in. */
  locale: string | null
  article: ArticleSnapshot
  previousStatus: string | null
  actor: { id: Id | null; email: string | null; name: string | null } | null
  comment: string | null
}

export type EnqueueNotificationsArgs = {
  event: NotificationEvent
  /** The article document as saved (any depth). */
  article: ArticleDocument
  /** The workflow state before the event, when known. */
  previousStatus?: string | null
  /** Who acted (a user document: `id`, `email`, `name` are read); defaults to `req.user`. `null` for the system. */
  actor?: object | null
  /** The reviewer's comment (changes requested). */
  comment?: string | null
  /**
   * Identifies the article version in idempotency keys.
   * @default article.updatedAt
   */
  version?: string
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

function titleOf(value: unknown, locale: string | null): string | null {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    return stringOrNull((locale && byLocale[locale]) || byLocale.ar || Object.values(byLocale).find((v) => typeof v === 'string'))
  }
  return null
}

function idsOf(value: unknown): Id[] {
  if (!Array.isArray(value)) return []
  return value.map((entry) => idOf(entry as never)).filter((id): id is Id => id !== null)
}

/** A JSON-safe snapshot of the article fields notifications use. */
export function snapshotArticle(article: ArticleDocument, locale: string | null): ArticleSnapshot {
  return {
    id: article.id,
    title: titleOf(article.title, locale),
    slug: stringOrNull(article.slug),
    section: idOf(article.section as never),
    authors: idsOf(article.authors),
    createdBy: idOf(article.createdBy as never),
    _status: stringOrNull(article._status),
    workflowStatus: stringOrNull(article.workflowStatus),
    publishedAt: stringOrNull(article.publishedAt),
    updatedAt: stringOrNull(article.updatedAt),
  }
}

function actorOf(actor: object | null | undefined): DispatchInput['actor'] {
  if (!actor || typeof actor !== 'object') return null
  const record = actor as Record<string, unknown>
  return {
    id: idOf(record.id as never),
    email: stringOrNull(record.email),
    name: stringOrNull(record.name),
  }
}

/**
 * Queues the notifications of one event, in the same transaction as the save that caused it (pass the
 * save's `req`): a rolled-back save queues nothing, and the worker only sees the job once the save is
 * committed. One dispatch job is written here; the worker resolves recipients and webhook endpoints and
 * queues one delivery job per recipient or endpoint, each under its idempotency key. Nothing is sent on
 * the save's path.
 *
 * Never throws: a problem is logged with `payload.logger` and the save goes on.
 *
 * @example
 * await enqueueNotifications(req, { event: 'approved', article, actor: req.user })
 */
export async function enqueueNotifications(
  req: PayloadRequest,
  args: EnqueueNotificationsArgs,
): Promise<{ queued: boolean }> {
  const options = newsroomOptionsOf(req.payload)
  if (!options || options.disabled || options.notifications.disabled) return { queued: false }
  if (req.context?.[SKIP_NOTIFICATIONS]) return { queued: false }
  const notifications = options.notifications
  const { event } = args

  try {
    const eventOptions = notifications.events[event]
    const wantsEmail =
      !eventOptions.disabled &&
      (eventOptions.audiences.length > 0 || eventOptions.recipients.length > 0 || Boolean(eventOptions.resolveRecipients))
    const wantsWebhook = isWebhookEvent(event) && notifications.webhooks.some((endpoint) => endpoint.events.includes(event))
    if (!wantsEmail && !wantsWebhook) return { queued: false }

    const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null
    const article = snapshotArticle(args.article, locale)
    const input: DispatchInput = {
      event,
      collection: options.slugs.articles,
      version: args.version ?? article.updatedAt ?? new Date().toISOString(),
      time: new Date().toISOString(),
      locale,
      article,
      previousStatus: args.previousStatus ?? null,
      actor: actorOf(args.actor === undefined ? req.user : args.actor),
      comment: args.comment ?? null,
    }
    await req.payload.jobs.queue({
      task: TASKS.dispatch as never,
      input: input as never,
      queue: notifications.queue,
      req,
    })
    return { queued: true }
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `[payload-newsroom] Could not queue the "${event}" notifications of article ${String(args.article.id)}; the save goes on.`,
    })
    return { queued: false }
  }
}
