import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { newsroomPlugin } from '../index'
import { databaseAdapter } from './database'
import { resolveSecret, serverURL } from './environment'
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
  plugins: [newsroomPlugin({ timezone: process.env.NEWSROOM_TIMEZONE ?? 'Africa/Cairo' })],
  onInit: async (payload) => {
    if (process.env.SEED_DEMO === 'false') return
    await seedDemoContent(payload, {
      password: process.env.DEMO_PASSWORD,
      timezone: process.env.NEWSROOM_TIMEZONE ?? 'Africa/Cairo',
    })
  },
})
