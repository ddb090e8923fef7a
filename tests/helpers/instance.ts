/**
 * One newsroom process on an existing database, for the scale-out test (tests/int/scale-out.test.ts):
 * an app instance serving REST and GraphQL over HTTP, a jobs worker, or both.
 *
 *   INSTANCE_DATABASE_URI=… INSTANCE_SECRET=… INSTANCE_SMTP_PORT=… INSTANCE_ROLES=app,worker \
 *     node node_modules/tsx/dist/cli.mjs tests/helpers/instance.ts
 *
 * Every instance of one deployment shares the database and the secret (a session from one is valid on
 * the others) and keeps nothing else: no files, no memory another instance needs. Prints
 * `READY <url>` once it serves (`READY worker` for a worker alone); SIGTERM stops it.
 */
// Lexical's Node entry points wait at top level for their real module; reached first through
// @payloadcms/richtext-lexical, their import cycle leaves Node 20 with an unsettled top-level await now and
// then (exit 13 with nothing printed, or an import that never settles). Settled on its own first, it never does.
await import('lexical')
const { ar } = await import('@payloadcms/translations/languages/ar')
const { en } = await import('@payloadcms/translations/languages/en')
const { buildConfig, getPayload } = await import('payload')
const { default: sharp } = await import('sharp')

const { databaseAdapter } = await import('../../dev/database')
const { newsroomPlugin } = await import('../../src/index')
const { startHttpServer } = await import('./http')
const { smtpEmail } = await import('./notifications')

const uri = process.env.INSTANCE_DATABASE_URI
const secret = process.env.INSTANCE_SECRET
const roles = new Set((process.env.INSTANCE_ROLES ?? 'app').split(','))
if (!uri || !secret) throw new Error('INSTANCE_DATABASE_URI and INSTANCE_SECRET are required')

const config = await buildConfig({
  secret,
  db: databaseAdapter(uri),
  sharp,
  telemetry: false,
  admin: { avatar: 'default' },
  i18n: { supportedLanguages: { ar, en }, fallbackLanguage: 'ar' },
  typescript: { autoGenerate: false },
  email: process.env.INSTANCE_SMTP_PORT
    ? smtpEmail({ host: '127.0.0.1', port: Number(process.env.INSTANCE_SMTP_PORT) } as never)
    : undefined,
  // Queues are run by the worker role below, as `payload jobs:run` would in a deployment.
  plugins: [newsroomPlugin({ jobs: { autoRun: false } })],
})
const payload = await getPayload({ config, key: 'instance' })

let stopping = false
const stopped: Promise<void>[] = []

if (roles.has('worker')) {
  stopped.push(
    (async () => {
      while (!stopping) {
        try {
          await payload.jobs.run({ allQueues: true, limit: 20, silent: true })
        } catch (error) {
          console.error(`worker: ${(error as Error).stack ?? error}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })(),
  )
}

const server = roles.has('app') ? await startHttpServer(payload) : null
console.log(`READY ${server ? server.url : 'worker'}`)

process.on('SIGTERM', () => {
  stopping = true
  void (async () => {
    await server?.close()
    await Promise.all(stopped)
    await payload.destroy()
    process.exit(0)
  })()
})

export {}
