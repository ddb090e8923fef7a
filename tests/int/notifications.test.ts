import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'
import type { WebhookReceiver } from '../helpers/webhookReceiver'
import type { Newsroom } from '../helpers/notifications'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { verifyWebhookSignature } from '../../src/exports/webhooks'
import { newsroomOptionsOf } from '../../src/notifications/context'
import { deliverEmail } from '../../src/notifications/deliver'
import { enqueueNotifications } from '../../src/notifications/outbox'
import { addresses, drainNotifications, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'
import { TRANSACTIONS } from '../helpers/transactions'
import { startWebhookReceiver } from '../helpers/webhookReceiver'

const SECRET = 'test-secret-0123456789abcdef'
let env: TestPayload
let payload: Payload
let smtp: TestSmtp
let hook: WebhookReceiver
let room: Newsroom

beforeAll(async () => {
  smtp = await startSmtp()
  hook = await startWebhookReceiver()
  env = await bootPayload('notify', {
    plugin: {
      notifications: {
        webhooks: [{ url: hook.url, secret: SECRET }],
        articleUrl: (article) => `https://site.test/${String(article.sectionSlug)}/${String(article.slug)}`,
        adminUrl: 'https://cms.test/admin',
        events: {
          unpublished: { recipients: ['archive@newsroom.test'] },
          submitted: {
            resolveRecipients: ({ defaultRecipients }) => [
              ...defaultRecipients,
              { email: 'desk@readers.test', name: 'Desk', language: 'en' },
            ],
          },
          approved: { disabled: true },
        },
      },
    },
    config: { email: smtpEmail(smtp) },
  })
  payload = env.payload
  room = await seedNewsroom(payload)
})

afterAll(async () => {
  await env?.teardown()
  await smtp?.stop()
  await hook?.close()
})

beforeEach(() => {
  smtp.received.length = 0
  hook.requests.length = 0
})

const published = { _status: 'published' as const }

async function createArticle(title: string, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    locale: 'ar',
    data: { title, section: room.sectionId, authors: [room.users.writer.id, room.users.coauthor.id], ...data },
  })
}

describe('publication events from saves', () => {
  test('publishing emails authors, section reviewers and subscribers once each, and calls the webhook', async () => {
    const article = await createArticle('شركة Apple تطلق هاتفها iPhone 17 في الأسواق العربية 2025', published)
    expect(smtp.received).toHaveLength(0) // nothing is sent on the save's path
    await drainNotifications(payload)

    expect(addresses(smtp.received)).toEqual(
      [
        room.users.writer.email,
        room.users.coauthor.email,
        room.users.reviewer.email,
        room.users.listedReviewer.email,
        'subscriber-ar-n@readers.test',
        'subscriber-en-n@readers.test',
      ].sort(),
    )
    const toWriter = smtp.received.find((mail) => mail.recipients[0] === room.users.writer.email)!.parsed
    expect(toWriter.subject).toBe('نُشر المقال: \u2068شركة Apple تطلق هاتفها iPhone 17 في الأسواق العربية 2025\u2069')
    expect(toWriter.to && !Array.isArray(toWriter.to) ? toWriter.to.value[0]?.name : null).toBe('Sara الكاتبة')
    expect(toWriter.from?.value[0]).toEqual({ address: 'desk@newsroom.test', name: 'غرفة الأخبار' })
    expect(toWriter.html).toContain('<html dir="rtl" lang="ar">')
    expect(toWriter.html).toContain('<bdi>شركة Apple تطلق هاتفها iPhone 17 في الأسواق العربية 2025</bdi>')
    expect(toWriter.html).toContain(`href="https://cms.test/admin/collections/articles/${article.id}"`)
    expect(toWriter.text).toContain('نُشر المقال \u2068شركة Apple تطلق هاتفها iPhone 17 في الأسواق العربية 2025\u2069.')
    expect(toWriter.text).toContain(`https://site.test/world-n/${article.slug}`)

    const toEnglish = smtp.received.find((mail) => mail.recipients[0] === room.users.coauthor.email)!.parsed
    expect(toEnglish.subject).toBe('Published: \u2068شركة Apple تطلق هاتفها iPhone 17 في الأسواق العربية 2025\u2069')
    expect(toEnglish.html).toContain('<html dir="ltr" lang="en">')
    expect(toEnglish.text).toContain('Section: \u2068Arab and World n\u2069')

    expect(hook.requests).toHaveLength(1)
    const request = hook.requests[0]!
    expect(JSON.parse(request.body)).toMatchObject({
      event: 'published',
      articleId: article.id,
      slug: article.slug,
      sectionSlug: 'world-n',
      status: 'published',
      url: `https://site.test/world-n/${article.slug}`,
    })
    const check = verifyWebhookSignature(
      SECRET,
      request.headers['x-newsroom-timestamp'] as string,
      request.body,
      request.headers['x-newsroom-signature'] as string,
    )
    expect(check).toEqual({ ok: true })
  })
})

