// FerretDB: a server speaking MongoDB's wire protocol, built from its Go module, so the suite exercises
// @payloadcms/db-mongodb over the wire on machines where no mongod exists. Its storage is a fresh
// PostgreSQL database when the test PostgreSQL server answers (TEST_POSTGRES_URI, default
// postgres://postgres@127.0.0.1:5432/test), else a fresh SQLite folder; FERRETDB_BACKEND=sqlite|postgresql
// forces one. FerretDB on SQLite filters every document in Go (a query over a few hundred articles takes
// a second); on PostgreSQL it hands simple filters to jsonb, about a hundred times faster.
//
//   node tests/helpers/ferretdb.mjs build   builds the binary when missing and prints its path
//   node tests/helpers/ferretdb.mjs start   starts a server on a free loopback port (Ctrl-C stops it)
//
// The binary is cached at ~/.cache/payload-newsroom/ferretdb-<version>/ferretdb (FERRETDB_BIN overrides
// the path; NEWSROOM_CACHE_DIR the cache folder). FERRETDB_DEBUG_ADDR=host:port opens FerretDB's debug
// handler (pprof goroutine dumps, metrics) there; it is off by default. Building needs Go and its module proxy, ~2 minutes once.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { freePort, waitForPort } from './ports.mjs'
import { randomBytes } from 'node:crypto'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export const FERRETDB_VERSION = 'v1.24.2'
const MODULE = 'github.com/FerretDB/FerretDB'

const cacheDir = process.env.NEWSROOM_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'payload-newsroom')

/** Where the binary lives once built. */
export function ferretdbBinaryPath() {
  return process.env.FERRETDB_BIN ?? path.join(cacheDir, `ferretdb-${FERRETDB_VERSION}`, 'ferretdb')
}

