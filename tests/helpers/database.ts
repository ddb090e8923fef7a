import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = {
  /** The URI to hand to the adapter. */
  uri: string
  kind: 'sqlite' | 'postgres' | 'mongodb'
  /** Removes the database (and its files). */
  drop: () => Promise<void>
}

/**
 * A fresh, empty database for one test file, on the engine `TEST_DATABASE_URI` names:
 * unset (or `sqlite`) → a temporary SQLite file; `postgres://…` → a new database on that server;
 * `mongodb://…` → a new database name on that server.
 */
export async function freshDatabase(label: string, base: string = process.env.TEST_DATABASE_URI ?? 'sqlite'): Promise<TestDatabase> {
  const run = process.env.NEWSROOM_TEST_RUN ?? 'adhoc'
  const name = `nr_${run}_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 24)}_${randomBytes(4).toString('hex')}`

  if (base === 'sqlite' || base.startsWith('file:')) {
    const directory = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'))
    return {
      uri: `file:${path.join(directory, `${name}.db`)}`,
      kind: 'sqlite',
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    }
  }

  if (/^postgres(ql)?:\/\//.test(base)) {
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    // Dropped with the rest of the run's databases once every test file has closed its connections
    // (tests/globalSetup.ts), so no live pool sees its connections cut.
    return { uri: url.toString(), kind: 'postgres', drop: async () => {} }
  }

  if (/^mongodb(\+srv)?:\/\//.test(base)) {
    const url = new URL(base)
    url.pathname = `/${name}`
    return { uri: url.toString(), kind: 'mongodb', drop: () => dropMongoDatabase(url.toString()) }
  }

  throw new Error(`TEST_DATABASE_URI must be "sqlite", file:…, postgres://… or mongodb://…; got ${base}`)
}

/** Drops a MongoDB database with the driver `@payloadcms/db-mongodb` is built on (after its users disconnected). */
async function dropMongoDatabase(uri: string): Promise<void> {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 })
  try {
    await client.connect()
    await client.db().dropDatabase()
  } finally {
    await client.close()
  }
}
