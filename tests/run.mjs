#!/usr/bin/env node
// `npm test`: type-check, then the whole suite on SQLite, then the database-backed tests again on
// PostgreSQL when a server answers (TEST_POSTGRES_URI, default postgres://postgres@127.0.0.1:5432/test),
// then a third time over MongoDB's wire protocol, on a FerretDB server started for the run
// (tests/helpers/ferretdb.mjs; its binary is built from Go's module proxy once and cached; TEST_FERRETDB=0
// leaves this pass out).
// TEST_DATABASE_URI=… runs the suite once, on that database only (e.g. mongodb://… for a real MongoDB).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { ferretdbBinaryPath, startFerretdb } from './helpers/ferretdb.mjs'
import { s3ServerBinaryPath } from './helpers/s3server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const results = path.join(root, '.data', 'test-results')
mkdirSync(results, { recursive: true })
const extra = process.argv.slice(2)

function run(label, command, args, env = {}) {
  console.log(`\n== ${label} ==`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

/**
 * One vitest pass. `workers`: test files run side by side (vitest's default is one fewer than the cores, a
 * single file at a time on a 2-core machine). The database passes wait mostly on their server, so two
 * files at once nearly halve them; the SQLite pass, whose consumer test builds a whole app, keeps one.
 */
function vitest(label, env, files, { workers } = {}) {
  const output = path.join(results, `${label}.json`)
  const status = run(
    `vitest on ${label}`,
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
      ...(workers ? [`--maxWorkers=${workers}`] : []),
      ...files,
      ...extra,
    ],
    env,
  )
  let passed = 0
  let failed = 0
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'))
    passed = report.numPassedTests
    failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0)
  } catch {
    failed = 1
  }
  return { label, status, passed, failed }
}

async function postgresReachable(uri) {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The browser tests drive Debian's Chromium: install it when it is missing (as root, from Debian's packages). */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(chromium)) return true
  if (process.getuid?.() !== 0) {
    console.log(`\nChromium is missing at ${chromium}: run "apt-get install -y chromium" as root, or set CHROMIUM_PATH.`)
    return false
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  return (
    run('install Chromium (apt-get)', 'apt-get', ['update', '-qq'], env) === 0 &&
    run('install Chromium (apt-get)', 'apt-get', ['install', '-y', '-qq', 'chromium'], env) === 0 &&
    existsSync(chromium)
  )
}

/**
 * The plugin must compile against a host's generated types, where collection slugs are a union rather than
 * `string`: generate the demo app's `payload-types.ts` and type-check the library with it.
 */
function typeCheckAgainstHostTypes() {
  const types = path.join(root, 'dev/payload-types.ts')
  rmSync(types, { force: true })
  // Payload's CLI now and then exits 0 having written nothing: try again, judged by the file.
  for (let attempt = 0; attempt < 3 && !existsSync(types); attempt += 1) {
    run('generate the demo app types (payload generate:types)', process.execPath, [path.join(root, 'node_modules/payload/bin.js'), 'generate:types'], {
      PAYLOAD_CONFIG_PATH: path.join(root, 'dev/payload.config.ts'),
      PAYLOAD_SECRET: 'type-generation',
      NEWSROOM_DATA_DIR: path.join(results, 'typegen'),
      SEED_DEMO: 'false',
    })
  }
  if (!existsSync(types) || statSync(types).size === 0) return 1
  return run('type check against the host types (tsc -p tsconfig.host.json)', process.execPath, [
    path.join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    'tsconfig.host.json',
  ])
}

// The MongoDB-wire pass is on unless TEST_FERRETDB=0 (or TEST_DATABASE_URI chooses one database).
const ferretdbPass = !process.env.TEST_DATABASE_URI && process.env.TEST_FERRETDB !== '0'

const runs = []
if (!ensureChromium()) {
  console.log('\ntests: 0 passed, 1 failed (no Chromium)')
  process.exit(1)
}
// FerretDB, built once per machine from its Go module (about two minutes), before the passes rather than
// beside them: a Go build competing with the SQLite pass for two cores slows its timing-bound tests.
let ferretdbBuilt = true
if (ferretdbPass && !existsSync(ferretdbBinaryPath())) {
  ferretdbBuilt = run('build FerretDB (once per machine)', process.execPath, [path.join(root, 'tests/helpers/ferretdb.mjs'), 'build']) === 0
}
// The S3-compatible server the media storage test talks to, built once from its Go module (~1 minute).
if (!existsSync(s3ServerBinaryPath()) && run('build the S3 test server (gofakes3)', process.execPath, [path.join(root, 'tests/helpers/s3server.mjs'), 'build']) !== 0) {
  console.log('\ntests: 0 passed, 1 failed (the S3 test server could not be built)')
  process.exit(1)
}
if (run('type check (tsc --noEmit)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']) !== 0) {
  console.log('\ntests: 0 passed, 1 failed (type check)')
  process.exit(1)
}
if (typeCheckAgainstHostTypes() !== 0) {
  console.log('\ntests: 0 passed, 1 failed (type check against host types)')
  process.exit(1)
}

if (process.env.TEST_DATABASE_URI) {
  runs.push(vitest('chosen-database', {}, []))
} else {
  runs.push(vitest('sqlite', { TEST_DATABASE_URI: 'sqlite' }, []))
  const postgres = process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test'
  if (await postgresReachable(postgres)) {
    runs.push(vitest('postgres', { TEST_DATABASE_URI: postgres }, ['tests/int', 'tests/e2e'], { workers: 2 }))
  } else if (process.env.CI) {
    console.log(`\nPostgreSQL did not answer at ${postgres}; CI must test it.`)
    runs.push({ status: 1, passed: 0, failed: 1 })
  } else {
    console.log(`\nPostgreSQL did not answer at ${postgres}: its run was skipped (set TEST_POSTGRES_URI).`)
  }
  if (!ferretdbPass) {
    console.log('\nThe MongoDB-wire (FerretDB) pass was turned off (TEST_FERRETDB=0).')
  } else {
    let server
    if (!ferretdbBuilt) {
      console.log('\nFerretDB could not be built (see its output above).')
      runs.push({ status: 1, passed: 0, failed: 1 })
    } else {
      try {
        server = await startFerretdb({ log: (line) => console.log(line), logFile: path.join(results, 'ferretdb.log') })
        console.log(`\nFerretDB ${server.uri} (storage: ${server.backend}; log: ${server.logFile})`)
      } catch (error) {
        console.log(`\nFerretDB could not be started: ${error.message}`)
        runs.push({ status: 1, passed: 0, failed: 1 })
      }
    }
    if (server) {
      try {
        runs.push(vitest('ferretdb', { TEST_DATABASE_URI: `${server.uri}newsroom`, TEST_FERRETDB_SERVER: '1' }, ['tests/int', 'tests/e2e'], { workers: 2 }))
      } finally {
        await server.stop()
      }
    }
  }
}

const passed = runs.reduce((sum, r) => sum + r.passed, 0)
const failed = runs.reduce((sum, r) => sum + r.failed, 0)
const ok = runs.every((r) => r.status === 0) && failed === 0
for (const r of runs) if (r.label) console.log(`  ${r.label}: ${r.passed} passed, ${r.failed} failed`)
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exit(ok ? 0 : 1)
