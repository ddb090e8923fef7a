import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

import { freshDatabase } from '../helpers/database'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Production runs migrations instead of pushing the schema, so a field added without a migration breaks
 * every query there. Asks Payload to create a migration against the committed ones: there must be nothing
 * to create.
 */
// SQL adapters only: MongoDB has no schema to migrate (collections and indexes are made on start-up).
test.runIf(!/^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URI ?? ''))('the committed migrations match the schema', async () => {
  const database = await freshDatabase('migrations')
  const kind = database.kind === 'postgres' ? 'postgres' : 'sqlite'
  if (database.kind === 'mongodb') return // MongoDB has no migrations
  const folder = path.join(ROOT, 'dev/migrations', kind)
  const before = new Set(readdirSync(folder))
  const index = readFileSync(path.join(folder, 'index.ts'), 'utf8')
  const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'))
  const uri = kind === 'sqlite' ? `file:${path.join(scratch, 'check.db')}` : database.uri
  try {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/payload/bin.js'), 'migrate:create', 'schema-check', '--skip-empty'],
      {
        cwd: ROOT,
        env: { ...process.env, PAYLOAD_CONFIG_PATH: path.join(ROOT, 'dev/payload.config.ts'), DATABASE_URI: uri, SEED_DEMO: 'false', NEWSROOM_DATA_DIR: scratch, PAYLOAD_SECRET: 'check' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    const added = readdirSync(folder).filter((file) => !before.has(file))
    for (const file of added) rmSync(path.join(folder, file))
    writeFileSync(path.join(folder, 'index.ts'), index)
    expect(result.status, result.stderr).toBe(0)
    expect(added, 'The schema changed without a migration: see "Changing the schema" in the README.').toEqual([])
  } finally {
    rmSync(scratch, { recursive: true, force: true })
    await database.drop()
  }
})
