/**
 * Webhook verification for frontends: `import { verifyWebhookSignature } from 'payload-newsroom/webhooks'`.
 * Depends on `node:crypto` only (no Payload), so it runs in any Node or edge-compatible server route.
 */
export {
  DEFAULT_TOLERANCE_SECONDS,
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  computeWebhookSignature,
  signWebhook,
  verifyWebhookSignature,
} from '../notifications/webhooks'
export type { VerifyOptions, VerifyResult, WebhookPayload } from '../notifications/webhooks'
export type { WebhookEvent } from '../notifications/types'