function go(args, options = {}) {
  const result = spawnSync('go', args, { encoding: 'utf8', ...options, env: { ...process.env, ...options.env } })
  if (result.error) throw new Error(`[payload-newsroom] FerretDB needs Go to build (go ${args.join(' ')}): ${result.error.message}`)
  if (result.status !== 0) throw new Error(`[payload-newsroom] go ${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

/**
 * Returns the path of the FerretDB binary, building it from the Go module when it is missing.
 * `go install …/cmd/ferretdb@version` alone gives a binary that panics at start ("Invalid
 * build/version/version.txt": the file is produced by FerretDB's own build tasks, not shipped in the
 * module), so the module source is copied, the version file written, and `go build` run on the copy.
 */
export function ensureFerretdb({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const binary = ferretdbBinaryPath()
  if (existsSync(binary)) return binary

  log(`FerretDB ${FERRETDB_VERSION} not found at ${binary}: building it from its Go module (about 2 minutes, once)…`)
  const started = Date.now()
  const download = JSON.parse(go(['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], { cwd: tmpdir() }))
  if (!download.Dir) throw new Error(`[payload-newsroom] go mod download ${MODULE}@${FERRETDB_VERSION} gave no source folder`)

  const work = mkdtempSync(path.join(tmpdir(), 'ferretdb-src-'))
  try {
    const source = path.join(work, 'src')
    cpSync(download.Dir, source, { recursive: true })
    makeWritable(source)
    writeFileSync(path.join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`)
    mkdirSync(path.dirname(binary), { recursive: true })
    const partial = `${binary}.partial-${process.pid}`
    go(['build', '-trimpath', '-o', partial, './cmd/ferretdb'], { cwd: source, env: { CGO_ENABLED: '0' } })
    renameSync(partial, binary)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  log(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`)
  return binary
}

function makeWritable(directory) {
  for (const entry of readdirSync(directory)) {
    const file = path.join(directory, entry)
    const stat = statSync(file)
    chmodSync(file, stat.mode | 0o200)
    if (stat.isDirectory()) makeWritable(file)
  }
  chmodSync(directory, statSync(directory).mode | 0o200)
}

async function postgresAdmin(uri) {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return client
  } catch {
    await client.end().catch(() => {})
    return null
  }
}

/** A fresh storage for one server: a new PostgreSQL database, or a SQLite folder. */
async function freshBackend(data) {
  const wanted = process.env.FERRETDB_BACKEND
  if (wanted !== 'sqlite') {
    const base = process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test'
    const admin = await postgresAdmin(base)
    if (admin) {
      const name = `ferretdb_${randomBytes(5).toString('hex')}`
      try {
        await admin.query(`CREATE DATABASE ${name}`)
        // A FerretDB session left idle inside a failed transaction keeps its locks, and writers to the same
        // collection wait behind it; the server ends such a session after 30 s instead of never.
        await admin.query(`ALTER DATABASE ${name} SET idle_in_transaction_session_timeout = '30s'`)
      } finally {
        await admin.end()
      }
      const url = new URL(base)
      url.pathname = `/${name}`
      return {
        kind: 'postgresql',
        args: ['--handler=postgresql', `--postgresql-url=${url.toString()}`],
        remove: async () => {
          const client = await postgresAdmin(base)
          if (!client) return
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          } finally {
            await client.end()
          }
        },
      }
    }
    if (wanted === 'postgresql') throw new Error(`FERRETDB_BACKEND=postgresql, but PostgreSQL did not answer at ${base}`)
  }
  mkdirSync(path.join(data, 'db'), { recursive: true })
  return { kind: 'sqlite', args: ['--handler=sqlite', `--sqlite-url=file:${path.join(data, 'db')}/`], remove: async () => {} }
}

/**
 * Starts FerretDB on a free loopback port with a fresh backend (see the top of this file).
 * Resolves to `{ uri, port, backend, logFile, stop }`; `stop()` ends the server and removes its data.
 *
 * The server's log goes to a file (`logFile`, default inside its data folder), never to a pipe: a pipe
 * nobody drains — the harness waits on vitest with `spawnSync`, so its event loop is blocked for the
 * whole pass — fills after 64 KB, and FerretDB then blocks writing an error line (every duplicate key
 * logs one) while it holds that insert's PostgreSQL transaction open, so every later writer to the
 * collection waits behind it.
 */
export async function startFerretdb({ log, logFile } = {}) {
  const binary = ensureFerretdb({ log })
  const data = mkdtempSync(path.join(tmpdir(), 'newsroom-ferretdb-'))
  const port = await freePort()
  mkdirSync(path.join(data, 'state'), { recursive: true })
  const backend = await freshBackend(data)
  const logPath = logFile ?? path.join(data, 'ferretdb.log')
  mkdirSync(path.dirname(logPath), { recursive: true })
  const logFd = openSync(logPath, 'a')
  let child
  try {
    child = spawn(
      binary,
      [
        ...backend.args,
        `--state-dir=${path.join(data, 'state')}`,
        `--listen-addr=127.0.0.1:${port}`,
        `--debug-addr=${process.env.FERRETDB_DEBUG_ADDR ?? '-'}`,
        '--telemetry=disable',
        '--log-level=ERROR',
      ],
      { stdio: ['ignore', logFd, logFd] },
    )
  } finally {
    closeSync(logFd)
  }
  try {
    await waitForPort(port, child, 30_000, 'FerretDB')
  } catch (error) {
    child.kill('SIGKILL')
    const tail = existsSync(logPath) ? readFileSync(logPath, 'utf8').slice(-8000) : ''
    rmSync(data, { recursive: true, force: true })
    await backend.remove()
    throw new Error(`${error.message}\n${tail}`)
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(data, { recursive: true, force: true })
    await backend.remove()
  }
  return { uri: `mongodb://127.0.0.1:${port}/`, port, pid: child.pid, backend: backend.kind, logFile: logPath, stop }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2]
  if (command === 'build') {
    console.log(ensureFerretdb())
  } else if (command === 'start') {
    const server = await startFerretdb()
    console.log(server.uri)
    console.error(`FerretDB on ${server.backend}, pid ${server.pid}`)
    const shutdown = () => server.stop().then(() => process.exit(0))
    process.on('SIGINT', shutdown)
    process.on('SIGTERM', shutdown)
  } else {
    console.error('usage: node tests/helpers/ferretdb.mjs build|start')
    process.exit(2)
  }
}
