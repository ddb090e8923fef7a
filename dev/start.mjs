#!/usr/bin/env node
// `npm start`: the demo and development app in dev/, with the plugin from src/ — the CMS at http://localhost:$PORT (default 3000).
// Development (the default): `next dev`, schema pushed automatically, demo content seeded.
// NODE_ENV=production: builds the app once if there is no build, then `next start`; migrations run on start.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const production = process.env.NODE_ENV === 'production'
const port = process.env.PORT ?? '3000'
const root = path.resolve(import.meta.dirname, '..')
const app = path.join(root, 'dev')
const distDir = path.join(app, process.env.NEXT_DIST_DIR ?? '.next')
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

if (production && (!existsSync(path.join(distDir, 'BUILD_ID')) || process.argv.includes('--build'))) {
  console.log('[payload-newsroom] Building the app for production (next build)…')
  const build = spawnSync(process.execPath, [next, 'build', app], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const args = production ? ['start', app, '-p', port] : ['dev', app, '-p', port]
const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env }
const server = spawn(process.execPath, [next, ...args], { stdio: 'inherit', env })

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

// Payload starts with the first request: make one, so the database is prepared and demo content is
// created now rather than when the first editor arrives.
const base = `http://localhost:${port}`
const deadline = Date.now() + 300_000
async function warmUp() {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/articles?limit=1&depth=0`)
      if (response.ok) {
        console.log(`[payload-newsroom] Ready: admin ${base}/admin · REST ${base}/api · GraphQL ${base}/api/graphql`)
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  console.error('[payload-newsroom] The server did not answer within 5 minutes.')
}
void warmUp()
