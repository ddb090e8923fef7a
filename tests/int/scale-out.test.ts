import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { ChildProcess } from 'node:child_process'

import type { TestDatabase } from '../helpers/database'
import type { TestSmtp } from '../helpers/smtp'

import { freshDatabase } from '../helpers/database'
import { makePhoto } from '../helpers/images'
import { startSmtp } from '../helpers/smtp'
import { lexical } from '../helpers/workflow'

/*
 * Scale-out, for real: two app instances and a jobs worker, each its own process, on one database —
 * PostgreSQL (in the SQLite pass too: a deployment of several instances needs a database server) or the
 * MongoDB-wire server in its pass. The second app instance also runs the queues, so two workers race for
 * every job. Everything goes through HTTP, as users and frontends meet it; instances share only the
 * database and the secret.
 */

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const PASSWORD = 'kalimat-sirr-1'

type Instance = { name: string; url: string; process: ChildProcess; output: () => string }

let database: TestDatabase
let smtp: TestSmtp
const instances: Instance[] = []
let a: Instance
let b: Instance
const secret = randomBytes(24).toString('hex')

function serverDatabase(): string {
  const chosen = process.env.TEST_DATABASE_URI ?? ''
  if (/^(postgres(ql)?|mongodb(\+srv)?):\/\//.test(chosen)) return chosen
  return process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test'
}

function startInstance(name: string, roles: string): Promise<Instance> {
  const child = spawn(process.execPath, [tsx, path.join(root, 'tests/helpers/instance.ts')], {
    cwd: root,
    env: {
      ...process.env,
      INSTANCE_DATABASE_URI: database.uri,
      INSTANCE_SECRET: secret,
      INSTANCE_SMTP_PORT: String(smtp.port),
      INSTANCE_ROLES: roles,
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 240 s:\n${output}`)), 240_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`))
    })
    child.stdout.on('data', () => {
      const ready = /^READY (\S+)$/m.exec(output)
      if (!ready) return
      clearTimeout(timer)
      const instance = { name, url: ready[1] === 'worker' ? '' : (ready[1] as string), process: child, output: () => output }
      instances.push(instance)
      resolve(instance)
    })
  })
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return
  const exited = new Promise((resolve) => instance.process.once('exit', resolve))
  instance.process.kill('SIGTERM')
  const timer = setTimeout(() => instance.process.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

async function call(instance: Instance, route: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const { token, json, ...rest } = init
  const headers = new Headers(rest.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${instance.url}${route}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = { text }
  }
  return { status: response.status, body }
}

async function login(instance: Instance, email: string): Promise<string> {
  const { status, body } = await call(instance, '/api/users/login', { method: 'POST', json: { email, password: PASSWORD } })
  if (status !== 200) throw new Error(`login ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

const docOf = (body: Record<string, unknown>) => (body.doc ?? body) as Record<string, unknown> & { id: number | string }

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${instances.map((i) => `--- ${i.name}\n${i.output().slice(-3000)}`).join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

const tokens: Record<'admin' | 'writer' | 'reviewer' | 'editor', string> = { admin: '', writer: '', reviewer: '', editor: '' }
let sectionId: number | string
let imageId: number | string
let writerId: number | string
const SUBSCRIBERS = ['desk-one@readers.test', 'desk-two@readers.test']

beforeAll(async () => {
  database = await freshDatabase('scaleout', serverDatabase())
  smtp = await startSmtp()
  // The first instance creates the schema (development mode pushes it); the others start on it.
  a = await startInstance('app A', 'app')
  ;[b] = await Promise.all([startInstance('app B + worker', 'app,worker'), startInstance('worker', 'worker')])

  // The first account (through A) becomes the admin; the admin sets up the desk through B.
  expect((await call(a, '/api/users/first-register', { method: 'POST', json: { email: 'admin@newsroom.test', password: PASSWORD, name: 'المدير' } })).status).toBe(200)
  tokens.admin = await login(b, 'admin@newsroom.test')
  const section = await call(b, '/api/sections', {
    method: 'POST',
    token: tokens.admin,
    json: { name: 'عرب وعالم', subscribers: SUBSCRIBERS.map((email) => ({ email, language: 'ar' })) },
  })
  expect(section.status).toBe(201)
  sectionId = docOf(section.body).id
  for (const [key, role] of [['writer', 'writer'], ['reviewer', 'reviewer'], ['editor', 'section-editor']] as const) {
    const created = await call(a, '/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email: `${key}@newsroom.test`, password: PASSWORD, name: key, roles: [role], sections: [sectionId] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    if (key === 'writer') writerId = docOf(created.body).id
    tokens[key] = await login(key === 'reviewer' ? b : a, `${key}@newsroom.test`)
  }
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await makePhoto({ width: 800, height: 533 }))], { type: 'image/jpeg' }), 'summit.jpg')
  form.append('_payload', JSON.stringify({ alt: 'قادة عرب في قمة' }))
  const upload = await call(a, '/api/media', { method: 'POST', token: tokens.writer, body: form })
  expect(upload.status, JSON.stringify(upload.body)).toBe(201)
  imageId = docOf(upload.body).id
}, 600_000)

afterAll(async () => {
  await Promise.all(instances.map(stopInstance))
  await smtp?.stop()
  if (process.env.SCALE_OUT_KEEP) console.log(`kept ${database?.uri}`)
  else if (database?.kind === 'postgres') {
    const url = new URL(database.uri)
    const name = url.pathname.slice(1)
    url.pathname = '/postgres'
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.end()
  } else {
    await database?.drop()
  }
}, 60_000)

describe('two app instances and a separate jobs worker on one database', () => {
  test('a session from one instance is valid on the other', async () => {
    const me = await call(b, '/api/users/me', { token: tokens.writer })
    expect(me.status).toBe(200)
    expect((me.body.user as { email?: string }).email).toBe('writer@newsroom.test')
  })

  test('failed logins count across instances: an address is throttled after the limit, on whichever instance it tries next', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.77' }
    const attempt = (instance: Instance, n: number) =>
      call(instance, '/api/users/login', { method: 'POST', headers, json: { email: `nobody-${n}@newsroom.test`, password: 'wrong-password-1' } })
    // The default limit is 20 failed logins per address in 15 minutes; each instance sees only half of them.
    for (let n = 0; n < 20; n++) expect((await attempt(n % 2 === 0 ? a : b, n)).status).toBe(401)
    for (const instance of [a, b]) {
      const refused = await attempt(instance, 99)
      expect(refused.status).toBe(429)
      expect(JSON.stringify(refused.body)).toMatch(/Too many/)
    }
    // Another address still gets its own attempts.
    const other = await call(a, '/api/users/login', {
      method: 'POST',
      headers: { 'X-Forwarded-For': '203.0.113.78' },
      json: { email: 'nobody-100@newsroom.test', password: 'wrong-password-1' },
    })
    expect(other.status).toBe(401)
  }, 120_000)

  test('slugs stay unique when both instances save articles with one title at once', async () => {
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        call(index % 2 === 0 ? a : b, '/api/articles?draft=true', {
          method: 'POST',
          token: tokens.writer,
          json: { title: 'قمة عربية طارئة في القاهرة', section: sectionId, authors: [writerId], body: lexical('اجتمع القادة العرب اليوم.') },
        }),
      ),
    )
    for (const save of saves) expect(save.status, JSON.stringify(save.body)).toBe(201)
    const slugs = saves.map((save) => docOf(save.body).slug as string)
    expect(new Set(slugs).size).toBe(8)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  }, 120_000)

  test('scheduled publications fire once with two workers racing, and every subscriber hears of each exactly once', async () => {
    const ids: (number | string)[] = []
    const titles: string[] = []
    const publishAt = new Date(Date.now() + 8_000).toISOString()
    for (let index = 1; index <= 4; index++) {
      const title = `افتتاح معرض الكتاب في دورته رقم ${index}`
      const created = await call(index % 2 === 0 ? a : b, '/api/articles?draft=true', {
        method: 'POST',
        token: tokens.writer,
        json: { title, section: sectionId, authors: [writerId], body: lexical('افتتح المعرض أبوابه للزوار صباح اليوم.'), featuredImage: imageId },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = docOf(created.body).id
      const steps: [Instance, string, string, Record<string, unknown>][] = [
        [a, tokens.writer, 'submit', {}],
        [b, tokens.reviewer, 'approve', {}],
        [index % 2 === 0 ? a : b, tokens.editor, 'schedule', { publishAt }],
      ]
      for (const [instance, token, action, extra] of steps) {
        const result = await call(instance, `/api/articles/${id}/workflow`, { method: 'POST', token, json: { action, ...extra } })
        expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200)
      }
      ids.push(id)
      titles.push(title)
    }

    // Readers on either instance see every article once the schedule has fired.
    for (const [index, id] of ids.entries()) {
      const instance = index % 2 === 0 ? b : a
      await until(`article ${id} to be published`, async () => ((await call(instance, `/api/articles/${id}`)).status === 200 ? true : undefined))
    }

    // Every subscriber hears of every article, once. Payload's queue can hand one delivery job to both
    // workers at once (on PostgreSQL its claim of a job is not atomic); the claim on each delivery attempt
    // (notification-claims) lets only one of them send.
    await smtp.waitFor(ids.length * SUBSCRIBERS.length, 90_000)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const toSubscribers = smtp.received.filter((mail) => mail.recipients.some((address) => SUBSCRIBERS.includes(address)))
    const copies = new Map<string, number>()
    for (const mail of toSubscribers) {
      for (const recipient of mail.recipients.filter((r) => SUBSCRIBERS.includes(r))) {
        const key = `${recipient} ${mail.parsed.subject}`
        copies.set(key, (copies.get(key) ?? 0) + 1)
      }
    }
    expect(copies.size).toBe(ids.length * SUBSCRIBERS.length)
    expect([...copies.entries()].filter(([, count]) => count !== 1)).toEqual([])
    for (const title of titles) {
      expect(toSubscribers.filter((mail) => String(mail.parsed.subject).includes(title)).length).toBeGreaterThan(0)
    }

    for (const id of ids) {
      const events = await call(a, `/api/workflow-events?where[article][equals]=${id}&limit=50&depth=0`, { token: tokens.admin })
      expect(events.status).toBe(200)
      const actions = (events.body.docs as { action: string }[]).map((event) => event.action).sort()
      expect(actions).toEqual(['approve', 'fire-schedule', 'schedule', 'submit'])
    }
  }, 300_000)
})