describe('what counts as an event', () => {
  test('a draft saved over a live article sends nothing; saving the live article again calls the webhook only', async () => {
    const article = await createArticle('مقال للتحديث', published)
    await drainNotifications(payload)
    smtp.received.length = 0
    hook.requests.length = 0

    await payload.update({ collection: 'articles', id: article.id, locale: 'ar', draft: true, data: { title: 'مسودة فوق المنشور' } })
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
    expect(hook.requests).toHaveLength(0)

    await payload.update({ collection: 'articles', id: article.id, locale: 'ar', data: { title: 'مقال محدّث', ...published } })
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0) // `updated` has no email audience by default
    expect(hook.requests.map((request) => JSON.parse(request.body).event)).toEqual(['updated'])
  })

  test('unpublishing emails the authors, the section editor, the editor-in-chief and extra recipients', async () => {
    const article = await createArticle('مقال يُسحب', published)
    await drainNotifications(payload)
    smtp.received.length = 0
    hook.requests.length = 0

    await payload.update({ collection: 'articles', id: article.id, locale: 'ar', data: { _status: 'draft' } })
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(
      [
        room.users.writer.email,
        room.users.coauthor.email,
        room.users.sectionEditor.email,
        room.users.chief.email,
        'archive@newsroom.test',
      ].sort(),
    )
    const toWriter = smtp.received.find((mail) => mail.recipients[0] === room.users.writer.email)
    expect(toWriter?.parsed.subject).toBe('أُلغي نشر المقال: \u2068مقال يُسحب\u2069')
    const body = JSON.parse(hook.requests[0]?.body ?? '{}')
    expect(body).toMatchObject({ event: 'unpublished', status: 'draft', articleId: article.id })
  })

  test('a save made with the skip flag queues nothing', async () => {
    await payload.create({
      collection: 'articles',
      locale: 'ar',
      context: { newsroomSkipNotifications: true },
      data: { title: 'استيراد صامت', section: room.sectionId, authors: [room.users.writer.id], ...published },
    })
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
    expect(hook.requests).toHaveLength(0)
  })
})

