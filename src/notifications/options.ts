import type {
  NotificationEvent,
  NotificationLanguage,
  NotificationsOptions,
  ResolvedNotificationsOptions,
  WebhookEndpoint,
} from './types'

import {
  DEFAULT_DELIVERIES_SLUG,
  DEFAULT_DELIVERY_CLAIMS_SLUG,
  DEFAULT_NOTIFICATION_ATTEMPTS,
  DEFAULT_NOTIFICATION_BACKOFF_MS,
  DEFAULT_NOTIFICATION_QUEUE,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
} from '../defaults'
import { DEFAULT_AUDIENCES, NOTIFICATION_EVENTS, WEBHOOK_EVENTS, isNotificationEvent, isWebhookEvent } from './events'
import { isEmailAddress, recipientFromInput } from './recipients'

const fail = (message: string): never => {
  throw new Error(`[payload-newsroom] notifications: ${message}`)
}

/** The template language of a user: English when the user's `language` field says so, Arabic otherwise. */
export const defaultLanguageOf = (user: Record<string, unknown>): NotificationLanguage =>
  user.language === 'en' ? 'en' : 'ar'

function resolveWebhook(endpoint: WebhookEndpoint, index: number): Required<WebhookEndpoint> {
  const where = `webhooks[${index}]`
  let url: URL
  try {
    url = new URL(endpoint.url)
  } catch {
    return fail(`${where}.url "${endpoint.url}" is not an absolute URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`${where}.url must use http or https.`)
  if (typeof endpoint.secret !== 'string' || endpoint.secret.length < 16) {
    fail(`${where}.secret must be a string of at least 16 characters (a random one: openssl rand -hex 32).`)
  }
  const events = endpoint.events ?? [...WEBHOOK_EVENTS]
  for (const event of events) {
    if (!isWebhookEvent(event)) fail(`${where}.events has "${String(event)}"; use ${WEBHOOK_EVENTS.join(', ')}.`)
  }
  return { url: url.toString(), secret: endpoint.secret, events: [...new Set(events)] }
}

function positiveInteger(value: number | undefined, fallback: number, name: string, minimum: number): number {
  const resolved = value ?? fallback
  if (!Number.isInteger(resolved) || resolved < minimum) fail(`${name} must be an integer of at least ${minimum}.`)
  return resolved
}

/** Applies defaults to the `notifications` options and checks them; throws `[payload-newsroom] …` on a mistake. */
export function resolveNotificationsOptions(options: NotificationsOptions = {}): ResolvedNotificationsOptions {
  for (const name of Object.keys(options.events ?? {})) {
    if (!isNotificationEvent(name)) fail(`unknown event "${name}" in events; use ${NOTIFICATION_EVENTS.join(', ')}.`)
  }

  const events = Object.fromEntries(
    NOTIFICATION_EVENTS.map((event) => {
      const given = options.events?.[event]
      const recipients = (given?.recipients ?? []).map(recipientFromInput)
      for (const recipient of recipients) {
        if (!isEmailAddress(recipient.email)) fail(`events.${event}.recipients has "${recipient.email}", not an email address.`)
      }
      return [
        event,
        {
          disabled: given?.disabled ?? false,
          audiences: [...(given?.audiences ?? DEFAULT_AUDIENCES[event])],
          recipients,
          resolveRecipients: given?.resolveRecipients,
        },
      ]
    }),
  ) as ResolvedNotificationsOptions['events']

  let from: ResolvedNotificationsOptions['from'] = null
  if (typeof options.from === 'string') from = { address: options.from }
  else if (options.from) from = { address: options.from.address, name: options.from.name }
  if (from && !isEmailAddress(from.address)) fail(`from "${from.address}" is not an email address.`)

  const urls = new Set<string>()
  const webhooks = (options.webhooks ?? []).map((endpoint, index) => {
    const resolved = resolveWebhook(endpoint, index)
    if (urls.has(resolved.url)) fail(`the webhook ${resolved.url} is listed twice.`)
    urls.add(resolved.url)
    return resolved
  })

  return {
    disabled: options.disabled ?? false,
    events,
    webhooks,
    articleUrl: options.articleUrl ?? (() => null),
    adminUrl: options.adminUrl?.replace(/\/+$/, '') ?? null,
    from,
    attempts: positiveInteger(options.attempts, DEFAULT_NOTIFICATION_ATTEMPTS, 'attempts', 1),
    backoffDelayMs: positiveInteger(options.backoffDelayMs, DEFAULT_NOTIFICATION_BACKOFF_MS, 'backoffDelayMs', 0),
    webhookTimeoutMs: positiveInteger(options.webhookTimeoutMs, DEFAULT_WEBHOOK_TIMEOUT_MS, 'webhookTimeoutMs', 1),
    queue: options.queue ?? DEFAULT_NOTIFICATION_QUEUE,
    notifyActor: options.notifyActor ?? false,
    languageOf: options.languageOf ?? defaultLanguageOf,
    deliveriesSlug: DEFAULT_DELIVERIES_SLUG,
    claimsSlug: DEFAULT_DELIVERY_CLAIMS_SLUG,
  }
}

/** Events whose email is on, for documentation and tests. */
export function enabledEmailEvents(options: ResolvedNotificationsOptions): NotificationEvent[] {
  return NOTIFICATION_EVENTS.filter((event) => !options.events[event].disabled)
}
