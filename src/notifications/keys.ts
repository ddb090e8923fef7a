import { createHash } from 'node:crypto'

import type { NotificationEvent } from './types'

export type DeliveryTarget = { channel: 'email'; email: string } | { channel: 'webhook'; url: string }

/**
 * The idempotency key of one delivery: the same event on the same version of the same article for the
 * same recipient (or endpoint) always gives the same key, so a retried job or a repeated save finds the
 * delivery already recorded and sends nothing twice.
 *
 * @example
 * deliveryKey({ event: 'published', collection: 'articles', articleId: 7, version: '2026-11-25T10:00:00.000Z',
 *   target: { channel: 'email', email: 'A@B.test' } }) // 'published:articles:7:<24 hex>'
 */
export function deliveryKey(args: {
  event: NotificationEvent
  collection: string
  articleId: string | number
  version: string
  target: DeliveryTarget
}): string {
  const target =
    args.target.channel === 'email' ? `email:${args.target.email.trim().toLowerCase()}` : `webhook:${args.target.url}`
  const digest = createHash('sha256')
    .update([args.event, args.collection, String(args.articleId), args.version, target].join('\n'))
    .digest('hex')
    .slice(0, 24)
  return `${args.event}:${args.collection}:${args.articleId}:${digest}`
}

/** A stable Message-ID for a delivery, so mail systems can recognise a resent copy of the same message. */
export function messageIdFor(key: string, domain: string): string {
  const local = createHash('sha256').update(key).digest('hex').slice(0, 32)
  return `<${local}.newsroom@${domain}>`
}