describe('workflow events (enqueueNotifications)', () => {
  test('submitted reaches the section reviewers and the custom resolver\'s extra recipient, not the submitting writer', async () => {
    const article = await createArticle('مقال للمراجعة')
    const user = await payload.findByID({ collection: 'users', id: room.users.writer.id })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    await enqueueNotifications(req, { event: 'submitted', article })
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(
      [room.users.reviewer.email, room.users.listedReviewer.email, 'desk@readers.test'].sort(),
    )
    const mail = smtp.received.find((entry) => entry.recipients[0] === room.users.reviewer.email)!.parsed
    expect(mail.subject).toBe('مقال بانتظار المراجعة: \u2068مقال للمراجعة\u2069')
    expect(mail.text).toContain('بواسطة: \u2068Sara الكاتبة\u2069')
    expect(mail.html).toContain('<bdi>Sara الكاتبة</bdi>')
    expect(hook.requests).toHaveLength(0) // not a webhook event
  })

  test('changes requested reaches the authors with the comment escaped, line by line', async () => {
    const article = await createArticle('مقال يحتاج تعديلات')
    const req = await createLocalReq({}, payload)
    const comment = 'راجع الفقرة الثانية <script>alert(1)</script>\nوأضف المصدر & التاريخ'
    await enqueueNotifications(req, { event: 'changes-requested', article, comment, actor: { name: 'المراجِعة' } })
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual([room.users.writer.email, room.users.coauthor.email].sort())
    const mail = smtp.received.find((entry) => entry.recipients[0] === room.users.writer.email)!.parsed
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('راجع الفقرة الثانية &lt;script&gt;alert(1)&lt;/script&gt;<br>وأضف المصدر &amp; التاريخ')
    expect(mail.text).toContain('  وأضف المصدر & التاريخ')
  })

  test('an event switched off in the options sends no email', async () => {
    const article = await createArticle('مقال معتمد')
    await enqueueNotifications(await createLocalReq({}, payload), { event: 'approved', article })
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
  })

  test('the same event queued twice, and its dispatch run again, sends each message once', async () => {
    const article = await createArticle('حدث مكرر')
    const req = await createLocalReq({}, payload)
    await enqueueNotifications(req, { event: 'changes-requested', article })
    await enqueueNotifications(req, { event: 'changes-requested', article })
    await drainNotifications(payload)
    await enqueueNotifications(req, { event: 'changes-requested', article })
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual([room.users.writer.email, room.users.coauthor.email].sort())
    const log = await payload.find({
      collection: 'notification-deliveries',
      where: { and: [{ article: { equals: article.id } }, { event: { equals: 'changes-requested' } }] },
    })
    expect(log.docs.map((doc) => [doc.status, doc.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ])
  })

  test('a title carrying markup and direction overrides is escaped and isolated', async () => {
    const article = await createArticle('<img src=x onerror=alert(1)> \u202Eعنوان مقال عن الاقتصاد والسياسة والثقافة العربية في العالم')
    await enqueueNotifications(await createLocalReq({}, payload), { event: 'changes-requested', article })
    await drainNotifications(payload)
    const mail = smtp.received.find((entry) => entry.recipients[0] === room.users.writer.email)!.parsed
    expect(mail.subject).toBe('مطلوب تعديلات: \u2068<img src=x onerror=alert(1)> عنوان مقال عن الاقتصاد والسياسة والثقافة العربية في العالم\u2069')
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('<bdi>&lt;img src=x onerror=alert(1)&gt; عنوان مقال عن الاقتصاد والسياسة والثقافة العربية في العالم</bdi>')
  })
})

describe('the outbox shares the save\'s transaction', () => {
  const dispatchJobs = () =>
    payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'newsroom-dispatch-notification' } } })

  // Only where saves run in transactions: MongoDB without a replica set and FerretDB (issue #1548) have
  // none, so nothing rolls back there; tests/int/outbox-without-transactions.test.ts covers that case.
  test.runIf(TRANSACTIONS)('a rolled-back save queues nothing', async () => {
    await drainNotifications(payload)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'articles',
      locale: 'ar',
      req,
      data: { title: 'حفظ يُلغى', section: room.sectionId, authors: [room.users.writer.id], ...published },
    })
    await killTransaction(req)
    expect((await dispatchJobs()).totalDocs).toBe(0)
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
  })

  test.runIf(TRANSACTIONS)('a queued job is invisible to the worker until the save commits', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'articles',
      locale: 'ar',
      req,
      data: { title: 'حفظ يكتمل', section: room.sectionId, authors: [room.users.writer.id], ...published },
    })
    if (env.database.kind === 'postgres') {
      // Read from another connection while the save's transaction is open.
      expect((await dispatchJobs()).totalDocs).toBe(0)
    }
    await commitTransaction(req)
    expect((await dispatchJobs()).totalDocs).toBe(1)
    await drainNotifications(payload)
    expect(smtp.received.length).toBeGreaterThan(0)
  })
})

