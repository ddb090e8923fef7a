import { afterAll, beforeAll, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { bootPayload } from '../helpers/payload'

/**
 * A read in every locale (each save makes one of the document it changes) looks the localized rows up by
 * their parent: on the SQL databases that must be an index search, not a scan of the whole table
 * (src/host/localesParentIndexes.ts).
 */
let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('locales-index')
})

afterAll(async () => {
  await t?.teardown()
})

const TABLES = ['articles_locales', '_articles_v_locales', 'sections_locales', 'sources_locales']

/** How the database would find one parent's localized rows in `table`. */
async function plan(table: string): Promise<string> {
  const db = t.payload.db as unknown as {
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  if (t.database.kind === 'sqlite') {
    const { rows } = await db.client!.execute(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE "_parent_id" = 1`)
    return rows.map((row) => String(row.detail)).join('\n')
  }
  // PostgreSQL: with sequential scans off, a plan that still reads the table whole has no index to use.
  await db.pool!.query('SET enable_seqscan = off')
  try {
    const { rows } = await db.pool!.query(`EXPLAIN SELECT * FROM "${table}" WHERE "_parent_id" = 1`)
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
  } finally {
    await db.pool!.query('SET enable_seqscan = on')
  }
}

test('a section read in every locale is found whole, through an index on the SQL databases', async () => {
  const section = await t.payload.create({ collection: 'sections', data: { name: 'اقتصاد' } as never })
  const all = (await t.payload.findByID({ collection: 'sections', id: section.id, locale: 'all' })) as unknown as { name: Record<string, string> }
  expect(all.name.ar).toBe('اقتصاد')
  if (t.database.kind === 'mongodb') return // MongoDB keeps a document's locales inside it.
  for (const table of TABLES) {
    const how = await plan(table)
    expect(how, table).toContain(`${table}_parent_idx`)
  }
})
