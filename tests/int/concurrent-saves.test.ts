import { afterAll, beforeAll, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { bootPayload } from '../helpers/payload'

let env: TestPayload

beforeAll(async () => {
  env = await bootPayload('concurrency')
})

afterAll(async () => {
  await env?.teardown()
})

// The test app's SQLite adapter runs every request in a transaction and is not wrapped by the app: the
// newsroom plugin queues its transactions by itself.
test('regression: concurrent saves each get their own transaction instead of failing with SQLITE_BUSY', async () => {
  const { payload } = env
  const results = await Promise.allSettled(
    Array.from({ length: 12 }, (_, i) => payload.create({ collection: 'sources', data: { name: `وكالة الأنباء رقم ${i}`, kind: 'agency' } })),
  )
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []))
  expect(failures).toEqual([])
  expect((await payload.count({ collection: 'sources' })).totalDocs).toBe(12)
})

test('an invalid save fails alone while a concurrent save proceeds', async () => {
  const { payload } = env
  const before = (await payload.count({ collection: 'sources' })).totalDocs
  const bad = payload.create({
    collection: 'sources',
    data: { name: 'مصدر برابط غير صالح', kind: 'agency', url: 'ftp://example.test' },
  })
  const good = payload.create({ collection: 'sources', data: { name: 'مصدر صحيح تمامًا', kind: 'newspaper' } })
  await expect(bad).rejects.toMatchObject({ status: 400 })
  await expect(good).resolves.toBeTruthy()
  expect((await payload.count({ collection: 'sources' })).totalDocs).toBe(before + 1)
})
