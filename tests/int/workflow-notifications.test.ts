import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { Newsroom } from '../helpers/notifications'
import type { TestPayload } from '../helpers/payload'
import type { TestSmtp } from '../helpers/smtp'

import { startHttpServer } from '../helpers/http'
import { addresses, drainNotifications, seedNewsroom, smtpEmail } from '../helpers/notifications'
import { bootPayload } from '../helpers/payload'
import { startSmtp } from '../helpers/smtp'
import { eventsOf, lexical } from '../helpers/workflow'

/*
 * The review notifications of the workflow endpoint, end to end: real HTTP requests to
 * `POST /api/articles/:id/workflow`, the real notification queue, a real SMTP server.
 */

const PASSWORD = 'password-123'
const COMMENT = 'أضف مصدر الرقم <b>12%</b> & راجع الفقرة الثانية.'

let env: TestPayload
let payload: Payload
let smtp: TestSmtp
let http: HttpServer
let room: Newsroom
const tokens: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startSmtp()
  env = await bootPayload('wfnotify', {
    plugin: { notifications: { adminUrl: 'https://cms.test/admin' } },
    config: { email: smtpEmail(smtp) },
  })
  payload = env.payload
  room = await seedNewsroom(payload, 'wf')
  http = await startHttpServer(payload)
  for (const key of ['writer', 'reviewer', 'sectionEditor'] as const) {
    tokens[key] = await http.login(room.users[key].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
  await smtp?.stop()
})

beforeEach(() => {
  smtp.received.length = 0
})

async function newArticle(title: string) {
  // Submitting checks what publishing needs, a featured image with alt text among it. The row is written
  // directly: the workflow reads only its alt text.
  const image = await payload.db.create({
    collection: 'media',
    data: { alt: 'صورة المقال', filename: `article-${Date.now()}.jpg`, mimeType: 'image/jpeg', width: 1200, height: 800 },
  })
  const article = await payload.create({
    collection: 'articles',
    locale: 'ar',
    data: {
      title,
      section: room.sectionId,
      authors: [room.users.writer.id, room.users.coauthor.id],
      body: lexical('نص المقال.'),
      featuredImage: image.id,
    } as never,
  })
  return article.id
}

async function act(id: number | string, who: string, action: string, comment?: string) {
  const response = await http.request(`/api/articles/${id}/workflow`, {
    method: 'POST',
    token: tokens[who],
    json: comment === undefined ? { action } : { action, comment },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('review notifications of the workflow endpoint', () => {
  test('submit emails the section reviewers once; request-changes and approve email the authors', async () => {
    const id = await newArticle('موازنة الصحة للعام المقبل')
    const reviewers = [room.users.reviewer.email, room.users.listedReviewer.email].sort()
    const authors = [room.users.writer.email, room.users.coauthor.email].sort()

    expect((await act(id, 'writer', 'submit')).status).toBe(200)
    expect(smtp.received).toHaveLength(0) // queued in the transition, sent by the queue
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(reviewers)
    const submitted = smtp.received.find((mail) => mail.recipients[0] === room.users.reviewer.email)!.parsed
    expect(submitted.subject).toBe('مقال بانتظار المراجعة: \u2068موازنة الصحة للعام المقبل\u2069')
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(2) // once each, however often the queue runs

    smtp.received.length = 0
    expect((await act(id, 'reviewer', 'request-changes', COMMENT)).status).toBe(200)
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(authors)
    const changes = smtp.received.find((mail) => mail.recipients[0] === room.users.writer.email)!.parsed
    expect(changes.subject).toBe('مطلوب تعديلات: \u2068موازنة الصحة للعام المقبل\u2069')
    expect(changes.text).toContain(COMMENT)
    expect(changes.html).toContain('أضف مصدر الرقم &lt;b&gt;12%&lt;/b&gt; &amp; راجع الفقرة الثانية.')
    expect(changes.html).not.toContain('<b>12%</b>')

    smtp.received.length = 0
    expect((await act(id, 'writer', 'submit')).status).toBe(200)
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(reviewers)

    smtp.received.length = 0
    expect((await act(id, 'sectionEditor', 'approve')).status).toBe(200)
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual(authors)
    const approved = smtp.received.find((mail) => mail.recipients[0] === room.users.coauthor.email)!.parsed
    expect(approved.subject).toBe('Approved: \u2068موازنة الصحة للعام المقبل\u2069')

    expect((await eventsOf(payload, id)).map((event) => event.action)).toEqual([
      'submit',
      'request-changes',
      'submit',
      'approve',
    ])
  })

  test('the reviewer who acts is not emailed about their own action', async () => {
    const id = await newArticle('تقرير البطالة')
    expect((await act(id, 'writer', 'submit')).status).toBe(200)
    await drainNotifications(payload)
    smtp.received.length = 0
    // The reviewer is also an author here: the approval still reaches the other authors only.
    await payload.update({
      collection: 'articles',
      id,
      draft: true,
      data: { authors: [room.users.writer.id, room.users.reviewer.id] } as never,
    })
    expect((await act(id, 'reviewer', 'approve')).status).toBe(200)
    await drainNotifications(payload)
    expect(addresses(smtp.received)).toEqual([room.users.writer.email])
  })

  test('a refused action queues nothing', async () => {
    const id = await newArticle('مقال لم يُرسل')
    expect((await act(id, 'reviewer', 'approve')).status).toBe(409) // still a draft
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
    expect((await act(id, 'writer', 'submit')).status).toBe(200)
    await drainNotifications(payload)
    smtp.received.length = 0
    const noComment = await act(id, 'reviewer', 'request-changes')
    expect(noComment.status).toBe(400)
    await drainNotifications(payload)
    expect(smtp.received).toHaveLength(0)
  })
})
