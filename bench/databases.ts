/**
 * The databases a benchmark runs on, each fresh and removed afterwards: SQLite (a temporary file),
 * PostgreSQL when one answers (TEST_POSTGRES_URI, default postgres://postgres@127.0.0.1:5432/test; a new
 * database), and MongoDB's wire protocol (BENCH_MONGODB_URI, or FerretDB started as the tests start it).
 * `BENCH_DATABASES=sqlite,postgres,mongodb` chooses among them.
 */
import type { DatabaseAdapterObj } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { databaseAdapter } from '../dev/database'
import { startFerretdb } from '../tests/helpers/ferretdb.mjs'

export type BenchDatabase = { label: string; adapter: () => DatabaseAdapterObj; close: () => Promise<void> }

async function postgresBase(): Promise<string | null> {
  const uri = process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test'
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return uri
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

async function withAdmin<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Opens the chosen database; `null` when it is not available here (said on stdout). */
export async function openBenchDatabase(kind: string): Promise<BenchDatabase | null> {
  const name = `bench_${randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const directory = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
    return {
      label: 'SQLite',
      adapter: () => sqliteAdapter({ client: { url: `file:${path.join(directory, 'bench.db')}` }, transactionOptions: {} }),
      close: async () => rmSync(directory, { recursive: true, force: true }),
    }
  }
  if (kind === 'postgres') {
    const base = await postgresBase()
    if (!base) {
      console.log('PostgreSQL did not answer: its run is skipped.')
      return null
    }
    await withAdmin(base, (client) => client.query(`CREATE DATABASE ${name}`))
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      label: 'PostgreSQL',
      adapter: () => databaseAdapter(url.toString()),
      close: () => withAdmin(base, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
    }
  }
  if (kind === 'mongodb') {
    if (process.env.BENCH_MONGODB_URI) {
      const url = new URL(process.env.BENCH_MONGODB_URI)
      url.pathname = `/${name}`
      return { label: 'MongoDB', adapter: () => databaseAdapter(url.toString()), close: async () => {} }
    }
    const server = (await startFerretdb()) as { uri: string; backend: string; stop: () => Promise<void> }
    return {
      label: `MongoDB wire (FerretDB on ${server.backend})`,
      adapter: () => databaseAdapter(`${server.uri}${name}`),
      close: () => server.stop(),
    }
  }
  throw new Error(`Unknown bench database "${kind}" (sqlite, postgres, mongodb)`)
}

/** The database kinds to run on, from BENCH_DATABASES (default: all three). */
export function benchDatabaseKinds(): string[] {
  return (process.env.BENCH_DATABASES ?? 'sqlite,postgres,mongodb').split(',').map((kind) => kind.trim()).filter(Boolean)
}
