import type { Config, Payload, Plugin } from 'payload'

import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { randomBytes } from 'node:crypto'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { NewsroomPluginOptions } from '../../src/types'
import type { TestDatabase } from './database'

import { databaseAdapter } from '../../dev/database'
import { newsroomPlugin } from '../../src/index'
import { freshDatabase } from './database'

export type TestPayload = {
  payload: Payload
  database: TestDatabase
  teardown: () => Promise<void>
}

type BootOptions = {
  plugin?: NewsroomPluginOptions
  /** Extra plugins, applied after the newsroom plugin. */
  plugins?: Plugin[]
  /** Changes to the base config (before plugins run). */
  config?: Partial<Config>
  /** The database server to create the fresh database on, instead of `TEST_DATABASE_URI`'s. */
  databaseBase?: string
}

/** Boots Payload with the newsroom plugin on a fresh database of the engine under test. */
export async function bootPayload(label: string, options: BootOptions = {}): Promise<TestPayload> {
  const database = await freshDatabase(label, options.databaseBase)
  const config = await buildConfig({
    secret: randomBytes(16).toString('hex'),
    db: databaseAdapter(database.uri),
    sharp,
    telemetry: false,
    admin: { avatar: 'default' },
    i18n: { supportedLanguages: { ar, en }, fallbackLanguage: 'ar' },
    typescript: { autoGenerate: false },
    ...options.config,
    // The tests run the queues themselves (drainNotifications, the schedule runner), as a worker would.
    plugins: [newsroomPlugin({ ...options.plugin, jobs: { autoRun: false, ...options.plugin?.jobs } }), ...(options.plugins ?? [])],
  })
  const payload = await getPayload({ config, key: `${label}-${randomBytes(4).toString('hex')}` })
  return {
    payload,
    database,
    teardown: async () => {
      await payload.destroy()
      await database.drop()
    },
  }
}
