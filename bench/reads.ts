/**
 * What an anonymous reader's requests cost through the Local API with access control on
 * (`overrideAccess: false`): the newsroom articles (drafts hidden by access, a folded `searchKey`
 * searched with `like`, the slug resolved through the slug history) against a baseline collection with
 * the same fields and data, read with the equivalent plain query and no access rules. Median time per
 * request and the ratio, on each database of `bench/databases.ts`.
 */
import type { Payload, Where } from 'payload'

import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { BenchDatabase } from './databases'

import { createArticlesCollection } from '../collections/articles'
import { paragraphsToLexical } from '../src/importer/lexical'
import { newsroomPlugin } from '../src/index'
import { sanitizeOptions } from '../src/sanitizeOptions'
import { searchKey } from '../src/text'
import { benchDatabaseKinds, openBenchDatabase } from './databases'

type Row = { 'plugin ms': string; 'baseline ms': string; ratio: string }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function timeEach(rounds: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return median(times)
}

const TITLES = ['أحمد يلتقي وزير الخارجية في القاهرة', 'الصين وروسيا تبحثان التعاون الاقتصادي', 'مجلس الأمن يناقش الأزمة الإنسانية']

export async function runReadsBench(database: BenchDatabase, { articles = 120, rounds = 40 } = {}): Promise<Record<string, Row>> {
  const baseline = createArticlesCollection(sanitizeOptions({ disabled: true, collections: { articles: { slug: 'baseline-articles' } } }))
  const config = await buildConfig({
    secret: 'bench-secret',
    telemetry: false,
    sharp,
    db: database.adapter(),
    collections: [{ ...baseline, hooks: {}, access: { read: () => true } }],
    plugins: [newsroomPlugin()],
  })
  const payload: Payload = await getPayload({ config, key: `bench-reads-${database.label}` })
  try {
    const section = await payload.create({ collection: 'sections', data: { name: 'عرب وعالم' } })
    const body = paragraphsToLexical(['قال وزير الخارجية إن البلدين سيواصلان الارتقاء بعلاقاتهما الثنائية في كل المجالات.'])
    const slugs: string[] = []
    for (let i = 0; i < articles; i += 1) {
      const title = `${TITLES[i % TITLES.length]} ${i}`
      const published = i % 4 !== 0 // a quarter stay drafts
      const data = { title, kicker: 'أخبار', body, section: section.id, _status: published ? 'published' : 'draft', publishedAt: new Date(Date.UTC(2021, 0, 1 + i)).toISOString() }
      const doc = await payload.create({ collection: 'articles', data: data as never, draft: !published })
      await payload.create({ collection: 'baseline-articles', data: { ...data, slug: doc.slug, searchKey: searchKey(title) } as never, draft: !published })
      if (published) slugs.push(String(doc.slug))
    }

    const anonymous = { overrideAccess: false, user: null, depth: 1 } as const
    const published: Where = { _status: { equals: 'published' } }
    const query = searchKey('احمد')
    let n = 0
    const pairs: Record<string, [() => Promise<unknown>, () => Promise<unknown>]> = {
      'latest 10 (depth 1)': [
        () => payload.find({ collection: 'articles', limit: 10, sort: '-publishedAt', ...anonymous }),
        () => payload.find({ collection: 'baseline-articles', where: published, limit: 10, sort: '-publishedAt', ...anonymous }),
      ],
      'search «احمد» (searchKey like)': [
        () => payload.find({ collection: 'articles', where: { searchKey: { like: query } }, limit: 10, ...anonymous }),
        () => payload.find({ collection: 'baseline-articles', where: { and: [published, { searchKey: { like: query } }] }, limit: 10, ...anonymous }),
      ],
      'one article by slug': [
        () => payload.find({ collection: 'articles', where: { slug: { equals: slugs[n++ % slugs.length] } }, limit: 1, ...anonymous }),
        () => payload.find({ collection: 'baseline-articles', where: { and: [published, { slug: { equals: slugs[n++ % slugs.length] } }] }, limit: 1, ...anonymous }),
      ],
    }
    const rows: Record<string, Row> = {}
    for (const [name, [plugin, base]] of Object.entries(pairs)) {
      await plugin()
      await base()
      const pluginMs = await timeEach(rounds, plugin)
      const baselineMs = await timeEach(rounds, base)
      rows[name] = { 'plugin ms': pluginMs.toFixed(2), 'baseline ms': baselineMs.toFixed(2), ratio: `${(pluginMs / baselineMs).toFixed(2)}×` }
    }
    console.log(`\n# anonymous reads through the Local API (${database.label}; ${articles} articles, a quarter drafts)`)
    console.table(rows)
    return rows
  } finally {
    await payload.destroy()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const kind of benchDatabaseKinds()) {
    const database = await openBenchDatabase(kind)
    if (!database) continue
    try {
      await runReadsBench(database)
    } finally {
      await database.close()
    }
  }
  process.exit(0)
}