describe('two workers and one delivery', () => {
  let counter = 0
  async function pendingDelivery() {
    counter += 1
    const now = new Date().toISOString()
    const key = `race-${counter}-${Date.now().toString(36)}`
    const row = await payload.db.create({
      collection: 'notification-deliveries',
      data: {
        key,
        channel: 'email',
        event: 'changes-requested',
        status: 'pending',
        attempts: 0,
        recipient: 'race@newsroom.test',
        subject: `سباق ${counter}`,
        message: { subject: `سباق ${counter}`, text: 'نص', html: '<p>نص</p>', messageId: `<${key}@newsroom.test>` },
        createdAt: now,
        updatedAt: now,
      },
    })
    return { id: row.id as number | string, key }
  }
  const optionsOf = () => newsroomOptionsOf(payload)!
  const status = async (id: number | string) =>
    (await payload.findByID({ collection: 'notification-deliveries', id, depth: 0 })) as unknown as { status: string; attempts: number }

  test('while one worker is sending a delivery, a second given the same one sends nothing; the first records it sent', async () => {
    const { id } = await pendingDelivery()
    const release = smtp.stall()
    const first = deliverEmail(await createLocalReq({}, payload), optionsOf(), id)
    const deadline = Date.now() + 10_000
    while (smtp.pending() === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(smtp.pending()).toBe(1)
    // The row still says pending: only the claim on attempt 1 stops the second worker.
    expect((await status(id)).status).toBe('pending')
    const second = await deliverEmail(await createLocalReq({}, payload), optionsOf(), id)
    expect(second.status).toBe('skipped')
    release()
    expect((await first).status).toBe('sent')
    expect(smtp.received).toHaveLength(1)
    expect(await status(id)).toMatchObject({ status: 'sent', attempts: 1 })
  })

  test('ten workers at once send a delivery once', async () => {
    const { id } = await pendingDelivery()
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, async () => (await deliverEmail(await createLocalReq({}, payload), optionsOf(), id)).status),
    )
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1)
    expect(smtp.received).toHaveLength(1)
  })

  test('a claim left by a worker that died mid-send is taken over once the jobs\' reclaim time has passed; a fresh one is not', async () => {
    const fresh = await pendingDelivery()
    const old = await pendingDelivery()
    const stale = new Date(Date.now() - (optionsOf().jobs.reclaimAfterMinutes * 60_000 + 60_000)).toISOString()
    const now = new Date().toISOString()
    await payload.db.create({ collection: 'notification-claims', data: { key: `${fresh.key}#1`, createdAt: now, updatedAt: now } })
    await payload.db.create({ collection: 'notification-claims', data: { key: `${old.key}#1`, createdAt: stale, updatedAt: stale } })
    expect((await deliverEmail(await createLocalReq({}, payload), optionsOf(), fresh.id)).status).toBe('skipped')
    expect((await deliverEmail(await createLocalReq({}, payload), optionsOf(), old.id)).status).toBe('sent')
    expect(smtp.received.map((mail) => mail.parsed.subject)).toEqual([`سباق ${counter}`])
    expect((await status(fresh.id)).status).toBe('pending')
  })

  test('claims have no door: not over REST, not in GraphQL\'s schema', async () => {
    const { startHttpServer } = await import('../helpers/http')
    const http = await startHttpServer(payload)
    try {
      const token = await http.login(room.users.admin.email, 'password-123')
      expect((await http.request('/api/notification-claims', { token })).status).toBe(403)
      const { body } = await http.graphql('query { __schema { queryType { fields { name } } } }', undefined, token)
      const fields = (body.data as { __schema: { queryType: { fields: { name: string }[] } } }).__schema.queryType.fields.map((f) => f.name)
      expect(fields.some((name) => /claim/i.test(name))).toBe(false)
    } finally {
      await http.close()
    }
  })
})
