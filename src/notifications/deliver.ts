import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { claimRequest, isUniqueViolation } from '../database/uniqueWrites'
import { DELIVERY_HEADER, EVENT_HEADER, signWebhook } from './webhooks'

type Row = Record<string, unknown>
type DeliveryOutcome = { status: 'sent' | 'skipped' | 'failed'; deliveryId: string | number }

const MAX_ERROR_LENGTH = 2000

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text
}

async function loadDelivery(req: PayloadRequest, options: ResolvedNewsroomOptions, id: string | number): Promise<Row | null> {
  const doc = await req.payload.findByID({
    collection: options.notifications.deliveriesSlug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (doc as Row | null) ?? null
}

async function record(req: PayloadRequest, options: ResolvedNewsroomOptions, id: string | number, data: Row) {
  await req.payload.update({
    collection: options.notifications.deliveriesSlug,
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Claims attempt `key` (`<delivery key>#<attempt>`) by inserting it; the unique index lets one worker in.
 * A claim held longer than the jobs' reclaim time belongs to a worker that died mid-send: it is taken
 * over (the message may then go out twice, with the same Message-ID; nothing else sends twice).
 */
async function claimAttempt(req: PayloadRequest, options: ResolvedNewsroomOptions, key: string): Promise<boolean> {
  const collection = options.notifications.claimsSlug
  const writeReq = claimRequest(req)
  for (let tries = 0; tries < 2; tries += 1) {
    const now = new Date().toISOString()
    try {
      await req.payload.db.create({ collection, data: { key, createdAt: now, updatedAt: now }, req: writeReq })
      return true
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
    const held = (await req.payload.db.findOne({ collection, where: { key: { equals: key } }, req: writeReq })) as Row | null
    if (!held) continue
    const staleAfterMs = options.jobs.reclaimAfterMinutes * 60_000
    const abandoned = staleAfterMs > 0 && Date.now() - Date.parse(String(held.createdAt)) > staleAfterMs
    if (!abandoned) return false
    await req.payload.db.deleteOne({ collection, where: { id: { equals: held.id } }, req: writeReq })
  }
  return false
}

/**
 * Runs one delivery attempt: skips a delivery already sent (so a retried or duplicated job sends nothing)
 * or whose attempt another worker has claimed (see `claimAttempt`), otherwise sends, then records the
 * outcome on the log row. A failure is recorded with its error and
 * rethrown so the jobs queue retries it with backoff; after the last attempt the row stays `failed`.
 * The database is not held open while the message is on its way.
 */
async function attempt(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  deliveryId: string | number,
  send: (row: Row) => Promise<string | null>,
): Promise<DeliveryOutcome> {
  const row = await loadDelivery(req, options, deliveryId)
  if (!row || row.status === 'sent') return { status: 'skipped', deliveryId }
  const attempts = (typeof row.attempts === 'number' ? row.attempts : 0) + 1
  if (!(await claimAttempt(req, options, `${String(row.key)}#${attempts}`))) {
    req.payload.logger.info({
      msg: `[payload-newsroom] ${String(row.channel)} "${String(row.event)}" to ${String(row.recipient)}: attempt ${attempts} is already being sent by another worker.`,
    })
    return { status: 'skipped', deliveryId }
  }
  try {
    const detail = await send(row)
    await record(req, options, deliveryId, { status: 'sent', attempts, sentAt: new Date().toISOString(), lastError: null })
    req.payload.logger.info({
      msg: `[payload-newsroom] Sent ${String(row.channel)} "${String(row.event)}" to ${String(row.recipient)}${detail ? ` (${detail})` : ''}.`,
    })
    return { status: 'sent', deliveryId }
  } catch (error) {
    const last = attempts >= options.notifications.attempts
    await record(req, options, deliveryId, { status: last ? 'failed' : 'pending', attempts, lastError: errorText(error) })
    const message = `[payload-newsroom] ${String(row.channel)} "${String(row.event)}" to ${String(row.recipient)} failed (attempt ${attempts} of ${options.notifications.attempts})${last ? '; giving up' : '; will retry'}.`
    if (last) req.payload.logger.error({ err: error, msg: message })
    else req.payload.logger.warn({ msg: `${message} ${errorText(error)}` })
    throw error
  }
}

/** Sends one notification email through the configured email adapter (`payload.sendEmail`). */
export function deliverEmail(req: PayloadRequest, options: ResolvedNewsroomOptions, deliveryId: string | number) {
  return attempt(req, options, deliveryId, async (row) => {
    const message = (row.message ?? {}) as { subject?: string; html?: string; text?: string; messageId?: string }
    const from = options.notifications.from
    const info = (await req.payload.sendEmail({
      ...(from ? { from: from.name ? { name: from.name, address: from.address } : from.address } : {}),
      to: row.recipientName ? { name: String(row.recipientName), address: String(row.recipient) } : String(row.recipient),
      subject: message.subject ?? String(row.subject ?? ''),
      html: message.html,
      text: message.text,
      messageId: message.messageId,
      headers: { [DELIVERY_HEADER]: String(row.key), 'Auto-Submitted': 'auto-generated' },
    })) as { path?: unknown } | undefined
    return typeof info?.path === 'string' ? `written to ${info.path}` : null
  })
}

/** POSTs one signed webhook request; any answer but 2xx is a failure. */
export function deliverWebhook(req: PayloadRequest, options: ResolvedNewsroomOptions, deliveryId: string | number) {
  return attempt(req, options, deliveryId, async (row) => {
    const url = String(row.recipient)
    const endpoint = options.notifications.webhooks.find((candidate) => candidate.url === url)
    if (!endpoint) throw new Error(`The webhook endpoint ${url} is no longer configured.`)
    const body = String((row.message as { body?: unknown } | null)?.body ?? '')
    const response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.notifications.webhookTimeoutMs),
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'payload-newsroom-webhooks',
        [EVENT_HEADER]: String(row.event),
        [DELIVERY_HEADER]: String(row.key),
        ...signWebhook(endpoint.secret, body),
      },
    })
    const answer = await response.text().catch(() => '')
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${answer.slice(0, 300)}`)
    return `HTTP ${response.status}`
  })
}
