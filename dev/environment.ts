import type { NewsroomPluginOptions } from 'payload-newsroom'

import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the embedded database, the generated secret and local files live. */
export function dataDirectory(): string {
  const directory = path.resolve(process.cwd(), process.env.NEWSROOM_DATA_DIR ?? '.data')
  mkdirSync(directory, { recursive: true })
  return directory
}

/**
 * `PAYLOAD_SECRET` when set; otherwise a random secret generated on first run and kept in
 * `.data/secret` (mode 0600), so a fresh clone starts with no configuration and keeps its sessions.
 */
export function resolveSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  const file = path.join(dataDirectory(), 'secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  }
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return secret
}

/** The public address of this server, used in links. */
export function serverURL(): string {
  return process.env.NEWSROOM_SERVER_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`
}

/**
 * The plugin's production-safety options from the environment: `NEWSROOM_ALLOWED_ORIGINS` (comma-separated
 * origins for CORS and CSRF), `NEWSROOM_SECURE_COOKIES` (`true`/`false`, default on in production) and
 * `NEWSROOM_PROXY_HOPS` (proxies appending to X-Forwarded-For, default 1).
 */
export function securityOptions(): NonNullable<NewsroomPluginOptions['security']> {
  const origins = (process.env.NEWSROOM_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
  const secure = process.env.NEWSROOM_SECURE_COOKIES
  const hops = process.env.NEWSROOM_PROXY_HOPS
  return {
    allowedOrigins: origins,
    ...(secure ? { secureCookies: secure === 'true' } : {}),
    ...(hops ? { throttle: { proxyHops: Number(hops) } } : {}),
  }
}
