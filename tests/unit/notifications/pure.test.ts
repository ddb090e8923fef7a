import { describe, expect, test } from 'vitest'

import type { AudienceMembers } from '../../../src/notifications/recipients'

import { backoffSchedule, retriesConfig } from '../../../src/notifications/backoff'
import { publicationEvent } from '../../../src/notifications/events'
import { deliveryKey, messageIdFor } from '../../../src/notifications/keys'
import { resolveNotificationsOptions } from '../../../src/notifications/options'
import { resolveRecipients, uniqueRecipients } from '../../../src/notifications/recipients'
import { REVIEW_EVENTS } from '../../../src/notifications/workflow'

describe('publicationEvent', () => {
  test.each([
    ['created live', null, true, true, 'published'],
    ['created as a draft', null, false, false, null],
    ['draft published', false, true, true, 'published'],
    ['live article unpublished', true, false, true, 'unpublished'],
    ['live article saved again', true, true, true, 'updated'],
    ['draft saved beside a live article', true, true, false, null],
    ['draft saved again', false, false, false, null],
  ] as const)('%s', (_title, liveBefore, liveAfter, wroteLiveDocument, expected) => {
    expect(publicationEvent({ liveBefore, liveAfter, wroteLiveDocument })).toBe(expected)
  })
})

describe('deliveryKey', () => {
  const base = {
    event: 'published' as const,
    collection: 'articles',
    articleId: 7,
    version: '2026-11-25T10:00:00.000Z',
    target: { channel: 'email' as const, email: 'Sara@News.test' },
  }
  test('is stable, and ignores the case of an address', () => {
    expect(deliveryKey(base)).toBe(deliveryKey({ ...base, target: { channel: 'email', email: ' sara@news.test ' } }))
    expect(deliveryKey(base)).toMatch(/^published:articles:7:[0-9a-f]{24}$/)
  })
  test.each([
    ['another event', { event: 'unpublished' as const }],
    ['another version', { version: '2026-11-25T10:00:01.000Z' }],
    ['another article', { articleId: 8 }],
    ['another recipient', { target: { channel: 'email' as const, email: 'omar@news.test' } }],
    ['an endpoint', { target: { channel: 'webhook' as const, url: 'https://a.test/hook' } }],
  ])('differs for %s', (_title, change) => {
    expect(deliveryKey({ ...base, ...change })).not.toBe(deliveryKey(base))
  })
  test('the Message-ID follows the key', () => {
    const key = deliveryKey(base)
    expect(messageIdFor(key, 'news.test')).toBe(messageIdFor(key, 'news.test'))
    expect(messageIdFor(key, 'news.test')).toMatch(/^<[0-9a-f]{32}\.newsroom@news\.test>$/)
  })
})

describe('backoff', () => {
  test('doubles from the first delay, one wait fewer than the attempts', () => {
    expect(backoffSchedule(5, 30_000)).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(backoffSchedule(1, 30_000)).toEqual([])
    expect(retriesConfig(5, 1000)).toEqual({ attempts: 4, backoff: { type: 'exponential', delay: 1000 } })
  })
  test('refuses a non-positive number of attempts', () => {
    expect(() => backoffSchedule(0, 1)).toThrow(TypeError)
  })
})

describe('recipients', () => {
  const person = (email: string, language: 'ar' | 'en' = 'ar') => ({ email, name: null, language })
  const members: AudienceMembers = {
    authors: [person('a@n.test'), person('B@n.test')],
    reviewers: [person('b@n.test', 'en'), person('r@n.test')],
    editors: [person('e@n.test')],
    subscribers: [person('not an address'), person('s@n.test', 'en')],
  }
  test('audiences in order, each address once, invalid ones dropped, extras last', () => {
    const result = resolveRecipients({
      audiences: ['authors', 'reviewers', 'subscribers'],
      members,
      extra: [person('x@n.test'), person('A@N.TEST')],
      actor: null,
      notifyActor: false,
    })
    expect(result.map((r) => r.email)).toEqual(['a@n.test', 'B@n.test', 'r@n.test', 's@n.test', 'x@n.test'])
  })
  test('the actor is left out unless notifyActor is set', () => {
    const args = { audiences: ['authors'] as const, members, extra: [], actor: { email: 'b@N.test' } }
    expect(resolveRecipients({ ...args, audiences: [...args.audiences], notifyActor: false }).map((r) => r.email)).toEqual(['a@n.test'])
    expect(resolveRecipients({ ...args, audiences: [...args.audiences], notifyActor: true })).toHaveLength(2)
  })
  test('uniqueRecipients keeps the first occurrence', () => {
    expect(uniqueRecipients([person('a@n.test', 'en')], [person('A@n.test', 'ar')])).toEqual([person('a@n.test', 'en')])
  })
})

describe('resolveNotificationsOptions', () => {
  test('defaults', () => {
    const options = resolveNotificationsOptions()
    expect(options).toMatchObject({ disabled: false, attempts: 5, backoffDelayMs: 30_000, queue: 'newsroom-notifications', webhooks: [] })
    expect(options.events.published.audiences).toEqual(['authors', 'reviewers', 'subscribers'])
    expect(options.events.unpublished.audiences).toEqual(['authors', 'editors'])
    expect(options.events.submitted.audiences).toEqual(['reviewers'])
    expect(options.events.updated.audiences).toEqual([])
    expect(options.webhooks).toEqual([])
  })
  test('a webhook gets the three publication events by default', () => {
    const options = resolveNotificationsOptions({ webhooks: [{ url: 'https://a.test/hook', secret: 'x'.repeat(16) }] })
    expect(options.webhooks[0]?.events).toEqual(['published', 'unpublished', 'updated'])
  })
  test.each([
    ['a short secret', { webhooks: [{ url: 'https://a.test', secret: 'short' }] }, /secret must be/],
    ['a relative URL', { webhooks: [{ url: '/hook', secret: 'x'.repeat(16) }] }, /not an absolute URL/],
    ['an unknown webhook event', { webhooks: [{ url: 'https://a.test', secret: 'x'.repeat(16), events: ['submitted' as never] }] }, /events has "submitted"/],
    ['an unknown event', { events: { archived: {} } as never }, /unknown event "archived"/],
    ['a bad extra recipient', { events: { published: { recipients: ['nobody'] } } }, /not an email address/],
    ['zero attempts', { attempts: 0 }, /attempts must be an integer of at least 1/],
    ['a listed-twice endpoint', { webhooks: [{ url: 'https://a.test/h', secret: 'x'.repeat(16) }, { url: 'https://a.test/h', secret: 'y'.repeat(16) }] }, /listed twice/],
  ])('refuses %s at start-up', (_title, options, message) => {
    expect(() => resolveNotificationsOptions(options)).toThrow(message)
    expect(() => resolveNotificationsOptions(options)).toThrow(/^\[payload-newsroom\]/)
  })
})

test('review actions map to their email events; publication changes are left to the articles hook', () => {
  expect(REVIEW_EVENTS).toEqual({ submit: 'submitted', approve: 'approved', 'request-changes': 'changes-requested' })
})
