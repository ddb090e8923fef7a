import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, eventsOf, seedNewsroom, stateOf } from '../helpers/workflow'

/*
 * Two reviewers acting on the same article at the same moment, over real HTTP: exactly one transition
 * wins, the other request gets 409, and exactly one event is recorded. Repeated so that the requests
 * really overlap in the database (on Postgres the loser waits on the winner's row lock).
 */

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>
const ROUNDS = 12

beforeAll(async () => {
  env = await bootPayload('wfrace')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['reviewer', 'section-editor', 'editor-in-chief'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const act = (id: number | string, role: Role, action: string) =>
  http.request(`/api/articles/${id}/workflow`, {
    method: 'POST',
    token: tokens[role],
    json: { action, comment: 'الرقم في الفقرة الثانية يحتاج إلى مصدر.' },
  })

describe('concurrent transitions', () => {
  test.each([
    { title: 'two approvals', first: ['reviewer', 'approve'], second: ['section-editor', 'approve'] },
    { title: 'approve against request-changes', first: ['reviewer', 'approve'], second: ['editor-in-chief', 'request-changes'] },
  ] as const)('$title: one wins, the other gets 409, one event', async ({ first, second }) => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await createArticle(env.payload, fixture, 'in_review')
      const responses = await Promise.all([act(id, first[0], first[1]), act(id, second[0], second[1])])
      const statuses = responses.map((response) => response.status).sort()
      expect(statuses).toEqual([200, 409])
      const loser = responses.find((response) => response.status === 409)
      const body = (await loser?.json()) as { code: string; message: { ar: string; en: string } }
      expect(['conflict', 'invalid-transition']).toContain(body.code)
      expect(body.message.ar.length).toBeGreaterThan(0)

      const winner = responses.find((response) => response.status === 200)
      const won = (await winner?.json()) as { transition: { to: string } }
      const events = await eventsOf(env.payload, id)
      expect(events).toHaveLength(1)
      expect(events[0]?.to).toBe(won.transition.to)
      expect(await stateOf(env.payload, id)).toMatchObject({ state: won.transition.to, row: won.transition.to })
      expect(events[0]?.transitionKey).toBe(`${id}:1`)
    }
  })

  test('publish against an edit that sends the article back to draft: never both from the same state', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await createArticle(env.payload, fixture, 'approved')
      const [publish, edit] = await Promise.all([
        act(id, 'section-editor', 'publish'),
        http.request(`/api/articles/${id}?draft=true`, {
          method: 'PATCH',
          token: tokens['editor-in-chief'],
          json: { title: `عنوان بعد التحرير ${round}` },
        }),
      ])
      // Either one of them lost the race (409), or they ran one after the other and both count.
      const statuses = [publish, edit].map((response) => response.status)
      expect(statuses.every((status) => status === 200 || status === 409)).toBe(true)
      expect(statuses).toContain(200)
      const events = (await eventsOf(env.payload, id)).sort(
        (a, b) => Number(a.transitionKey.split(':')[1]) - Number(b.transitionKey.split(':')[1]),
      )
      expect(events).toHaveLength(statuses.filter((status) => status === 200).length)
      expect(events.map((event) => event.transitionKey)).toEqual(events.map((_, index) => `${id}:${index + 1}`))
      // The history is one chain from the state both requests started from.
      expect(events[0]?.from).toBe('approved')
      for (let index = 1; index < events.length; index += 1) expect(events[index]?.from).toBe(events[index - 1]?.to)
      const last = events.at(-1)?.to
      expect(await stateOf(env.payload, id)).toMatchObject({ state: last, row: last })
      if (edit.status === 409) {
        const body = (await edit.json()) as { errors: { message: string }[] }
        expect(body.errors[0]?.message).toMatch(/تغيّرت حالة المقال/)
      }
    }
  })
})
