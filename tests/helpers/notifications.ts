import type { Config, Payload } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { randomBytes } from 'node:crypto'
import nodemailer from 'nodemailer'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { NewsroomPluginOptions } from '../../src/types'
import type { TestSmtp } from './smtp'

import { databaseAdapter } from '../../dev/database'
import { DEFAULT_NOTIFICATION_QUEUE } from '../../src/defaults'
import { newsroomPlugin } from '../../src/index'

/** Payload's email adapter sending to the test SMTP server over a pooled loopback connection. */
export function smtpEmail(smtp: TestSmtp): NonNullable<Config['email']> {
  return nodemailerAdapter({
    defaultFromAddress: 'desk@newsroom.test',
    defaultFromName: 'غرفة الأخبار',
    skipVerify: true,
    transport: nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      connectionTimeout: 2000,
      greetingTimeout: 2000,
    }),
  })
}

/**
 * Boots a second Payload on an existing database (the same URI), as a restarted process would.
 * The config mirrors tests/helpers/payload.ts.
 */
export async function bootOnDatabase(
  uri: string,
  options: { plugin?: NewsroomPluginOptions; config?: Partial<Config> } = {},
): Promise<Payload> {
  const config = await buildConfig({
    secret: randomBytes(16).toString('hex'),
    db: databaseAdapter(uri),
    sharp,
    telemetry: false,
    admin: { avatar: 'default' },
    i18n: { supportedLanguages: { ar, en }, fallbackLanguage: 'ar' },
    typescript: { autoGenerate: false },
    ...options.config,
    // The tests run the queues themselves (drainNotifications, the schedule runner), as a worker would.
    plugins: [newsroomPlugin({ ...options.plugin, jobs: { autoRun: false, ...options.plugin?.jobs } })],
  })
  return getPayload({ config, key: `restart-${randomBytes(4).toString('hex')}` })
}

/**
 * Runs the notification queue until nothing is left to run now (jobs waiting for a retry stay).
 * On SQLite jobs run one after another: with transactions on, SQLite allows one writer at a time and
 * its extra connections do not wait for the lock (see docs/notifications.md).
 */
export async function drainNotifications(payload: Payload, rounds = 20): Promise<void> {
  const sequential = payload.db.name === 'sqlite'
  for (let round = 0; round < rounds; round++) {
    const result = await payload.jobs.run({ queue: DEFAULT_NOTIFICATION_QUEUE, limit: 100, silent: true, sequential })
    if (result.noJobsRemaining) return
  }
}

/** Makes every job waiting for a retry due now, as if its backoff had elapsed. */
export async function expireBackoff(payload: Payload): Promise<number> {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ waitUntil: { exists: true } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const past = new Date(Date.now() - 1000).toISOString()
  for (const job of waiting.docs) {
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: past }, depth: 0 })
  }
  return waiting.docs.length
}

export type Newsroom = {
  sectionId: number | string
  users: Record<'writer' | 'coauthor' | 'reviewer' | 'listedReviewer' | 'sectionEditor' | 'chief' | 'admin' | 'otherReviewer', { id: number | string; email: string }>
}

/** A section with reviewers and subscribers, and the staff around it. */
export async function seedNewsroom(payload: Payload, label = 'n'): Promise<Newsroom> {
  const other = await payload.create({ collection: 'sections', locale: 'ar', data: { name: `رياضة ${label}`, slug: `sport-${label}` } })
  const section = await payload.create({
    collection: 'sections',
    locale: 'ar',
    data: {
      name: `عرب وعالم ${label}`,
      slug: `world-${label}`,
      subscribers: [
        { email: `subscriber-ar-${label}@readers.test`, language: 'ar' },
        { email: `subscriber-en-${label}@readers.test`, language: 'en' },
      ],
    },
  })
  await payload.update({ collection: 'sections', id: section.id, locale: 'en', data: { name: `Arab and World ${label}` } })

  const make = async (key: string, name: string, roles: string[], sections: (number | string)[], language = 'ar') => {
    const email = `${key}-${label}@newsroom.test`
    const user = await payload.create({
      collection: 'users',
      data: { email, name, password: 'password-123', roles, sections, language },
    })
    return { id: user.id, email }
  }
  const users = {
    admin: await make('admin', 'مدير النظام', ['admin'], []),
    writer: await make('writer', 'Sara الكاتبة', ['writer'], [section.id]),
    coauthor: await make('coauthor', 'John Smith', ['writer'], [section.id], 'en'),
    reviewer: await make('reviewer', 'المراجِعة', ['reviewer'], [section.id]),
    listedReviewer: await make('listed', 'Omar 2', ['writer'], [other.id], 'en'),
    sectionEditor: await make('editor', 'محرر القسم', ['section-editor'], [section.id]),
    chief: await make('chief', 'رئيسة التحرير', ['editor-in-chief'], []),
    otherReviewer: await make('other', 'مراجع آخر', ['reviewer'], [other.id]),
  }
  await payload.update({ collection: 'sections', id: section.id, data: { reviewers: [users.listedReviewer.id] } })
  return { sectionId: section.id, users }
}

/** The addresses of received messages, sorted, one entry per message. */
export function addresses(received: { recipients: string[] }[]): string[] {
  return received.flatMap((mail) => mail.recipients).sort()
}
