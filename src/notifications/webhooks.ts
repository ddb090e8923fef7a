import { createHmac, timingSafeEqual } from 'node:crypto'

import type { WebhookEvent } from './types'

/** Header carrying the signing time, in whole seconds since the Unix epoch. */
export const TIMESTAMP_HEADER = 'X-Newsroom-Timestamp'
/** Header carrying `sha256=<hex HMAC-SHA256 of "timestamp.body">`. */
export const SIGNATURE_HEADER = 'X-Newsroom-Signature'
/** Header naming the event. */
export const EVENT_HEADER = 'X-Newsroom-Event'
/** Header carrying the delivery's idempotency key: the same for every retry of one delivery. */
export const DELIVERY_HEADER = 'X-Newsroom-Delivery'

/** How old a signature may be before `verifyWebhookSignature` refuses it. */
export const DEFAULT_TOLERANCE_SECONDS = 300

/** The JSON body of a webhook request. */
export type WebhookPayload = {
  event: WebhookEvent
  articleId: string | number
  slug: string | null
  sectionSlug: string | null
  /** Whether the article is live (`published`) or not (`draft`) after the event. */
  status: string
  /** The article's public address, when the newsroom knows it. */
  url: string | null
  /** When the event happened (ISO 8601, UTC). */
  time: string
}

/** The hex HMAC-SHA256 of `"timestamp.body"` with the endpoint's secret. */
export function computeWebhookSignature(secret: string, timestamp: string | number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')
}

/** The headers that sign one request. `timestamp` is in seconds; it defaults to now. */
export function signWebhook(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: `sha256=${computeWebhookSignature(secret, timestamp, body)}`,
  }
}

export type VerifyOptions = {
  /**
   * Largest accepted difference between the timestamp and now, in seconds (replay window).
   * @default 300
   */
  toleranceSeconds?: number
  /** The current time in milliseconds, for tests. @default Date.now() */
  now?: number
}

export type VerifyResult =
  | { ok: true }
  | { ok: false; reason: 'missing-header' | 'malformed-timestamp' | 'expired' | 'malformed-signature' | 'mismatch' }

/**
 * Checks a webhook request from the newsroom: the signature must be the HMAC of `"timestamp.body"` with
 * the shared secret, and the timestamp within `toleranceSeconds` of now. Compares in constant time.
 * Pass the raw request body, exactly as received (before any JSON parsing).
 *
 * @example
 * const result = verifyWebhookSignature(secret, req.headers['x-newsroom-timestamp'], rawBody,
 *   req.headers['x-newsroom-signature'])
 * if (!result.ok) return new Response('invalid signature', { status: 401 })
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | null | undefined,
  body: string,
  signatureHeader: string | null | undefined,
  options: VerifyOptions = {},
): VerifyResult {
  if (!timestamp || !signatureHeader) return { ok: false, reason: 'missing-header' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000)
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) return { ok: false, reason: 'expired' }

  const match = /^sha256=([0-9a-f]{64})$/i.exec(signatureHeader.trim())
  if (!match?.[1]) return { ok: false, reason: 'malformed-signature' }
  const expected = Buffer.from(computeWebhookSignature(secret, timestamp, body), 'hex')
  const received = Buffer.from(match[1], 'hex')
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'mismatch' }
  }
  return { ok: true }
}
