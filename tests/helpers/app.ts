import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next')
/** The demo app, which uses the plugin exactly as a user's app does. */
const APP = path.join(ROOT, 'dev')
/** Tests build into their own folder (inside dev/), so a developer's `.next` stays untouched. */
export const TEST_DIST_DIR = '.next-test'

function newestModification(directory: string): number {
  let newest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(directory, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs)
  }
  return newest
}

const LOCK = path.join(ROOT, '.data', 'next-test-build.lock')

/**
 * Builds the host app for production unless a build newer than every source file exists. Test files run
 * in parallel: the first one builds while holding a lock folder, the others wait for it and reuse its build.
 */
export async function buildApp(): Promise<void> {
  mkdirSync(path.dirname(LOCK), { recursive: true })
  const deadline = Date.now() + 600_000
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      // A lock older than the longest build belongs to a run that died.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`Waited 10 minutes for another test file's build (${LOCK}).`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  try {
    buildIfStale()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

function buildIfStale(): void {
  const stamp = path.join(APP, TEST_DIST_DIR, 'BUILD_ID')
  const sources = Math.max(
    ...['src', 'collections', 'hooks', 'dev'].map((folder) => newestModification(path.join(ROOT, folder))),
    ...['package-lock.json', 'tsconfig.json'].map((file) => statSync(path.join(ROOT, file)).mtimeMs),
  )
  if (existsSync(stamp) && statSync(stamp).mtimeMs > sources) return
  const result = spawnSync(process.execPath, [NEXT, 'build', APP], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'build-time-secret-0123456789abcdef' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    throw new Error(`next build failed (${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`)
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type RunningApp = { url: string; stop: () => Promise<void>; output: () => string }

/** Starts the built app with `next start` (production mode) and waits until the API answers. */
export async function startApp(
  env: Record<string, string>,
  /** Another app than the demo app (the consumer test's): its folder, its own `next`, and a URL that answers 200 once ready. */
  { cwd = ROOT, next = NEXT, ready = '/api/articles?limit=1&depth=0' }: { cwd?: string; next?: string; ready?: string } = {},
): Promise<RunningApp> {
  const port = await freePort()
  let output = ''
  const dir = cwd === ROOT ? [APP] : []
  const child: ChildProcess = spawn(process.execPath, [next, 'start', ...dir, '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      NEWSROOM_SERVER_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    try {
      const response = await fetch(`${url}${ready}`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not answer within 120 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
