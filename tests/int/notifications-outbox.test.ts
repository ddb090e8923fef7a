import { simpleParser } from 'mailparser'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { emailAdapter } from '../../dev/notifications'
import { drainNotifications, seedNewsroom } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'

let env: TestPayload
let dataDir: string
const previous = process.env.NEWSROOM_DATA_DIR

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-outbox-'))
  process.env.NEWSROOM_DATA_DIR = dataDir
  const email = emailAdapter({ NODE_ENV: 'development', EMAIL_FROM: 'غرفة الأخبار <desk@newsroom.test>' })
  env = await bootPayload('notify_outbox', { config: { email } })
})

afterAll(async () => {
  await env?.teardown()
  if (previous === undefined) delete process.env.NEWSROOM_DATA_DIR
  else process.env.NEWSROOM_DATA_DIR = previous
  rmSync(dataDir, { recursive: true, force: true })
})

test('without SMTP_URL outside production, each message is written as an .eml file under <data>/outbox', async () => {
  const { payload } = env
  const room = await seedNewsroom(payload, 'o')
  await payload.create({
    collection: 'articles',
    locale: 'ar',
    data: { title: 'خبر بلا خادم بريد', section: room.sectionId, authors: [room.users.writer.id], _status: 'published' },
  })
  await drainNotifications(payload)

  const outbox = path.join(dataDir, 'outbox')
  const files = readdirSync(outbox).filter((name) => name.endsWith('.eml'))
  expect(files).toHaveLength(5) // the writer, two reviewers, two subscribers
  const mails = await Promise.all(files.map((name) => simpleParser(readFileSync(path.join(outbox, name)))))
  const toWriter = mails.find((mail) => !Array.isArray(mail.to) && mail.to?.value[0]?.address === room.users.writer.email)
  expect(toWriter?.subject).toBe('نُشر المقال: \u2068خبر بلا خادم بريد\u2069')
  expect(toWriter?.from?.value[0]).toEqual({ address: 'desk@newsroom.test', name: 'غرفة الأخبار' })
  expect(toWriter?.html).toContain('dir="rtl"')

  expect(emailAdapter({ NODE_ENV: 'production' })).toBeUndefined()
})
