import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DEFAULT_NOTIFICATION_QUEUE, DEFAULT_SCHEDULE_QUEUE } from '../defaults'
import { newsroomPlugin } from '../index'
import { databaseAdapter, databaseKind } from './database'
import { dataDirectory, resolveSecret, serverURL } from './environment'
import { emailAdapter, notificationOptions } from './notifications'
import { seedDemoContent } from './seed'

/** The host application: Payload with the newsroom plugin, Arabic admin, embedded SQLite by default. */
export default buildConfig({
  secret: resolveSecret(),
  serverURL: serverURL(),
  db: databaseAdapter(),
  sharp,
  telemetry: false,
  admin: {
    avatar: 'default',
    importMap: { baseDir: path.resolve(process.cwd(), 'src') },
    meta: { titleSuffix: ' — غرفة الأخبار' },
  },
  i18n: {
    supportedLanguages: { ar, en },
    fallbackLanguage: 'ar',
  },
  typescript: { autoGenerate: false, outputFile: path.resolve(process.cwd(), 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // SMTP_URL and EMAIL_FROM; without SMTP_URL in development, mail is written to .data/outbox/*.eml.
  email: emailAdapter(),
  // The worker: delivers queued notifications every second, after the saves that queued them commit.
  // SQLite takes one writer at a time, so there it runs one job per tick (docs/notifications.md).
  jobs: {
    autoRun: [
      {
        cron: '* * * * * *',
        queue: DEFAULT_NOTIFICATION_QUEUE,
        limit: databaseKind(process.env.DATABASE_URI) === 'sqlite' ? 1 : 50,
      },
      // Scheduled publishing: on every whole minute (NEWSROOM_SCHEDULE_CRON), so an article scheduled for
      // 14:30 goes live at 14:30:00 (docs/workflow.md, "Scheduled publishing").
      { cron: process.env.NEWSROOM_SCHEDULE_CRON ?? '* * * * *', queue: DEFAULT_SCHEDULE_QUEUE, limit: 10 },
    ],
    // NEWSROOM_RUN_JOBS=false leaves the queues to a separate worker (`payload jobs:run --queue … --cron …`).
    shouldAutoRun: () => process.env.NEWSROOM_RUN_JOBS !== 'false',
  },
  plugins: [
    newsroomPlugin({
      timezone: process.env.NEWSROOM_TIMEZONE ?? 'Africa/Cairo',
      notifications: notificationOptions(),
      media: { staticDir: path.join(dataDirectory(), 'media') },
    }),
  ],
  onInit: async (payload) => {
    // Demo content: on in development, off in production unless SEED_DEMO=true.
    const seed = process.env.SEED_DEMO ? process.env.SEED_DEMO === 'true' : process.env.NODE_ENV !== 'production'
    if (!seed) return
    await seedDemoContent(payload, {
      password: process.env.DEMO_PASSWORD,
      timezone: process.env.NEWSROOM_TIMEZONE ?? 'Africa/Cairo',
    })
  },
})
