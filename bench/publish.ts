/**
 * Create + publish an article through the Local API: the newsroom collection (all of its hooks, access and
 * validation) against a baseline collection with the same fields and none of our hooks, in the same
 * Payload instance and database, in interleaved rounds. Prints the median time per article and the ratio,
 * on each database of `bench/databases.ts` (SQLite, PostgreSQL, MongoDB's wire protocol).
 */
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { BenchDatabase } from './databases'

import { createArticlesCollection } from '../collections/articles'
import { paragraphsToLexical } from '../src/importer/lexical'
import { newsroomPlugin } from '../src/index'
import { sanitizeOptions } from '../src/sanitizeOptions'
import { benchDatabaseKinds, openBenchDatabase } from './databases'

export type PublishBenchResult = { pluginMs: number; baselineMs: number; ratio: number; articles: number }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

export async function runPublishBench({
  rounds = 7,
  perRound = 30,
  database,
}: { rounds?: number; perRound?: number; database?: BenchDatabase } = {}): Promise<PublishBenchResult> {
  const db = database ?? (await openBenchDatabase('sqlite'))!
  const baseline = createArticlesCollection(
    sanitizeOptions({ disabled: true, collections: { articles: { slug: 'baseline-articles' } } }),
  )
  const config = await buildConfig({
    secret: 'bench-secret',
    telemetry: false,
    sharp,
    db: db.adapter(),
    collections: [{ ...baseline, hooks: {}, access: {} }],
    plugins: [newsroomPlugin()],
  })
  const payload = await getPayload({ config, key: 'bench-publish' })
  try {
    const section = await payload.create({ collection: 'sections', data: { name: 'عرب وعالم' } })
    const body = paragraphsToLexical([
      'قال عضو مجلس الدولة ووزير الخارجية الصيني وانج يي، إنه يتعين على الصين وروسيا مواصلة الارتقاء بعلاقاتهما الثنائية.',
      'وأشار خلال اجتماع مع نظيره الروسي سيرجي لافروف، إلى الاجتماع المهم الذي جرى عبر الفيديو بين الرئيس الصيني ونظيره الروسي.',
    ])
    let serial = 0
    const one = async (collection: 'articles' | 'baseline-articles') => {
      serial += 1
      const draft = await payload.create({
        collection,
        data: { title: `وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء ${serial}`, kicker: 'الصين وروسيا', body, section: section.id, _status: 'draft' },
      })
      await payload.update({ collection, id: draft.id, data: { _status: 'published', publishedAt: new Date().toISOString() } })
    }
    const timeBatch = async (collection: 'articles' | 'baseline-articles') => {
      const started = performance.now()
      for (let i = 0; i < perRound; i += 1) await one(collection)
      return (performance.now() - started) / perRound
    }
    await timeBatch('articles')
    await timeBatch('baseline-articles')
    const plugin: number[] = []
    const base: number[] = []
    for (let round = 0; round < rounds; round += 1) {
      if (round % 2 === 0) {
        plugin.push(await timeBatch('articles'))
        base.push(await timeBatch('baseline-articles'))
      } else {
        base.push(await timeBatch('baseline-articles'))
        plugin.push(await timeBatch('articles'))
      }
    }
    const pluginMs = median(plugin)
    const baselineMs = median(base)
    const result = { pluginMs, baselineMs, ratio: pluginMs / baselineMs, articles: (rounds + 1) * perRound }
    console.log(`\n# create + publish through the Local API (${db.label})`)
    console.table({
      'newsroom articles (plugin)': { 'ms / article (median)': pluginMs.toFixed(2) },
      'baseline: same fields, no hooks': { 'ms / article (median)': baselineMs.toFixed(2) },
    })
    console.log(`ratio plugin / baseline: ${result.ratio.toFixed(2)}×  (${result.articles} articles per side)`)
    return result
  } finally {
    await payload.destroy()
    if (!database) await db.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary: Record<string, { 'plugin ms': string; 'baseline ms': string; ratio: string }> = {}
  for (const kind of benchDatabaseKinds()) {
    const database = await openBenchDatabase(kind)
    if (!database) continue
    try {
      const option = (name: string) => {
        const index = process.argv.indexOf(name)
        return index > 0 ? Number(process.argv[index + 1]) : undefined
      }
      const result = await runPublishBench({ database, rounds: option('--rounds'), perRound: option('--per-round') })
      summary[database.label] = { 'plugin ms': result.pluginMs.toFixed(2), 'baseline ms': result.baselineMs.toFixed(2), ratio: `${result.ratio.toFixed(2)}×` }
    } finally {
      await database.close()
    }
  }
  console.log('\n# create + publish, per database (median ms per article)')
  console.table(summary)
  process.exit(0)
}
