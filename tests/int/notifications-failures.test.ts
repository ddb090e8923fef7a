import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import type { Newsroom } from '../helpers/notifications'
import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'
import type { WebhookReceiver } from '../helpers/webhookReceiver'

import { verifyWebhookSignature } from '../../src/exports/webhooks'
import { backoffSchedule } from '../../src/notifications/backoff'
import { drainNotifications, expireBackoff, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

const SECRET = 'failure-secret-0123456789abcdef'
const DELAY = 60_000
let env: TestPayload
let payload: Payload
let smtp: TestSmtp
let hook: WebhookReceiver
let room: Newsroom

beforeAll(async () => {
  smtp = await startSmtp()
  hook = await startWebhookReceiver()
  env = await bootPayload('notify_fail', {
    plugin: { notifications: { webhooks: [{ url: hook.url, secret: SECRET }], backoffDelayMs: DELAY } },
    config: { email: smtpEmail(smtp) },
  })
  payload = env.payload
  room = await seedNewsroom(payload, 'f')
})

afterAll(async () => {
  await env?.teardown()
  await smtp?.stop()
  await hook?.close()
})

beforeEach(() => {
  smtp.received.length = 0
  hook.requests.length = 0
})

/** The people a publish in the seeded section reaches (authors: writer and co-author). */
const PUBLISH_RECIPIENTS = 6

function publish(title: string) {
  return payload.create({
    collection: 'articles',
    locale: 'ar',
    data: { title, section: room.sectionId, authors: [room.users.writer.id, room.users.coauthor.id], _status: 'published' },
  })
}

function deliveriesOf(articleIds: (number | string)[], channel: 'email' | 'webhook') {
  return payload.find({
    collection: 'notification-deliveries',
    where: { and: [{ article: { in: articleIds } }, { channel: { equals: channel } }] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
}

async function pendingJobs() {
  return payload.find({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
}

/** Counts how often each (recipient, subject) pair arrived. */
function arrivals(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mail of smtp.received) {
    const key = `${mail.recipients.join(',')}|${mail.parsed.subject}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

describe('SMTP outage', () => {
  test('20 articles published while SMTP refuses connections all save; once it is back and the backoff has elapsed, every message arrives exactly once', async () => {
    await smtp.stop()
    const articles = []
    for (let index = 1; index <= 20; index++) articles.push(await publish(`خبر رقم ${index} أثناء انقطاع البريد`))
    const ids = articles.map((article) => article.id)
    expect(articles.every((article) => article._status === 'published')).toBe(true)

    const before = Date.now()
    await drainNotifications(payload)
    const after = Date.now()
    let log = await deliveriesOf(ids, 'email')
    expect(log.docs).toHaveLength(20 * PUBLISH_RECIPIENTS)
    expect(new Set(log.docs.map((doc) => doc.status))).toEqual(new Set(['pending']))
    expect(log.docs.every((doc) => doc.attempts === 1 && /ECONNREFUSED|connect/i.test(String(doc.lastError)))).toBe(true)
    expect(smtp.received).toHaveLength(0)

    // The failed jobs wait for the first backoff step before they are tried again.
    const waiting = (await pendingJobs()).docs.filter((job) => job.taskSlug === 'newsroom-send-email')
    expect(waiting).toHaveLength(20 * PUBLISH_RECIPIENTS)
    for (const job of waiting) {
      const due = new Date(String(job.waitUntil)).getTime()
      expect(due).toBeGreaterThanOrEqual(before + DELAY - 1000)
      expect(due).toBeLessThanOrEqual(after + DELAY + 1000)
    }
    await drainNotifications(payload)
    log = await deliveriesOf(ids, 'email')
    expect(log.docs.every((doc) => doc.attempts === 1)).toBe(true)

    await smtp.start()
    expect(await expireBackoff(payload)).toBeGreaterThanOrEqual(20 * PUBLISH_RECIPIENTS)
    await drainNotifications(payload)

    expect(smtp.received).toHaveLength(20 * PUBLISH_RECIPIENTS)
    const counts = arrivals()
    expect(counts.size).toBe(20 * PUBLISH_RECIPIENTS)
    expect([...counts.values()].every((count) => count === 1)).toBe(true)
    log = await deliveriesOf(ids, 'email')
    expect(log.docs.every((doc) => doc.status === 'sent' && doc.attempts === 2)).toBe(true)

    // Nothing is left to send, however often the worker runs.
    await expireBackoff(payload)
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(20 * PUBLISH_RECIPIENTS)
  })

  test('while SMTP accepts but holds a message, a save completes without waiting for it', async () => {
    const first = await publish('خبر أول والبريد بطيء')
    const release = smtp.stall()
    const running = drainNotifications(payload)
    const deadline = Date.now() + 10_000
    while (smtp.pending() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(smtp.pending()).toBeGreaterThan(0)

    const second = await publish('خبر ثانٍ يُحفظ والبريد معلّق')
    expect(second._status).toBe('published')
    // The save returned while the SMTP server was still holding the worker's message.
    expect(smtp.pending()).toBeGreaterThan(0)
    expect(smtp.received).toHaveLength(0)

    release()
    await running
    await drainNotifications(payload)
    const log = await deliveriesOf([first.id, second.id], 'email')
    expect(log.docs).toHaveLength(2 * PUBLISH_RECIPIENTS)
    expect(log.docs.every((doc) => doc.status === 'sent')).toBe(true)
    expect(smtp.received).toHaveLength(2 * PUBLISH_RECIPIENTS)
    expect([...arrivals().values()].every((count) => count === 1)).toBe(true)
  })
})

describe('webhook failures', () => {
  test('an endpoint answering 500 then 200 is retried after the backoff and receives the event once more, signed', async () => {
    hook.respondWith(500)
    const article = await publish('خبر يُعاد إرساله للواجهة')
    await drainNotifications(payload)
    expect(hook.requests.map((request) => request.status)).toEqual([500])
    let [delivery] = (await deliveriesOf([article.id], 'webhook')).docs
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1 })
    expect(String(delivery?.lastError)).toContain('HTTP 500')

    await drainNotifications(payload) // the backoff has not elapsed: nothing is tried
    expect(hook.requests).toHaveLength(1)

    await expireBackoff(payload)
    await drainNotifications(payload)
    expect(hook.requests.map((request) => request.status)).toEqual([500, 200])
    ;[delivery] = (await deliveriesOf([article.id], 'webhook')).docs
    expect(delivery).toMatchObject({ status: 'sent', attempts: 2 })

    const [failed, succeeded] = hook.requests as [(typeof hook.requests)[0], (typeof hook.requests)[0]]
    expect(succeeded.body).toBe(failed.body)
    expect(succeeded.headers['x-newsroom-delivery']).toBe(failed.headers['x-newsroom-delivery'])
    expect(succeeded.headers['x-newsroom-event']).toBe('published')
    expect(
      verifyWebhookSignature(
        SECRET,
        succeeded.headers['x-newsroom-timestamp'] as string,
        succeeded.body,
        succeeded.headers['x-newsroom-signature'] as string,
      ),
    ).toEqual({ ok: true })
    expect(
      verifyWebhookSignature('another-secret-0123456789', succeeded.headers['x-newsroom-timestamp'] as string, succeeded.body, succeeded.headers['x-newsroom-signature'] as string),
    ).toEqual({ ok: false, reason: 'mismatch' })

    await expireBackoff(payload)
    await drainNotifications(payload)
    expect(hook.requests).toHaveLength(2)
  })

  test('an endpoint that keeps failing is tried 5 times with doubling waits, then the delivery stays failed with its error, visible to admins', async () => {
    hook.respondWith(500, 500, 500, 500, 500, 500)
    const article = await publish('خبر لا تصل واجهته')
    const waits: number[] = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      const before = Date.now()
      await drainNotifications(payload)
      const after = Date.now()
      const job = (await pendingJobs()).docs.find((candidate) => candidate.taskSlug === 'newsroom-send-webhook')
      if (job?.waitUntil) {
        const due = new Date(String(job.waitUntil)).getTime()
        waits.push(Math.round((due - (before + after) / 2) / 1000) * 1000)
      }
      await expireBackoff(payload)
    }
    expect(hook.requests.map((request) => request.status)).toEqual([500, 500, 500, 500, 500])
    expect(waits.map((wait) => Math.round(wait / DELAY))).toEqual(backoffSchedule(5, DELAY).map((wait) => wait / DELAY))

    const [delivery] = (await deliveriesOf([article.id], 'webhook')).docs
    expect(delivery).toMatchObject({ status: 'failed', attempts: 5 })
    expect(String(delivery?.lastError)).toContain('HTTP 500')
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'newsroom-send-webhook' } }, { hasError: { equals: true } }] },
    })
    expect(jobs.docs).toHaveLength(1)

    const admin = await payload.findByID({ collection: 'users', id: room.users.admin.id })
    const writer = await payload.findByID({ collection: 'users', id: room.users.writer.id })
    const asAdmin = await payload.find({
      collection: 'notification-deliveries',
      where: { status: { equals: 'failed' } },
      overrideAccess: false,
      user: { ...admin, collection: 'users' },
    })
    expect(asAdmin.docs.map((doc) => doc.id)).toContain(delivery?.id)
    await expect(
      payload.find({ collection: 'notification-deliveries', overrideAccess: false, user: { ...writer, collection: 'users' } }),
    ).rejects.toThrow()

    await drainNotifications(payload)
    expect(hook.requests).toHaveLength(5)
  })
})
