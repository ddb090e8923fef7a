import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * Names this run, so every PostgreSQL database a test file creates carries the run's prefix; after the
 * last file has finished (and its connections are gone) the run's databases are dropped together.
 */
export function setup(): void {
  process.env.NEWSROOM_TEST_RUN ??= randomBytes(3).toString('hex')
}

export async function teardown(): Promise<void> {
  const base = process.env.TEST_DATABASE_URI
  const run = process.env.NEWSROOM_TEST_RUN
  if (!base || !run || !/^postgres(ql)?:\/\//.test(base)) return
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `nr\\_${run}\\_%`,
    ])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
