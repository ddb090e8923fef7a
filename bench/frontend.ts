/**
 * The frontend API under HTTP load, against Payload's plain REST `find` for the same data, in the same
 * run, on the built app (`next start`): article by slug, a section's list and search, requests/s and
 * p50/p99 latency measured with autocannon; then by-slug revalidated with `If-None-Match`, and the
 * section list's latency at two sizes of the archive.
 *
 *   npx tsx bench/frontend.ts [--db sqlite|postgres] [--articles 10000] [--small 1000] [--seconds 8]
 *                             [--part 10000]   (rows written per preparing process)
 *
 * PostgreSQL: `--db postgres` with `BENCH_POSTGRES_URI` (default postgres://postgres@127.0.0.1:5432/postgres);
 * a database is created for the run and dropped after it.
 *
 * The database is prepared in development mode (schema pushed, articles created through the Local API
 * with every hook) and its migrations are then recorded as applied, so `next start` runs on it as is.
 */
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import pg from 'pg'

import { searchKey } from '../src/text'
import { buildApp, startApp } from '../tests/helpers/app'

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    articles: { type: 'string', default: '10000' },
    small: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    prepare: { type: 'string' },
    count: { type: 'string' },
    from: { type: 'string', default: '0' },
    part: { type: 'string', default: '10000' },
    total: { type: 'string' },
  },
})
const kind = values.db === 'postgres' ? 'postgres' : 'sqlite'
const ARTICLES = Number(values.articles)
const SMALL = Number(values.small)
const SECONDS = Number(values.seconds)
const CONNECTIONS = Number(values.connections)
const APP_CONFIG = '../dev/payload.config'
// `next start` runs in production mode, whose secret check wants 32 characters or more.
const SECRET = 'bench-frontend-secret-of-32-characters-at-least'
/** Rows written by one preparing process: a long-lived one slows down as it grows. */
const ROWS_PER_PROCESS = Number(values.part)

const WORDS = ['الحكومة', 'الموازنة', 'البرلمان', 'الاقتصاد', 'التعليم', 'الصحة', 'الرياضة', 'الطاقة', 'المياه', 'الزراعة', 'النقل', 'السياحة']
const word = (n: number) => WORDS[n % WORDS.length] as string

type Database = { uri: string; drop: () => Promise<void> }

