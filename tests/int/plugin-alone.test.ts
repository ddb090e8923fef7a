import type { CollectionConfig, Config } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, getPayload } from 'payload'
import { newsroomPlugin } from 'payload-newsroom'
import sharp from 'sharp'
import { afterAll, describe, expect, test } from 'vitest'

const directory = mkdtempSync(path.join(tmpdir(), 'newsroom-alone-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

function bare(extra: Partial<Config> = {}): Config {
  return {
    secret: 'plugin-alone-secret',
    db: sqliteAdapter({ client: { url: `file:${path.join(directory, `${Math.random().toString(36).slice(2)}.db`)}` } }),
    sharp,
    telemetry: false,
    ...extra,
  }
}

describe('the plugin on a bare config (no host app)', () => {
  test('adds its collections, a staff collection, Arabic locales, and boots', async () => {
    const config = await buildConfig({ ...bare(), plugins: [newsroomPlugin()] })
    const slugs = config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['articles', 'sections', 'sources', 'media', 'users']))
    expect(config.localization && config.localization.defaultLocale).toBe('ar')
    const arabic = config.localization ? config.localization.locales.find((locale) => locale.code === 'ar') : undefined
    expect(arabic?.rtl).toBe(true)

    const payload = await getPayload({ config, key: 'alone' })
    const section = await payload.create({ collection: 'sections', data: { name: 'عرب وعالم' } })
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء', section: section.id, _status: 'draft' },
    })
    expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    await payload.destroy()
  })

  test("keeps the user's collections, hooks and onInit, and extends their users collection", async () => {
    let ownInitRan = false
    const calls: string[] = []
    const users: CollectionConfig = {
      slug: 'users',
      auth: true,
      fields: [{ name: 'nickname', type: 'text' }],
      hooks: { beforeChange: [({ data }) => (calls.push('own-users-hook'), data)] },
    }
    const notes: CollectionConfig = { slug: 'notes', fields: [{ name: 'text', type: 'text' }] }
    const config = await buildConfig({
      ...bare({ collections: [users, notes], onInit: async () => void (ownInitRan = true) }),
      plugins: [newsroomPlugin()],
    })
    const staff = config.collections.find((collection) => collection.slug === 'users')
    const fieldNames = staff?.fields.flatMap((field) => ('name' in field ? [field.name] : []))
    expect(fieldNames).toEqual(expect.arrayContaining(['nickname', 'roles', 'sections']))
    expect(config.collections.map((collection) => collection.slug)).toContain('notes')

    const payload = await getPayload({ config, key: 'alone-own' })
    expect(ownInitRan).toBe(true)
    const first = await payload.create({ collection: 'users', data: { email: 'a@x.test', password: 'secret-pass-1' } })
    expect(calls).toContain('own-users-hook')
    // The first account of an installation becomes an admin.
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({ collection: 'users', data: { email: 'b@x.test', password: 'secret-pass-1' } })
    expect(second.roles).toEqual(['writer'])
    await payload.destroy()
  })

  test('custom slugs and field callbacks are honoured', async () => {
    const config = await buildConfig({
      ...bare(),
      plugins: [
        newsroomPlugin({
          collections: {
            articles: {
              slug: 'stories',
              fields: ({ defaultFields }) => [...defaultFields, { name: 'wordCount', type: 'number' }],
              overrides: { admin: { description: 'Our stories' } },
            },
          },
        }),
      ],
    })
    const stories = config.collections.find((collection) => collection.slug === 'stories')
    expect(stories).toBeDefined()
    expect(stories?.fields.some((field) => 'name' in field && field.name === 'wordCount')).toBe(true)
    expect(stories?.admin?.description).toBe('Our stories')
    expect(config.collections.some((collection) => collection.slug === 'articles')).toBe(false)
  })

  test('disabled keeps the schema but runs none of the hooks', async () => {
    const config = await buildConfig({ ...bare(), plugins: [newsroomPlugin({ disabled: true })] })
    const payload = await getPayload({ config, key: 'alone-disabled' })
    const section = await payload.create({ collection: 'sections', data: { name: 'اقتصاد' } })
    expect(section.slug ?? null).toBeNull()
    await payload.destroy()
  })

  test('misconfiguration stops start-up with a message naming the fix', () => {
    expect(() => newsroomPlugin({ timezone: 'Mars/Olympus' })({ ...bare() })).toThrow(/\[payload-newsroom\].*time zone/)
    expect(() =>
      newsroomPlugin()({ ...bare({ collections: [{ slug: 'articles', fields: [] }] }) }),
    ).toThrow(/\[payload-newsroom\].*"articles"/)
    expect(() => newsroomPlugin({ collections: { media: { slug: 'Bad Slug' } } })({ ...bare() })).toThrow(
      /\[payload-newsroom\].*Bad Slug/,
    )
  })

  test('stops start-up without sharp, naming the fix', () => {
    const { sharp: _omitted, ...withoutSharp } = bare()
    expect(() => newsroomPlugin()(withoutSharp)).toThrow(/\[payload-newsroom\].*npm install sharp.*buildConfig\(\{ sharp/)
  })

  test('serves the admin in Arabic with English beside it, unless the host chose its languages', async () => {
    const own = await buildConfig({ ...bare(), plugins: [newsroomPlugin()] })
    expect(Object.keys(own.i18n.supportedLanguages ?? {}).sort()).toEqual(['ar', 'en'])
    expect(own.i18n.fallbackLanguage).toBe('ar')

    const hosts = await buildConfig({ ...bare({ i18n: { supportedLanguages: { en, fr }, fallbackLanguage: 'fr' } }), plugins: [newsroomPlugin()] })
    expect(Object.keys(hosts.i18n.supportedLanguages ?? {}).sort()).toEqual(['ar', 'en', 'fr'])
    expect(hosts.i18n.fallbackLanguage).toBe('fr')

    const untouched = await buildConfig({
      ...bare({ i18n: { supportedLanguages: { en }, fallbackLanguage: 'en' } }),
      plugins: [newsroomPlugin({ arabicAdmin: false })],
    })
    expect(Object.keys(untouched.i18n.supportedLanguages ?? {})).toEqual(['en'])
  })

  test("runs its own queues beside the host's, named from the options, unless a worker runs them", async () => {
    const hostEntry = { cron: '*/5 * * * *', queue: 'host-queue' }
    const config = await buildConfig({
      ...bare({ jobs: { tasks: [], autoRun: [hostEntry] } }),
      plugins: [newsroomPlugin({ scheduleQueue: 'desk-schedule', notifications: { queue: 'desk-mail' } })],
    })
    const autoRun = config.jobs.autoRun
    expect(Array.isArray(autoRun)).toBe(true)
    const queues = (autoRun as { queue?: string; limit?: number }[]).map((entry) => entry.queue)
    expect(queues).toEqual(['host-queue', 'desk-mail', 'desk-schedule'])
    // SQLite takes one writer at a time: one delivery per tick.
    expect((autoRun as { queue?: string; limit?: number }[]).find((entry) => entry.queue === 'desk-mail')?.limit).toBe(1)

    const dynamic = await buildConfig({
      ...bare({ jobs: { tasks: [], autoRun: async () => [hostEntry] } }),
      plugins: [newsroomPlugin()],
    })
    const entries = await (dynamic.jobs.autoRun as (payload: unknown) => Promise<{ queue?: string }[]>)({})
    expect(entries.map((entry) => entry.queue)).toEqual(['host-queue', 'newsroom-notifications', 'newsroom-schedule'])

    const worker = await buildConfig({ ...bare({ jobs: { tasks: [], autoRun: [hostEntry] } }), plugins: [newsroomPlugin({ jobs: { autoRun: false } })] })
    expect((worker.jobs.autoRun as { queue?: string }[]).map((entry) => entry.queue)).toEqual(['host-queue'])
  })

  test("takes the place of a blank template's Media collection, keeping its extra fields and hooks", async () => {
    const hostHook = () => undefined
    const templateMedia: CollectionConfig = {
      slug: 'media',
      access: { read: () => true },
      fields: [
        { name: 'alt', type: 'text', required: true },
        { name: 'licence', type: 'text' },
      ],
      hooks: { afterChange: [hostHook] },
      upload: true,
    }
    const config = await buildConfig({ ...bare({ collections: [templateMedia] }), plugins: [newsroomPlugin()] })
    const media = config.collections.filter((collection) => collection.slug === 'media')
    expect(media).toHaveLength(1)
    const names = media[0]?.fields.flatMap((field) => ('name' in field ? [field.name] : []))
    expect(names).toEqual(expect.arrayContaining(['alt', 'caption', 'credit', 'licence']))
    expect(names?.filter((name) => name === 'alt')).toHaveLength(1)
    expect(media[0]?.hooks?.afterChange).toContain(hostHook)
    // Our limits and sizes apply: articles depend on them.
    expect(typeof media[0]?.upload === 'object' && media[0].upload.imageSizes?.length).toBeGreaterThan(0)
  })
})
