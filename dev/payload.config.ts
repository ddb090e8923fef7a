import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { newsroomPlugin } from 'payload-newsroom'
import sharp from 'sharp'

import { databaseAdapter } from './database'
import { dataDirectory, resolveSecret, securityOptions, serverURL } from './environment'
import { emailAdapter, notificationOptions } from './notifications'
import { seedDemoContent } from './seed'
import { mediaStorage } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The demo and development app: Payload with the newsroom plugin, Arabic admin, embedded SQLite by default. */
export default buildConfig({
  secret: resolveSecret(),
  serverURL: serverURL(),
  db: databaseAdapter(),
  sharp,
  telemetry: false,
  admin: {
    avatar: 'default',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — غرفة الأخبار' },
  },
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // SMTP_URL and EMAIL_FROM; without SMTP_URL in development, mail is written to .data/outbox/*.eml.
  email: emailAdapter(),
  plugins: [
    newsroomPlugin({
      timezone: process.env.NEWSROOM_TIMEZONE ?? 'Africa/Cairo',
      notifications: notificationOptions(),
      media: { staticDir: path.join(dataDirectory(), 'media') },
      // NEWSROOM_ALLOWED_ORIGINS, NEWSROOM_SECURE_COOKIES, NEWSROOM_PROXY_HOPS (see the README).
      security: securityOptions(),
      // NEWSROOM_RUN_JOBS=false leaves the queues to a separate worker (`payload jobs:run --queue … --cron …`);
      // NEWSROOM_SCHEDULE_CRON changes how often scheduled publications are looked for.
      jobs: {
        autoRun: process.env.NEWSROOM_RUN_JOBS !== 'false',
        ...(process.env.NEWSROOM_SCHEDULE_CRON ? { scheduleCron: process.env.NEWSROOM_SCHEDULE_CRON } : {}),
      },
    }),
    // S3_BUCKET (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY): media on S3-compatible storage.
    ...mediaStorage(),
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
