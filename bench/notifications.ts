/**
 * Publish notifications: how much a stalled SMTP server slows an editor's publish (baseline: the same
 * publishes with a healthy server, worker running in both), and how many messages per second the worker
 * delivers to a loopback SMTP server. Database: TEST_DATABASE_URI (SQLite temp file by default).
 *
 *   npx tsx bench/notifications.ts
 */
import type { Payload } from 'payload'

import { pathToFileURL } from 'node:url'

import { DEFAULT_NOTIFICATION_QUEUE } from '../src/defaults'
import { drainNotifications, seedNewsroom, smtpEmail } from '../tests/helpers/notifications'
import { bootPayload } from '../tests/helpers/payload'
import { startSmtp } from '../tests/helpers/smtp'

export type NotificationsBenchResult = {
  database: string
  publishes: number
  healthyMedianMs: number
  stalledMedianMs: number
  /** stalledMedianMs / healthyMedianMs (target ≤ 1.1) */
  ratio: number
  messages: number
  deliverySeconds: number
  messagesPerSecond: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Runs the queue in the background, as `jobs.autoRun` does, until stopped. */
function backgroundWorker(payload: Payload) {
  let running = true
  const sequential = payload.db.name === 'sqlite'
  const loop = (async () => {
    while (running) {
      await payload.jobs.run({ queue: DEFAULT_NOTIFICATION_QUEUE, limit: 10, silent: true, sequential })
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  return async () => {
    running = false
    await loop
  }
}

export async function runNotificationsBench({ publishes = 40, articlesForThroughput = 40 } = {}): Promise<NotificationsBenchResult> {
  const smtp = await startSmtp()
  const env = await bootPayload('bench_notify', {
    config: { email: smtpEmail(smtp), logger: { options: { level: 'warn' } } },
  })
  const { payload } = env
  try {
    const room = await seedNewsroom(payload, 'b')
    let counter = 0
    const publish = async () => {
      counter++
      const started = performance.now()
      await payload.create({
        collection: 'articles',
        locale: 'ar',
        data: { title: `خبر للقياس ${counter}`, section: room.sectionId, authors: [room.users.writer.id], _status: 'published' },
      })
      return performance.now() - started
    }

    // Warm-up, then alternate healthy and stalled rounds so drift affects both sides alike.
    for (let index = 0; index < 5; index++) await publish()
    await drainNotifications(payload)
    const healthy: number[] = []
    const stalled: number[] = []
    const rounds = 4
    for (let round = 0; round < rounds; round++) {
      let stop = backgroundWorker(payload)
      for (let index = 0; index < publishes / rounds; index++) healthy.push(await publish())
      await stop()
      await drainNotifications(payload)

      const release = smtp.stall()
      stop = backgroundWorker(payload)
      for (let index = 0; index < publishes / rounds; index++) stalled.push(await publish())
      release()
      await stop()
      await drainNotifications(payload)
    }

    // Throughput: queue the events with the worker stopped, then time the worker alone.
    const before = smtp.received.length
    for (let index = 0; index < articlesForThroughput; index++) await publish()
    const started = performance.now()
    await drainNotifications(payload, 1000)
    const seconds = (performance.now() - started) / 1000
    const messages = smtp.received.length - before

    const result: NotificationsBenchResult = {
      database: payload.db.name,
      publishes,
      healthyMedianMs: median(healthy),
      stalledMedianMs: median(stalled),
      ratio: median(stalled) / median(healthy),
      messages,
      deliverySeconds: seconds,
      messagesPerSecond: messages / seconds,
    }
    const row = (label: string, value: string) => `${label.padEnd(44)}${value}`
    const lines = [
      `Publish notifications (${result.database})`,
      row('publish, SMTP healthy (median of ' + publishes + ')', `${result.healthyMedianMs.toFixed(1)} ms`),
      row('publish, SMTP stalled (median of ' + publishes + ')', `${result.stalledMedianMs.toFixed(1)} ms`),
      row('ratio stalled / healthy (target ≤ 1.1×)', `${result.ratio.toFixed(2)}×`),
      row('worker delivery to loopback SMTP', `${messages} messages in ${seconds.toFixed(2)} s`),
      row('messages per second', result.messagesPerSecond.toFixed(1)),
    ]
    process.stdout.write(`${lines.join('\n')}\n`)
    return result
  } finally {
    await env.teardown()
    await smtp.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runNotificationsBench()
  process.exit(0)
}
