import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'

import { DEFAULT_NOTIFICATION_QUEUE } from '../../src/defaults'
import { bootOnDatabase, drainNotifications, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'

let first: TestPayload
let second: Payload | undefined
let smtp: TestSmtp

beforeAll(async () => {
  smtp = await startSmtp()
  first = await bootPayload('notify_restart', { config: { email: smtpEmail(smtp) } })
})

type WithPool = { pool?: { on: (event: 'error', listener: () => void) => void } }

afterAll(async () => {
  await second?.destroy()
  // Payload leaves SQL pools open; dropping the database ends their connections, which is expected here.
  for (const instance of [first?.payload, second]) (instance?.db as WithPool | undefined)?.pool?.on('error', () => {})
  await first?.database.drop()
  await smtp?.stop()
})

describe('a restart with deliveries pending', () => {
  test('the process stops with jobs queued and half sent; a new process on the same database sends the rest, none twice', async () => {
    const { payload } = first
    const room = await seedNewsroom(payload, 'r')
    const articles = []
    for (let index = 1; index <= 4; index++) {
      articles.push(
        await payload.create({
          collection: 'articles',
          locale: 'ar',
          data: {
            title: `خبر قبل إعادة التشغيل ${index}`,
            section: room.sectionId,
            authors: [room.users.writer.id, room.users.coauthor.id],
            _status: 'published',
          },
        }),
      )
    }
    const expected = articles.length * 6

    // The worker gets through the dispatch jobs and part of the deliveries, then the process stops.
    const sequential = payload.db.name === 'sqlite'
    await payload.jobs.run({ queue: DEFAULT_NOTIFICATION_QUEUE, limit: 4, silent: true, sequential })
    await payload.jobs.run({ queue: DEFAULT_NOTIFICATION_QUEUE, limit: 7, silent: true, sequential })
    const sentBefore = smtp.received.length
    expect(sentBefore).toBeGreaterThan(0)
    expect(sentBefore).toBeLessThan(expected)
    await payload.destroy()

    // A new process on the same database.
    second = await bootOnDatabase(first.database.uri, { config: { email: smtpEmail(smtp) } })
    await drainNotifications(second)

    expect(smtp.received).toHaveLength(expected)
    const pairs = smtp.received.map((mail) => `${mail.recipients.join(',')}|${mail.parsed.subject}`)
    expect(new Set(pairs).size).toBe(expected)
    const log = await second.find({ collection: 'notification-deliveries', limit: 0, pagination: false, depth: 0 })
    expect(log.docs).toHaveLength(expected)
    expect(log.docs.every((doc) => doc.status === 'sent' && doc.attempts === 1)).toBe(true)
  })
})
