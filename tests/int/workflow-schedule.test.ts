import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { DEFAULT_SCHEDULE_QUEUE } from '../../src/defaults'
import { FIRE_SCHEDULE_TASK } from '../../src/workflow-server/scheduledPublish'
import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, eventsOf, seedNewsroom, stateOf } from '../helpers/workflow'

/*
 * Scheduled publishing through Payload's jobs queue. The queue really runs (payload.jobs.run); instead
 * of waiting for wall-clock time, the job system's clock (_internal_jobSystemGlobals.getCurrentDate,
 * which Payload's queue uses to pick due jobs and the task uses as "now") is set to the moment under test.
 */

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Role, string>

/** 14:30 in Cairo on 15 January 2030 (UTC+2, no daylight saving in January). */
const LOCAL_TIME = '2030-01-15T14:30'
const DUE = '2030-01-15T12:30:00.000Z'

beforeAll(async () => {
  env = await bootPayload('wfschedule')
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'section-editor'] as const) tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
})

afterEach(() => _internal_resetJobSystemGlobals())

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

const act = (id: number | string, action: string, extra: Record<string, unknown> = {}) =>
  http.request(`/api/articles/${id}/workflow`, { method: 'POST', token: tokens['section-editor'], json: { action, ...extra } })

async function pendingJobs() {
  const jobs = await env.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: FIRE_SCHEDULE_TASK } }, { completedAt: { exists: false } }] },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return jobs.docs as unknown as { id: number | string; queue: string; waitUntil: string; input: { article: string } }[]
}

/** Runs the schedule queue as its cron tick would at `at`. */
async function runQueueAt(at: string | Date) {
  const now = new Date(at)
  _internal_jobSystemGlobals.getCurrentDate = () => now
  await env.payload.jobs.run({ queue: DEFAULT_SCHEDULE_QUEUE, silent: true })
}

