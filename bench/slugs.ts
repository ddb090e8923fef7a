/**
 * Slug benchmark: quality against the evaluation set (bench/slugs/eval-set.tsv)
 * and throughput, for this project's `slugify` and four npm slug packages.
 *
 * Run directly with `npx tsx bench/slugs.ts`, or call `runSlugBench()`.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import sindresorhusSlugify from '@sindresorhus/slugify'
import slugifyPackage from 'slugify'
import getSlug from 'speakingurl'
import { slugify as transliterationSlugify } from 'transliteration'
import { slugify } from '../src/text/index'
import { lexiconCoverage } from '../src/text/transliterate'

/** One row of the evaluation set. */
export interface EvalEntry {
  readonly arabic: string
  readonly reference: string
  readonly category: string
  readonly source: string
  /** No Arabic word of the entry is a lexicon entry. */
  readonly lexiconFree: boolean
}

/** Scores of one slug function. */
export interface SlugScore {
  readonly name: string
  /** Mean of 1 − lev(slug, reference) / max(len), over all entries. */
  readonly similarity: number
  /** The same mean over the entries with no lexicon word. */
  readonly similarityLexiconFree: number
  /** Mean similarity on the held-out headlines (bench/slugs/holdout.tsv). */
  readonly similarityHoldout: number
  /** Mean similarity per category. */
  readonly byCategory: Readonly<Record<string, number>>
  readonly exact: number
  readonly valid: number
  readonly opsPerSecond: number
  /** opsPerSecond divided by that of the `slugify` npm package in the same run. */
  readonly speedRatio: number
}

/** Everything the benchmark measured. */
export interface SlugBenchResult {
  readonly entries: number
  readonly lexiconFreeEntries: number
  /** Share of the evaluation set's Arabic words that are lexicon entries. */
  readonly lexiconWordShare: number
  readonly holdoutEntries: number
  readonly scores: readonly SlugScore[]
}

/** Options of {@link runSlugBench}. */
export interface SlugBenchOptions {
  /** Timed passes over the whole set per repetition. Default 20. */
  rounds?: number
  /** Repetitions; the median rate is kept. Default 7. */
  repetitions?: number
  /** Print the table. Default true. */
  print?: boolean
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const EVAL_SET = fileURLToPath(new URL('./slugs/eval-set.tsv', import.meta.url))
const HOLDOUT_SET = fileURLToPath(new URL('./slugs/holdout.tsv', import.meta.url))

/** The slug functions under test. Ours runs without a length cap, like the packages. */
const CANDIDATES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['payload-newsroom', (text) => slugify(text, { maxLength: 1000 })],
  ['slugify', (text) => slugifyPackage(text, { lower: true, strict: true })],
  ['@sindresorhus/slugify', (text) => sindresorhusSlugify(text)],
  ['speakingurl', (text) => getSlug(text)],
  ['transliteration', (text) => transliterationSlugify(text)],
]

/** Reads the evaluation set. */
export function loadEvalSet(path = EVAL_SET): EvalEntry[] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1)
  const entries: EvalEntry[] = []
  for (const line of lines) {
    if (line.trim() === '') continue
    const [arabic = '', reference = '', category = '', source = ''] = line.split('\t')
    entries.push({ arabic, reference, category, source, lexiconFree: lexiconCoverage(arabic).inLexicon === 0 })
  }
  return entries
}

/** Levenshtein distance with two reused rows. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  let curr = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    curr[0] = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    ;[prev, curr] = [curr, prev]
  }
  return prev[b.length] ?? 0
}

/** 1 − lev / max(len): 1 for identical strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * Slugs per second for every candidate: warm up each, then `repetitions`
 * rounds in which every candidate in turn slugs the whole set `rounds` times
 * (interleaved, so background load hits all of them alike); median per candidate.
 */