async function freshDatabase(label: string): Promise<Database> {
  if (kind === 'sqlite') {
    const directory = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-frontend-'))
    return { uri: `file:${path.join(directory, `${label}.db`)}`, drop: async () => rmSync(directory, { recursive: true, force: true }) }
  }
  const base = process.env.BENCH_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `bench_frontend_${label}_${process.pid}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

const lexicalParagraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'rtl', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
  },
})

type Prepared = { slug: string; sectionSlug: string; sectionId: number | string; searchWord: string }

const SECTION_NAMES = ['عرب وعالم', 'اقتصاد', 'رياضة', 'ثقافة']

/**
 * Writes articles `from` … `from + count - 1` of an archive of `total`: the first part pushes the schema
 * and creates the sections, the source and the author; the last records the migrations as run.
 */
async function prepareHere(uri: string, from: number, count: number, total: number): Promise<Prepared> {
  process.env.DATABASE_URI = uri
  // Lexical's Node entry points wait at top level for their real module; imported first through
  // @payloadcms/richtext-lexical, their cycle leaves Node 20 with an unsettled top-level await about
  // half the time (exit 13, nothing printed). Settled on its own first, it never does.
  await import('lexical')
  const { getPayload } = await import('payload')
  const { default: config } = (await import(APP_CONFIG)) as { default: Parameters<typeof getPayload>[0]['config'] }
  const payload = await getPayload({ config })
  const sections = []
  for (const name of SECTION_NAMES) {
    const found = from > 0 ? (await payload.find({ collection: 'sections', where: { name: { equals: name } }, limit: 1 })).docs[0] : undefined
    sections.push(found ?? (await payload.create({ collection: 'sections', data: { name } as never })))
  }
  const source =
    (from > 0 ? (await payload.find({ collection: 'sources', limit: 1 })).docs[0] : undefined) ??
    (await payload.create({ collection: 'sources', data: { name: 'دار الهلال', kind: 'newspaper' } as never }))
  const author =
    (from > 0 ? (await payload.find({ collection: 'users', where: { email: { equals: 'writer@bench.test' } }, limit: 1 })).docs[0] : undefined) ??
    (await payload.create({
      collection: 'users',
      data: { email: 'writer@bench.test', password: 'bench-password-1', name: 'كاتب', roles: ['writer'] } as never,
    }))
  const started = performance.now()
  const now = Date.now()
  const middle = Math.floor(total / 2)
  // Rows are written in order and committed a thousand at a time: a part started again after a failed
  // attempt goes on from the rows already there.
  const { totalDocs: written } = await payload.count({ collection: 'articles' })
  const begin = Math.max(from, written)
  // Rows written straight through the database adapter, with the values the article hooks would have
  // computed (slug, search keys); localized fields as { ar: … }, as the adapter stores them.
  // One transaction per thousand rows: a commit per row would wait on the disk each time.
  let transactionID: number | string | undefined
  for (let i = begin; i < from + count; i += 1) {
    if ((i - begin) % 1000 === 0) {
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      transactionID = (await payload.db.beginTransaction()) ?? undefined
    }
    const title = `${word(i)} تعلن خطة جديدة رقم ${i} في ${word(i + 5)}`
    const kicker = word(i + 3)
    const excerpt = `موجز الخبر ${i} عن ${word(i + 7)}`
    const text = `نص الخبر ${i}: ${word(i + 1)} و${word(i + 2)} و${word(i + 9)}.`
    const slug = `bench-article-${i}`
    const at = new Date(now - (total - i) * 60_000).toISOString()
    await payload.db.create({
      collection: 'articles',
      data: {
        title: { ar: title },
        kicker: { ar: kicker },
        excerpt: { ar: excerpt },
        body: { ar: lexicalParagraph(text) },
        searchKey: { ar: searchKey(`${title} ${kicker} ${excerpt}`) },
        bodySearchKey: { ar: searchKey(text) },
        slug,
        section: sections[i % sections.length]?.id,
        source: source.id,
        authors: [author.id],
        publishedAt: at,
        workflowStatus: 'published',
        workflowSequence: 1,
        _status: 'published',
        createdAt: at,
        updatedAt: at,
      },
      req: { transactionID } as never,
    })
    if ((i + 1) % 2000 === 0) console.error(`  ${i + 1} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  if (from + count >= total) {
    // The schema was pushed: record the app's migrations as applied, as `migrate` would have.
    const migrations = ((payload.db as unknown as { prodMigrations?: { name: string }[] }).prodMigrations ?? []).map((m) => m.name)
    await payload.delete({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
    for (const name of migrations) await payload.create({ collection: 'payload-migrations', data: { name, batch: 1 } })
    await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
  }
  const section = sections[0] as { id: number | string; slug?: unknown }
  await payload.destroy()
  return { slug: `bench-article-${middle}`, sectionSlug: String(section.slug), sectionId: section.id, searchWord: 'الموازنة' }
}

/** Prepares a database from processes of their own (the app's config reads DATABASE_URI when loaded). */
function prepare(uri: string, total: number): Prepared {
  let prepared: Prepared | undefined
  for (let from = 0; from < total; from += ROWS_PER_PROCESS) {
    prepared = preparePart(uri, from, Math.min(ROWS_PER_PROCESS, total - from), total)
  }
  return prepared as Prepared
}

function preparePart(uri: string, from: number, count: number, total: number, attempts = 3): Prepared {
  const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs')
  const args = ['--prepare', uri, '--from', String(from), '--count', String(count), '--total', String(total)]
  const child = spawnSync(process.execPath, [tsx, import.meta.filename, ...args], {
    env: { ...process.env, PAYLOAD_SECRET: SECRET, NEWSROOM_RUN_JOBS: 'false', SEED_DEMO: 'false', NODE_ENV: 'development' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = child.stdout.split('\n').find((text) => text.startsWith('PREPARED '))
  if (child.status !== 0 || !line) {
    if (attempts > 1) {
      console.log(`  preparing ${uri} from ${from} failed (exit ${child.status}); starting over`)
      return preparePart(uri, from, count, total, attempts - 1)
    }
    throw new Error(`Preparing ${uri} failed (${child.status}):\n${child.stdout.slice(-3000)}`)
  }
  return JSON.parse(line.slice('PREPARED '.length)) as Prepared
}

type Result = { rps: number; p50: number; p99: number; non2xx: number }

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx }
}

/** Alternates the two measurements twice and keeps each one's better round. */
async function pair(ours: () => Promise<Result>, bare: () => Promise<Result>): Promise<[Result, Result]> {
  const a: Result[] = []
  const b: Result[] = []
  for (let round = 0; round < 2; round += 1) {
    a.push(await ours())
    b.push(await bare())
  }
  const best = (results: Result[]) => results.reduce((x, y) => (y.rps > x.rps ? y : x))
  return [best(a), best(b)]
}

const fmt = (r: Result) => `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms${r.non2xx ? `  (${r.non2xx} non-2xx)` : ''}`

async function main() {
  console.log(`[bench/frontend] ${kind}, ${ARTICLES} articles (and ${SMALL} for the size comparison), ${CONNECTIONS} connections, ${SECONDS} s per run`)
  await buildApp()
  const big = await freshDatabase('big')
  const small = await freshDatabase('small')
  try {
    console.log('Preparing the large archive…')
    const data = prepare(big.uri, ARTICLES)
    const app = await startApp({ DATABASE_URI: big.uri, PAYLOAD_SECRET: SECRET, NEWSROOM_RUN_JOBS: 'false', SEED_DEMO: 'false' })
    const rows: [string, Result, Result][] = []
    try {
      const u = (p: string) => `${app.url}${p}`
      const q = encodeURIComponent(data.searchWord)
      // Warm both paths.
      for (const p of [`/api/articles/by-slug/${data.slug}`, `/api/articles?where[slug][equals]=${data.slug}&depth=1&limit=1`]) await fetch(u(p))

      const bySlug = await pair(
        () => load(u(`/api/articles/by-slug/${data.slug}`)),
        () => load(u(`/api/articles?where[slug][equals]=${data.slug}&depth=1&limit=1`)),
      )
      rows.push(['by-slug', ...bySlug])
      const list = await pair(
        () => load(u(`/api/sections/${data.sectionSlug}/articles?limit=10`)),
        () => load(u(`/api/articles?where[section][equals]=${data.sectionId}&sort=-publishedAt&limit=10&depth=1`)),
      )
      rows.push(['section list', ...list])
      const search = await pair(
        () => load(u(`/api/articles/search?q=${q}&limit=10`)),
        () => load(u(`/api/articles?where[searchKey][like]=${q}&sort=-publishedAt&limit=10&depth=1`)),
      )
      rows.push(['search', ...search])
      const etag = (await fetch(u(`/api/articles/by-slug/${data.slug}`))).headers.get('etag') ?? ''
      const revalidate = await pair(
        () => load(u(`/api/articles/by-slug/${data.slug}`), { 'If-None-Match': etag }),
        () => load(u(`/api/articles?where[slug][equals]=${data.slug}&depth=1&limit=1`)),
      )
      rows.push(['by-slug, If-None-Match (304)', ...revalidate])
    } finally {
      await app.stop()
    }

    console.log(`\n${kind}: frontend API vs Payload REST find, same data, same run`)
    console.log('| endpoint | frontend API | REST find | throughput × | p99 × |')
    console.log('| --- | --- | --- | --- | --- |')
    for (const [name, ours, bare] of rows) {
      console.log(`| ${name} | ${fmt(ours)} | ${fmt(bare)} | ${(ours.rps / bare.rps).toFixed(2)} | ${(ours.p99 / Math.max(bare.p99, 1)).toFixed(2)} |`)
    }

    console.log(`\nPreparing the small archive (${SMALL})…`)
    const smallData = prepare(small.uri, SMALL)
    const smallApp = await startApp({ DATABASE_URI: small.uri, PAYLOAD_SECRET: SECRET, NEWSROOM_RUN_JOBS: 'false', SEED_DEMO: 'false' })
    let smallList: Result
    let smallBare: Result
    try {
      const su = (p: string) => `${smallApp.url}${p}`
      for (const p of [`/api/sections/${smallData.sectionSlug}/articles?limit=10`, `/api/articles?where[section][equals]=${smallData.sectionId}&sort=-publishedAt&limit=10&depth=1`]) await fetch(su(p))
      ;[smallList, smallBare] = await pair(
        () => load(su(`/api/sections/${smallData.sectionSlug}/articles?limit=10`)),
        () => load(su(`/api/articles?where[section][equals]=${smallData.sectionId}&sort=-publishedAt&limit=10&depth=1`)),
      )
    } finally {
      await smallApp.stop()
    }
    const [bigList, bigBare] = [rows[1]?.[1] as Result, rows[1]?.[2] as Result]
    // The frontend list is answered from memory after its first request; the REST find asks the database
    // every time, so it shows what the (section, _status, publishedAt) index does at each size.
    console.log(`\nlist latency, ${SMALL} vs ${ARTICLES} articles (p50 / p99 ms):`)
    console.log(`| list | ${SMALL} | ${ARTICLES} | × p50 | × p99 |`)
    console.log('| --- | --- | --- | --- | --- |')
    for (const [name, a, b] of [['section list (frontend API)', smallList, bigList], ['section list (REST find, uncached)', smallBare, bigBare]] as const) {
      console.log(`| ${name} | ${a.p50} / ${a.p99} | ${b.p50} / ${b.p99} | ${(b.p50 / Math.max(a.p50, 1)).toFixed(2)} | ${(b.p99 / Math.max(a.p99, 1)).toFixed(2)} |`)
    }
  } finally {
    await big.drop()
    await small.drop()
  }
}

if (values.prepare) {
  const count = Number(values.count)
  const prepared = await prepareHere(values.prepare, Number(values.from), count, Number(values.total ?? count))
  console.log(`PREPARED ${JSON.stringify(prepared)}`)
} else {
  await main()
}
process.exit(0)