describe('scheduled publishing', () => {
  test('a time entered in the newsroom time zone is stored in UTC and fires at its minute, not before', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    const response = await act(id, 'schedule', { publishAt: LOCAL_TIME })
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: Record<string, unknown> }
    expect(doc).toMatchObject({ workflowStatus: 'scheduled', publishAt: DUE, publishAt_tz: 'Africa/Cairo' })

    const jobs = (await pendingJobs()).filter((job) => job.input.article === String(id))
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ queue: DEFAULT_SCHEDULE_QUEUE })
    expect(new Date(jobs[0]!.waitUntil).toISOString()).toBe(DUE)

    await runQueueAt(new Date(Date.parse(DUE) - 1000))
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'scheduled', live: false })

    await runQueueAt(new Date(Date.parse(DUE) + 1))
    expect(await stateOf(env.payload, id)).toEqual({ state: 'published', row: 'published', live: true })
    const events = await eventsOf(env.payload, id)
    expect(events.map((event) => event.action)).toEqual(['schedule', 'fire-schedule'])
    expect(events[1]).toMatchObject({ from: 'scheduled', to: 'published', actor: null })
    expect(await pendingJobs()).toHaveLength(0)
  })

  test('milliseconds are dropped, so a job due at a minute fires at that minute’s tick', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    const response = await act(id, 'schedule', { publishAt: '2030-02-01T09:00:00.750Z' })
    const { doc } = (await response.json()) as { doc: { publishAt: string } }
    expect(doc.publishAt).toBe('2030-02-01T09:00:00.000Z')
    await runQueueAt('2030-02-01T09:00:00.005Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'published', live: true })
  })

  test('regression: articles due at the same minute all go live when one queue run takes them side by side', async () => {
    // Payload runs a batch's jobs concurrently on one request; a flag one job left in its context used
    // to vanish under another job's save, and that article stayed scheduled for good.
    const ids = []
    for (let index = 0; index < 4; index++) {
      const id = await createArticle(env.payload, fixture, 'approved')
      expect((await act(id, 'schedule', { publishAt: '2030-02-10T08:00:00Z' })).status).toBe(200)
      ids.push(id)
    }
    await runQueueAt('2030-02-10T08:00:00.010Z')
    for (const id of ids) {
      expect(await stateOf(env.payload, id)).toEqual({ state: 'published', row: 'published', live: true })
      expect((await eventsOf(env.payload, id)).map((event) => event.action)).toEqual(['schedule', 'fire-schedule'])
    }
  })

  test('a cancelled schedule removes its job and never fires', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    expect((await act(id, 'schedule', { publishAt: '2030-03-01T10:00:00Z' })).status).toBe(200)
    const cancel = await act(id, 'cancel-schedule')
    expect(cancel.status).toBe(200)
    expect(await pendingJobs()).toHaveLength(0)
    await runQueueAt('2030-03-01T10:00:01Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'approved', live: false })
    const doc = (await env.payload.findByID({ collection: 'articles', id, draft: true })) as { publishAt?: string | null }
    expect(doc.publishAt ?? null).toBeNull()
  })

  test('a rescheduled article fires only at its new time', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    await act(id, 'schedule', { publishAt: '2030-04-01T10:00:00Z' })
    await act(id, 'cancel-schedule')
    await act(id, 'schedule', { publishAt: '2030-04-02T10:00:00Z' })
    expect(await pendingJobs()).toHaveLength(1)
    await runQueueAt('2030-04-01T10:00:01Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'scheduled' })
    await runQueueAt('2030-04-02T10:00:01Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'published', live: true })
  })

  test('an embargo still in force when the schedule fires keeps the article unpublished', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    await act(id, 'schedule', { publishAt: '2030-05-01T10:00:00Z' })
    // Trusted server code moves the embargo after the article was scheduled.
    await env.payload.update({ collection: 'articles', id, draft: true, data: { embargoUntil: '2030-05-01T12:00:00.000Z' } as never })
    await runQueueAt('2030-05-01T10:00:01Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'scheduled', live: false })
    // The job ran and refused: nothing was published and no event was recorded.
    expect(await pendingJobs()).toHaveLength(0)
    expect((await eventsOf(env.payload, id)).map((event) => event.action)).toEqual(['schedule'])
  })

  test('editing a scheduled article sends it back to draft and drops its job', async () => {
    const id = await createArticle(env.payload, fixture, 'approved')
    await act(id, 'schedule', { publishAt: '2030-06-01T10:00:00Z' })
    const edit = await http.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens['section-editor'],
      json: { title: 'عنوان بعد الجدولة' },
    })
    expect(edit.status).toBe(200)
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'draft', row: 'draft' })
    expect(await pendingJobs()).toHaveLength(0)
    await runQueueAt('2030-06-01T10:00:01Z')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'draft', live: false })
  })
})

describe('embargo', () => {
  test('publishing before the embargo lifts is refused with 409 naming the time in both languages', async () => {
    const embargo = new Date(Date.now() + 3 * 86_400_000)
    embargo.setUTCSeconds(0, 0)
    const id = await createArticle(env.payload, fixture, 'approved', { embargoUntil: embargo.toISOString() })
    const response = await act(id, 'publish')
    expect(response.status).toBe(409)
    const body = (await response.json()) as { code: string; message: { ar: string; en: string } }
    expect(body.code).toBe('embargo')
    expect(body.message.en).toContain(String(embargo.getUTCFullYear()))
    expect(body.message.en).toMatch(/Eastern European|Egypt|Cairo|GMT\+/)
    expect(body.message.ar).toContain('حتى')
    expect(await stateOf(env.payload, id)).toMatchObject({ state: 'approved', live: false })

    const early = await act(id, 'schedule', { publishAt: new Date(embargo.getTime() - 60_000).toISOString() })
    expect(early.status).toBe(409)
    expect(((await early.json()) as { code: string }).code).toBe('embargo-schedule')
    const onTime = await act(id, 'schedule', { publishAt: embargo.toISOString() })
    expect(onTime.status).toBe(200)
  })
})
