import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, test } from 'vitest'

import type { Newsroom } from '../helpers/notifications'
import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'

import { TASKS } from '../../src/notifications/context'
import { addresses, drainNotifications, expireBackoff, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'

/*
 * The outbox where a save may have no transaction (MongoDB without a replica set, FerretDB): nothing
 * is rolled back there, so each write must leave a state the worker can finish from. Runs on every
 * database; on SQLite and PostgreSQL the transactions make the same outcome.
 */

let env: TestPayload
let payload: Payload
let smtp: TestSmtp
let room: Newsroom

beforeAll(async () => {
  smtp = await startSmtp()
  env = await bootPayload('outbox_notx', { plugin: { notifications: { backoffDelayMs: 60_000 } }, config: { email: smtpEmail(smtp) } })
  payload = env.payload
  room = await seedNewsroom(payload, 't')
})

afterAll(async () => {
  await env?.teardown()
  await smtp?.stop()
})

const publish = (title: string) =>
  payload.create({
    collection: 'articles',
    locale: 'ar',
    data: { title, section: room.sectionId, authors: [room.users.writer.id], _status: 'published' },
  })

test('the save returns with its notification job written: the worker finds it without waiting for anything', async () => {
  smtp.received.length = 0
  const article = await publish('خبر يصل إلى العمال فور حفظه')
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: TASKS.dispatch } }, { completedAt: { exists: false } }] },
    depth: 0,
  })
  expect(jobs.docs.map((job) => (job.input as { article: { id: unknown } }).article.id)).toEqual([article.id])
  await drainNotifications(payload)
  expect(smtp.received.length).toBeGreaterThan(0)
})

test('regression: a delivery whose job could not be queued is queued again when the dispatch is retried, and sent once', async () => {
  smtp.received.length = 0
  const queue = payload.jobs.queue.bind(payload.jobs)
  let failures = 0
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    if ((args as { task?: string }).task === TASKS.email && failures === 0) {
      failures += 1
      throw new Error('the jobs collection is unreachable for a moment')
    }
    return queue(args)
  }) as typeof payload.jobs.queue
  try {
    const article = await publish('خبر تتعثر أول رسالة من رسائله')
    await drainNotifications(payload)
    expect(failures).toBe(1)
    await expireBackoff(payload)
    await drainNotifications(payload)

    const deliveries = await payload.find({
      collection: 'notification-deliveries',
      where: { and: [{ article: { equals: article.id } }, { channel: { equals: 'email' } }] },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const recipients = deliveries.docs.map((row) => String(row.recipient)).sort()
    expect(recipients.length).toBeGreaterThan(0)
    expect(deliveries.docs.every((row) => row.status === 'sent')).toBe(true)
    // Every recipient exactly once: the failed first delivery left no row behind that would block it.
    expect(addresses(smtp.received)).toEqual(recipients)
  } finally {
    payload.jobs.queue = queue
  }
})