function measureRates(fns: ReadonlyArray<(text: string) => string>, texts: readonly string[], rounds: number, repetitions: number): number[] {
  let sink = 0
  for (const fn of fns) for (let w = 0; w < 3; w += 1) for (const t of texts) sink += fn(t).length
  const samples: number[][] = fns.map(() => [])
  for (let r = 0; r < repetitions; r += 1) {
    fns.forEach((fn, i) => {
      const start = performance.now()
      for (let k = 0; k < rounds; k += 1) for (const t of texts) sink += fn(t).length
      const seconds = (performance.now() - start) / 1000
      samples[i]?.push((rounds * texts.length) / seconds)
    })
  }
  if (sink < 0) console.log(sink) // keeps the results alive
  return samples.map(median)
}

/** Scores quality on every entry. */
function scoreQuality(fn: (text: string) => string, entries: readonly EvalEntry[]) {
  const sims: number[] = []
  const freeSims: number[] = []
  const perCategory = new Map<string, number[]>()
  let exact = 0
  let valid = 0
  for (const e of entries) {
    const slug = fn(e.arabic)
    const sim = similarity(slug, e.reference)
    sims.push(sim)
    if (e.lexiconFree) freeSims.push(sim)
    const list = perCategory.get(e.category) ?? []
    list.push(sim)
    perCategory.set(e.category, list)
    if (slug === e.reference) exact += 1
    if (slug !== '' && SLUG.test(slug)) valid += 1
  }
  const byCategory: Record<string, number> = {}
  for (const [category, list] of perCategory) byCategory[category] = mean(list)
  return { similarity: mean(sims), similarityLexiconFree: mean(freeSims), byCategory, exact: exact / entries.length, valid: valid / entries.length }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

function printTable(result: SlugBenchResult): void {
  const categories = Object.keys(result.scores[0]?.byCategory ?? {})
  console.log(
    `Slug benchmark: ${result.entries} entries (${result.lexiconFreeEntries} with no lexicon word); ` +
      `${pct(result.lexiconWordShare)} of the set's Arabic words are lexicon entries; ` +
      `held-out set: ${result.holdoutEntries} headlines.`,
  )
  const header = ['slugger', 'similarity', 'sim (no lexicon)', 'sim held-out', ...categories.map((c) => `sim ${c}`), 'exact', 'valid', 'slugs/s', 'speed vs slugify']
  const rows = result.scores.map((s) => [
    s.name,
    s.similarity.toFixed(3),
    s.similarityLexiconFree.toFixed(3),
    s.similarityHoldout.toFixed(3),
    ...categories.map((c) => (s.byCategory[c] ?? 0).toFixed(3)),
    pct(s.exact),
    pct(s.valid),
    Math.round(s.opsPerSecond).toLocaleString('en-US'),
    `${s.speedRatio.toFixed(2)}x`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const r of rows) console.log(line(r))
}

/**
 * Runs the slug benchmark and prints a table.
 *
 * @example
 * const result = runSlugBench({ rounds: 5 })
 * result.scores[0]?.similarity // → e.g. 0.85
 */
export function runSlugBench(options: SlugBenchOptions = {}): SlugBenchResult {
  const rounds = options.rounds ?? 20
  const repetitions = options.repetitions ?? 7
  const entries = loadEvalSet()
  const holdout = loadEvalSet(HOLDOUT_SET)
  const texts = entries.map((e) => e.arabic)
  let words = 0
  let inLexicon = 0
  for (const t of texts) {
    const c = lexiconCoverage(t)
    words += c.words
    inLexicon += c.inLexicon
  }
  const rates = measureRates(CANDIDATES.map(([, fn]) => fn), texts, rounds, repetitions)
  const baseline = rates[1] ?? 1
  const scores: SlugScore[] = CANDIDATES.map(([name, fn], i) => {
    const opsPerSecond = rates[i] ?? 0
    const similarityHoldout = scoreQuality(fn, holdout).similarity
    return { name, ...scoreQuality(fn, entries), similarityHoldout, opsPerSecond, speedRatio: opsPerSecond / baseline }
  })
  const result: SlugBenchResult = {
    entries: entries.length,
    lexiconFreeEntries: entries.filter((e) => e.lexiconFree).length,
    lexiconWordShare: words === 0 ? 0 : inLexicon / words,
    holdoutEntries: holdout.length,
    scores,
  }
  if (options.print !== false) printTable(result)
  return result
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  runSlugBench()
}
