/**
 * The plugin as a user meets it: `npm pack`, installed from the tarball into a fresh app made like Payload's
 * blank template (its own Users and Media, SQLite, nodemailer, `@payloadcms/plugin-seo` on articles and
 * `newsroomPlugin()` as the README shows), then the user's own steps: import map, types, type check,
 * migrations, `next build`, `next start` — and the newsroom used over HTTP and in Chromium.
 * Installs come from the npm cache that `npm ci` filled, so the run is quick and needs no network.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RunningApp } from '../helpers/app'
import type { TestSmtp } from '../helpers/smtp'

import { startApp } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { startSmtp } from '../helpers/smtp'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FIXTURE = path.join(ROOT, 'tests/fixtures/consumer-app')
const PASSWORD = 'consumer-pass-1'
const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

let work: string
let appDir: string
let tarball: string
let packedFiles: string[] = []
let smtp: TestSmtp
let app: RunningApp
const timings: Record<string, number> = {}

function step(label: string, command: string, args: string[], env: Record<string, string> = {}, cwd = appDir): SpawnSyncReturns<string> {
  const started = Date.now()
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  })
  timings[label] = Date.now() - started
  if (result.status !== 0) {
    throw new Error(`${label} failed (${result.status ?? result.signal}):\n${(result.stdout ?? '').slice(-3000)}\n${(result.stderr ?? '').slice(-3000)}`)
  }
  return result
}

/** Payload's CLI, as `npx payload …` runs it in the app. */
function payloadCli(label: string, args: string[], env: Record<string, string> = {}) {
  return step(label, process.execPath, [path.join(appDir, 'node_modules/payload/bin.js'), ...args], { PAYLOAD_SECRET: 'consumer-secret-0123456789abcdef', ...env })
}

async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json')
  const response = await fetch(`${app.url}${pathname}`, { ...init, headers })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { text }
  }
  return { status: response.status, json }
}

async function login(email: string): Promise<string> {
  const { status, json } = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) })
  expect(status, JSON.stringify(json)).toBe(200)
  return json.token as string
}

const DATABASE = () => `file:${path.join(work, 'consumer.db')}`

