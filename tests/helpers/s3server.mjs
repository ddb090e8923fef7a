// An S3-compatible server for the media storage tests: gofakes3 (MIT), built from its Go module once and
// cached, run on a free loopback port with its buckets in memory. It speaks the S3 REST API that
// @payloadcms/storage-s3 (the AWS SDK) uses: put, get, head, delete and list objects, multipart uploads.
//
//   node tests/helpers/s3server.mjs build   builds the binary when missing and prints its path
//
// The binary is cached at ~/.cache/payload-newsroom/gofakes3-<version>/gofakes3 (NEWSROOM_CACHE_DIR
// changes the cache folder). Building needs Go and its module proxy, about a minute once.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { freePort, waitForPort } from './ports.mjs'
import { homedir } from 'node:os'
import path from 'node:path'

export const GOFAKES3_VERSION = 'v1.2.0'
const MODULE = 'github.com/johannesboyne/gofakes3/cmd/gofakes3'

const cacheDir = process.env.NEWSROOM_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'payload-newsroom')

export function s3ServerBinaryPath() {
  return path.join(cacheDir, `gofakes3-${GOFAKES3_VERSION}`, 'gofakes3')
}

/** The binary's path, built with `go install` into the cache when missing. */
export function ensureS3Server({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const binary = s3ServerBinaryPath()
  if (existsSync(binary)) return binary
  log(`gofakes3 ${GOFAKES3_VERSION} not found at ${binary}: building it from its Go module (about a minute, once)…`)
  const started = Date.now()
  const staging = `${path.dirname(binary)}.partial-${process.pid}`
  mkdirSync(staging, { recursive: true })
  try {
    const result = spawnSync('go', ['install', `${MODULE}@${GOFAKES3_VERSION}`], {
      encoding: 'utf8',
      env: { ...process.env, GOBIN: staging, CGO_ENABLED: '0' },
    })
    if (result.error) throw new Error(`[payload-newsroom] the S3 test server needs Go to build: ${result.error.message}`)
    if (result.status !== 0) throw new Error(`[payload-newsroom] go install ${MODULE}@${GOFAKES3_VERSION} failed:\n${result.stderr}`)
    mkdirSync(path.dirname(binary), { recursive: true })
    renameSync(path.join(staging, 'gofakes3'), binary)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  log(`gofakes3 built in ${Math.round((Date.now() - started) / 1000)} s: ${binary}`)
  return binary
}

/**
 * Starts a server with one empty bucket. Resolves to `{ endpoint, bucket, stop }`; the data lives in
 * memory and is gone when it stops.
 */
export async function startS3Server({ bucket = 'newsroom-media' } = {}) {
  const binary = ensureS3Server()
  const port = await freePort()
  const child = spawn(binary, ['-host', `127.0.0.1:${port}`, '-backend', 'memory', '-initialbucket', bucket, '-quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  try {
    await waitForPort(port, child, 20_000, 'gofakes3')
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${stderr}`)
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'build') console.log(ensureS3Server())
  else {
    console.error('usage: node tests/helpers/s3server.mjs build')
    process.exit(2)
  }
}
