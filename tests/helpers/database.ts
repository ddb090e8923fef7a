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
export async function freshDatabase(label: string): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URI ?? 'sqlite'
  const name = `nr_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`

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
    return {
      uri: url.toString(),
      kind: 'postgres',
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }

  if (/^mongodb(\+srv)?:\/\//.test(base)) {
    const url = new URL(base)
    url.pathname = `/${name}`
    // The database disappears with the server's data; Payload's adapter drops it on destroy in tests.
    return { uri: url.toString(), kind: 'mongodb', drop: async () => {} }
  }

  throw new Error(`TEST_DATABASE_URI must be "sqlite", file:…, postgres://… or mongodb://…; got ${base}`)
}
