import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'

import { DEFAULT_NOTIFICATION_QUEUE } from '../../src/defaults'
import { bootOnDatabase, drainNotifications, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'

/*
 * A worker killed mid-job (a deploy, a crash) leaves its jobs marked `processing`, and Payload's queue
 * never takes such a job again. The plugin puts them back once they are older than the lease
 * (`jobs.reclaimAfterMinutes`, 10 by default) — when an instance starts and every minute — and the
 * delivery keys keep the second run from sending anything twice.
 */

let first: TestPayload
const later: Payload[] = []
let smtp: TestSmtp

beforeAll(async () => {
  smtp = await startSmtp()
  first = await bootPayload('jobs_reclaim', { config: { email: smtpEmail(smtp) } })
})

type WithPool = { pool?: { on: (event: 'error', listener: () => void) => void } }

afterAll(async () => {
  for (const instance of later) await instance.destroy()
  for (const instance of [first?.payload, ...later]) (instance?.db as WithPool | undefined)?.pool?.on('error', () => {})
  await first?.database.drop()
  await smtp?.stop()
})

async function notificationJobs(payload: Payload) {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: DEFAULT_NOTIFICATION_QUEUE } }, { completedAt: { exists: false } }] },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return jobs.docs as unknown as { id: number | string; processing?: boolean }[]
}

/** What a killed worker leaves behind: its jobs marked processing, last touched `minutesAgo` ago. */
async function abandon(payload: Payload, minutesAgo: number) {
  const updatedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString()
  for (const job of await notificationJobs(payload)) {
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true, updatedAt } })
  }
}

describe('jobs left processing by a killed worker', () => {
  test('are left alone within the lease, then put back in the queue by the next instance and sent once', async () => {
    const { payload } = first
    const room = await seedNewsroom(payload, 'k')
    for (let index = 1; index <= 3; index++) {
      await payload.create({
        collection: 'articles',
        locale: 'ar',
        data: { title: `خبر أثناء إيقاف العامل ${index}`, section: room.sectionId, authors: [room.users.writer.id, room.users.coauthor.id], _status: 'published' },
      })
    }
    const expected = 3 * 6
    expect((await notificationJobs(payload)).length).toBeGreaterThan(0)

    // The worker took the jobs five minutes ago and was killed: within the lease nobody touches them.
    await abandon(payload, 5)
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
    await payload.destroy()
    const withinLease = await bootOnDatabase(first.database.uri, { config: { email: smtpEmail(smtp) } })
    later.push(withinLease)
    await drainNotifications(withinLease)
    expect(smtp.received).toHaveLength(0)
    expect((await notificationJobs(withinLease)).every((job) => job.processing === true)).toBe(true)

    // Twenty minutes on, the next instance to start puts them back, and its worker sends each message once.
    await abandon(withinLease, 20)
    await withinLease.destroy()
    later.pop()
    const next = await bootOnDatabase(first.database.uri, { config: { email: smtpEmail(smtp) } })
    later.push(next)
    expect((await notificationJobs(next)).every((job) => job.processing === false)).toBe(true)
    await drainNotifications(next)
    expect(smtp.received).toHaveLength(expected)
    const pairs = smtp.received.map((mail) => `${mail.recipients.join(',')}|${mail.parsed.subject}`)
    expect(new Set(pairs).size).toBe(expected)
    const log = await next.find({ collection: 'notification-deliveries', limit: 0, pagination: false, depth: 0 })
    expect(log.docs.every((doc) => doc.status === 'sent' && doc.attempts === 1)).toBe(true)
  })
})
