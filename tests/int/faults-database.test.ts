import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, eventsOf, seedNewsroom } from '../helpers/workflow'

/*
 * PostgreSQL restarted under a running app: every connection the app holds is cut at once (as a restart,
 * a failover or a proxy dropping connections does), here with pg_terminate_backend on the app's database
 * so the shared test server itself keeps running. Runs on PostgreSQL in every pass (in the SQLite and
 * MongoDB-wire passes too: the fault belongs to PostgreSQL deployments).
 */

const base = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URI ?? '')
  ? (process.env.TEST_DATABASE_URI as string)
  : (process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test')

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let token: string

beforeAll(async () => {
  env = await bootPayload('faults_pg', { databaseBase: base })
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  token = await http.login(fixture.users['section-editor'].email, PASSWORD)
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
})

/** Cuts every connection to the app's database, as a PostgreSQL restart does. */
async function cutConnections(): Promise<number> {
  const name = new URL(env.database.uri).pathname.slice(1)
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    const { rows } = await client.query<{ cut: boolean }>(
      'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    )
    return rows.filter((row) => row.cut).length
  } finally {
    await client.end()
  }
}

async function until(probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('the app did not recover within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('PostgreSQL restarted under a running app', () => {
  test('the process survives idle connections being cut, and the next requests are answered', async () => {
    // Idle pooled connections: without an error listener on the pool, their error would end the process.
    expect((await http.request('/api/articles?limit=1', { token })).status).toBe(200)
    expect(await cutConnections()).toBeGreaterThan(0)
    await until(async () => (await http.request('/api/articles?limit=1', { token })).status === 200)
    expect((await http.request('/api/sections?limit=1')).status).toBe(200)
  })

  test('saves and workflow actions cut mid-flight are whole or absent, and the article is consistent afterwards', async () => {
    const id = await createArticle(env.payload, fixture, 'draft')
    const titles = Array.from({ length: 12 }, (_, index) => `عنوان أثناء انقطاع قاعدة البيانات رقم ${index + 1}`)
    const saves = titles.map((title) => http.request(`/api/articles/${id}`, { method: 'PATCH', token, json: { title } }))
    const cut = new Promise((resolve) => setTimeout(resolve, 30)).then(cutConnections)
    const statuses = (await Promise.all(saves)).map((response) => response.status)
    await cut
    // Each save either went through or failed as a whole; none was refused as bad input.
    // (a save whose permission check lost its connection is refused: 403, nothing written)
    for (const status of statuses) expect([200, 403, 500, 503]).toContain(status)

    await until(async () => (await http.request(`/api/articles/${id}?draft=true`, { token })).status === 200)
    const latest = (await env.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as { title: string; workflowStatus: string }
    expect(['موازنة جديدة', ...titles].some((title) => latest.title.startsWith(title.slice(0, 10)))).toBe(true)
    expect(latest.workflowStatus).toBe('draft')

    // The workflow goes on from there: submit, and the history holds exactly that transition.
    const submit = await http.request(`/api/articles/${id}/workflow`, { method: 'POST', token, json: { action: 'submit' } })
    expect(submit.status).toBe(200)
    expect((await eventsOf(env.payload, id)).filter((event) => event.action === 'submit')).toHaveLength(1)
  })
})