/** Whether the app's SQLite file holds the table (what `payload migrate` writes), read with the adapter's own driver. */
async function hasTable(name: string): Promise<boolean> {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: DATABASE() })
  try {
    const result = await client.execute({ sql: "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?", args: [name] })
    return Number(result.rows[0]?.n ?? 0) > 0
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'newsroom-consumer-'))
  appDir = path.join(work, 'app')

  // 1. Pack the plugin as npm would publish it (prepack builds dist/).
  const packed = step('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], {}, ROOT)
  const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[]
  tarball = path.join(work, info[0]!.filename)
  packedFiles = info[0]!.files.map((file) => file.path)

  // 2. A fresh app from the fixture, depending on the tested versions and on the tarball.
  cpSync(FIXTURE, appDir, { recursive: true })
  const versions = own.devDependencies
  const pick = (names: string[]) => Object.fromEntries(names.map((name) => [name, versions[name]!]))
  writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify(
      {
        name: 'newsroom-consumer',
        private: true,
        type: 'module',
        dependencies: {
          ...pick([
            '@payloadcms/db-sqlite',
            '@payloadcms/email-nodemailer',
            '@payloadcms/next',
            '@payloadcms/plugin-seo',
            '@payloadcms/richtext-lexical',
            '@payloadcms/ui',
            'graphql',
            'next',
            'payload',
            'react',
            'react-dom',
            'sharp',
          ]),
          'payload-newsroom': `file:${tarball}`,
        },
        devDependencies: pick(['@types/node', '@types/react', '@types/react-dom', 'typescript']),
      },
      null,
      2,
    ),
  )
  step('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'])

  // 3. The user's own steps. Payload's CLI sometimes exits 0 having written nothing (its config loading
  // races on this machine with or without the plugin): each step is checked by what it wrote.
  const importMap = path.join(appDir, 'src/app/(payload)/admin/importMap.js')
  for (let attempt = 0; attempt < 3 && !readFileSync(importMap, 'utf8').includes('payload-newsroom/client'); attempt += 1) {
    payloadCli('payload generate:importmap', ['generate:importmap'])
  }
  const types = path.join(appDir, 'src/payload-types.ts')
  for (let attempt = 0; attempt < 3 && !existsSync(types); attempt += 1) payloadCli('payload generate:types', ['generate:types'])
  step('tsc --noEmit', process.execPath, [path.join(appDir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'])
  const migrations = path.join(appDir, 'src/migrations')
  for (let attempt = 0; attempt < 3 && !existsSync(path.join(migrations, 'index.ts')); attempt += 1) {
    payloadCli('payload migrate:create', ['migrate:create', 'initial'], { DATABASE_URI: DATABASE() })
  }
  for (let attempt = 0; attempt < 3 && !(await hasTable('articles')); attempt += 1) {
    payloadCli('payload migrate', ['migrate'], { DATABASE_URI: DATABASE(), NODE_ENV: 'production' })
  }
  expect(await hasTable('articles')).toBe(true)
  step('next build', process.execPath, [path.join(appDir, 'node_modules/next/dist/bin/next'), 'build'], {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'consumer-secret-0123456789abcdef',
    DATABASE_URI: DATABASE(),
  })

  // 4. Run it.
  smtp = await startSmtp()
  app = await startApp(
    { DATABASE_URI: DATABASE(), PAYLOAD_SECRET: 'consumer-secret-0123456789abcdef', SMTP_PORT: String(smtp.port), MEDIA_DIR: path.join(work, 'media') },
    { cwd: appDir, next: path.join(appDir, 'node_modules/next/dist/bin/next'), ready: '/api/articles?limit=1' },
  )
  console.log(`[consumer] ${Object.entries(timings).map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(' · ')}`)
}, 1_800_000)

afterAll(async () => {
  await app?.stop()
  await smtp?.stop()
  // NEWSROOM_KEEP_CONSUMER=1 keeps the app for a look after a failure.
  if (work && !process.env.NEWSROOM_KEEP_CONSUMER) rmSync(work, { recursive: true, force: true })
})

describe('the packed plugin in a fresh Payload app', () => {
  test('the tarball holds the build and the user docs only', () => {
    expect(packedFiles).toContain('dist/src/index.js')
    expect(packedFiles).toContain('dist/src/index.d.ts')
    expect(packedFiles).toContain('dist/src/exports/client.js')
    expect(packedFiles).toContain('README.md')
    const stray = packedFiles.filter((file) => !/^(dist\/|docs\/[^/]+\.md$|README\.md$|LICENSE(-MPL-1\.1)?$|package\.json$)/.test(file))
    expect(stray).toEqual([])
    expect(packedFiles.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false)
    expect(readFileSync(path.join(appDir, 'node_modules/payload-newsroom/dist/src/exports/client.js'), 'utf8')).toMatch(/^'use client'/)
  })

  test('Payload and the database adapters are the host’s: peers, not dependencies', () => {
    const installed = JSON.parse(readFileSync(path.join(appDir, 'node_modules/payload-newsroom/package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      peerDependencies?: Record<string, string>
    }
    expect(Object.keys(installed.peerDependencies ?? {})).toEqual(expect.arrayContaining(['payload', 'next', 'react', 'sharp', '@payloadcms/ui']))
    expect(Object.keys(installed.dependencies ?? {})).not.toContain('payload')
    for (const absent of ['@payloadcms/db-postgres', '@payloadcms/db-mongodb', 'mongoose', 'pg']) {
      expect(existsSync(path.join(appDir, 'node_modules', absent)), absent).toBe(false)
    }
  })

  test('plain Node imports the pure entries, and resolves every entry to JavaScript in dist/', () => {
    // The main entry loads @payloadcms/richtext-lexical, which in plain Node (outside a bundler) now and then
    // ends with "unsettled top-level await" on its own, without this plugin: only its resolution is checked.
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        [
          "const t = await import('payload-newsroom/text')",
          "const w = await import('payload-newsroom/webhooks')",
          "const entries = ['payload-newsroom', 'payload-newsroom/client', 'payload-newsroom/rsc', 'payload-newsroom/workflow'].map((name) => import.meta.resolve(name).replace(/^.*node_modules\\/payload-newsroom\\//, ''))",
          "console.log(t.slugify('وزير الخارجية'), typeof w.verifyWebhookSignature, entries.join(' '))",
        ].join(';'),
      ],
      { cwd: appDir, encoding: 'utf8', timeout: 120_000 },
    )
    expect(result.stdout.trim(), `exit ${result.status}: ${result.stderr}`).toBe(
      'wazir-al-kharijiya function dist/src/index.js dist/src/exports/client.js dist/src/exports/rsc.js dist/src/workflow/index.js',
    )
  })

  test('the import map reaches the admin components by package path', () => {
    const map = readFileSync(path.join(appDir, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(map).toContain("from 'payload-newsroom/client'")
    expect(map).toContain("from 'payload-newsroom/rsc'")
    expect(map).not.toMatch(/from '\.\.?\/[^']*admin\/components/)
  })

  test('the admin is Arabic and right to left, with no i18n in the host config', async () => {
    for (const headers of [{}, { 'accept-language': 'ar' }] as Record<string, string>[]) {
      const response = await fetch(`${app.url}/admin`, { headers })
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toMatch(/<html[^>]*\blang="ar"/)
      expect(html).toMatch(/<html[^>]*\bdir="rtl"/i)
    }
  })

  test('writer → reviewer → section editor → published, with the author told by email and a scheduled publish fired', async () => {
    // The first account becomes the admin; the admin sets up a desk and its staff.
    const first = await api('/api/users/first-register', {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@consumer.test', password: PASSWORD }),
    })
    expect(first.status, JSON.stringify(first.json)).toBe(200)
    const admin = await login('admin@consumer.test')
    const section = await api('/api/sections', { method: 'POST', token: admin, body: JSON.stringify({ name: 'عرب وعالم' }) })
    expect(section.status, JSON.stringify(section.json)).toBe(201)
    const sectionId = (section.json.doc as { id: number }).id
    const staff: Record<string, number> = {}
    for (const role of ['writer', 'reviewer', 'section-editor']) {
      const created = await api('/api/users', {
        method: 'POST',
        token: admin,
        body: JSON.stringify({ email: `${role}@consumer.test`, password: PASSWORD, roles: [role], sections: [sectionId] }),
      })
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      staff[role] = (created.json.doc as { id: number }).id
    }
    const writer = await login('writer@consumer.test')
    const reviewer = await login('reviewer@consumer.test')
    const editor = await login('section-editor@consumer.test')

    // An image, through the host's media collection that the plugin took over.
    const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#8a5a2b' } }).jpeg().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'cairo.jpg')
    form.append('_payload', JSON.stringify({ alt: 'ميدان التحرير في القاهرة' }))
    const upload = await api('/api/media', { method: 'POST', token: writer, body: form })
    expect(upload.status, JSON.stringify(upload.json)).toBe(201)
    const imageId = (upload.json.doc as { id: number; sizes: Record<string, unknown> }).id
    expect(Object.keys((upload.json.doc as { sizes: Record<string, unknown> }).sizes)).toContain('thumbnail')

    const paragraph = (text: string) => ({
      root: {
        type: 'root', version: 1, direction: 'rtl', format: '', indent: 0,
        children: [{ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
      },
    })
    const write = async (title: string) => {
      const created = await api('/api/articles?draft=true', {
        method: 'POST',
        token: writer,
        body: JSON.stringify({
          title,
          section: sectionId,
          body: paragraph('أعلنت الحكومة اليوم خطة جديدة للنقل العام في العاصمة.'),
          featuredImage: imageId,
          meta: { title: `${title} | الموقع` },
        }),
      })
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      return (created.json.doc as { id: number; slug: string }).id
    }
    const act = async (id: number, token: string, body: Record<string, unknown>) => {
      const result = await api(`/api/articles/${id}/workflow`, { method: 'POST', token, body: JSON.stringify(body) })
      expect(result.status, JSON.stringify(result.json)).toBe(200)
    }

    const id = await write('خطة جديدة للنقل العام في القاهرة')
    await act(id, writer, { action: 'submit' })
    await act(id, reviewer, { action: 'approve' })
    await act(id, editor, { action: 'publish' })

    const live = await api(`/api/articles/${id}?depth=0`)
    expect(live.status).toBe(200)
    expect(live.json, JSON.stringify(live.json)).toMatchObject({ _status: 'published', slug: expect.stringMatching(/^[a-z0-9-]+$/) })
    const own = await api(`/api/articles/${id}?depth=0`, { token: editor })
    expect(own.json.workflowStatus).toBe('published')
    expect((live.json.meta as { title?: string }).title).toBe('خطة جديدة للنقل العام في القاهرة | الموقع')

    // The plugin's own queue runner delivers the author's notification.
    const deadline = Date.now() + 60_000
    while (!smtp.received.some((mail) => mail.recipients.includes('writer@consumer.test')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(smtp.received.map((mail) => mail.recipients).flat()).toContain('writer@consumer.test')

    // A scheduled publication goes live at its time, run by the plugin's schedule queue.
    const later = await write('موعد افتتاح الخط الثالث لمترو القاهرة')
    await act(later, writer, { action: 'submit' })
    await act(later, reviewer, { action: 'approve' })
    const publishAt = new Date(Math.ceil((Date.now() + 4_000) / 1000) * 1000).toISOString()
    await act(later, editor, { action: 'schedule', publishAt })
    let state = ''
    const until = Date.now() + 90_000
    while (state !== 'published' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const read = await api(`/api/articles/${later}?depth=0&draft=true`, { token: editor })
      state = String(read.json.workflowStatus)
    }
    expect(state).toBe('published')
    const anonymous = await api(`/api/articles/${later}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(new Date(String(anonymous.json.publishedAt)).getTime()).toBe(new Date(publishAt).getTime())

    // In Chromium, the section editor's edit view of an approved article shows the Arabic workflow buttons.
    const pending = await write('وزارة النقل تعلن مواعيد التشغيل التجريبي')
    await act(pending, writer, { action: 'submit' })
    await act(pending, reviewer, { action: 'approve' })
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ locale: 'ar' })
      const host = new URL(app.url).hostname
      await context.addCookies([{ name: 'payload-token', value: editor, domain: host, path: '/', httpOnly: true, sameSite: 'Lax' }])
      const page = await context.newPage()
      await page.goto(`${app.url}/admin/collections/articles/${pending}`, { waitUntil: 'domcontentloaded', timeout: 60_000 })
      await page.getByRole('button', { name: 'نشر', exact: true }).waitFor({ timeout: 60_000 })
      await expect(page.getByRole('button', { name: 'جدولة النشر' }).count()).resolves.toBeGreaterThan(0)
      expect(await page.locator('html').getAttribute('dir')).toMatch(/rtl/i)
    } finally {
      await browser.close()
    }
  })
})
