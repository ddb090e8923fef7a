/**
 * Slug benchmark: quality against the evaluation set (bench/slugs/eval-set.tsv)
 * and the development set of Wikipedia names (dev/slugs/data/ar2en/ar2en-dev.txt,
 * never trained on), throughput with and without the name model's word cache,
 * and the memory the name model takes, for this project's `slugify` and five
 * npm packages.
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
import arabicNameToEn from 'arabic-name-to-en'
import { slugify } from '../src/text/index'
import { lexiconCoverage } from '../src/text/transliterate'
import { clearNameCache, nameDictionaryLoaded, nameModelLoaded, romaniseName, setNameCache } from '../src/text/name-model'

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
  /** Quality on the development set of names (compared on letters and digits only). */
  readonly dev: { readonly similarity: number; readonly exact: number; readonly valid: number }
}

/** What loading the name model costs, measured before anything else runs. */
export interface ModelLoad {
  /** Time of the first name romanised (decoding the packed model), in milliseconds. */
  readonly firstUseMs: number
  /** Resident set size added by decoding, in MiB. */
  readonly rssMiB: number
  /** JS heap added by decoding (after a collection when `--expose-gc` is given), in MiB. */
  readonly heapMiB: number
}

/** A stream of headlines slugged once each, in order, from a cold cache. */
export interface StreamRates {
  readonly headlines: number
  readonly withCache: number
  readonly withoutCache: number
  /** Headlines per second of the `slugify` package on the same stream. */
  readonly slugify: number
}

/** Everything the benchmark measured. */
export interface SlugBenchResult {
  readonly entries: number
  readonly lexiconFreeEntries: number
  /** Share of the evaluation set's Arabic words that are lexicon entries. */
  readonly lexiconWordShare: number
  readonly holdoutEntries: number
  readonly devEntries: number
  readonly scores: readonly SlugScore[]
  readonly modelLoad: ModelLoad
  readonly stream: StreamRates
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
const DEV_SET = fileURLToPath(new URL('../dev/slugs/data/ar2en/ar2en-dev.txt', import.meta.url))

/** Slug of a package that romanises but does not slug: lower case, other characters → one hyphen. */
function toSlug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/** Ours with the name model's word cache switched off for the call. */
function slugifyWithoutCache(text: string): string {
  setNameCache(false)
  try {
    return slugify(text, { maxLength: 1000 })
  } finally {
    setNameCache(true)
  }
}

/** The slug functions under test. Ours runs without a length cap, like the packages. */
const CANDIDATES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['payload-newsroom', (text) => slugify(text, { maxLength: 1000 })],
  ['slugify', (text) => slugifyPackage(text, { lower: true, strict: true })],
  ['@sindresorhus/slugify', (text) => sindresorhusSlugify(text)],
  ['speakingurl', (text) => getSlug(text)],
  ['transliteration', (text) => transliterationSlugify(text)],
  ['arabic-name-to-en', (text) => toSlug(arabicNameToEn(text))],
]

/** Ours without the word cache, timed beside the others. */
const UNCACHED: readonly [string, (text: string) => string] = ['payload-newsroom (no word cache)', slugifyWithoutCache]

/** One pair of the development set. */
export interface DevEntry {
  readonly arabic: string
  readonly english: string
}

/** Reads the development set of names (Arabic, tab, English). */
export function loadDevSet(path = DEV_SET): DevEntry[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [arabic = '', english = ''] = line.split('\t')
      return { arabic, english }
    })
}

/** Letters and digits only, lower case: how the development set is compared (its references have no hyphens). */
function lettersAndDigits(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** Scores one slug function on the development set. */
function scoreDev(fn: (text: string) => string, entries: readonly DevEntry[]) {
  let sim = 0
  let exact = 0
  let valid = 0
  for (const e of entries) {
    const slug = fn(e.arabic)
    const got = lettersAndDigits(slug)
    const want = lettersAndDigits(e.english)
    sim += similarity(got, want)
    if (got === want) exact += 1
    if (slug !== '' && SLUG.test(slug)) valid += 1
  }
  const n = Math.max(1, entries.length)
  return { similarity: sim / n, exact: exact / n, valid: valid / n }
}

/** Decodes the name model and measures what that adds; must run before any other slug. */
export function measureModelLoad(): ModelLoad {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = process.memoryUsage()
  const start = performance.now()
  if (nameModelLoaded()) throw new Error('the name model was decoded before the measurement')
  // وينيبيج: the model's own reading is no name of the dictionary, so the dictionary is decoded too.
  romaniseName('\u0648\u064A\u0646\u064A\u0628\u064A\u062C')
  if (!nameDictionaryLoaded()) throw new Error('the dictionary of names was not decoded by the first name')
  const firstUseMs = performance.now() - start
  gc?.()
  const after = process.memoryUsage()
  const mib = (bytes: number) => bytes / 1024 / 1024
  return { firstUseMs, rssMiB: mib(after.rss - before.rss), heapMiB: mib(after.heapUsed - before.heapUsed) }
}

/**
 * A realistic stream: every headline of the evaluation and held-out sets
 * slugged once, in order, from a cold cache; headlines per second with the
 * word cache and without it (median of `repetitions`).
 */
function measureStream(texts: readonly string[], repetitions: number): StreamRates {
  const rate = (fn: () => void) => {
    const start = performance.now()
    fn()
    return texts.length / ((performance.now() - start) / 1000)
  }
  const ours = (cached: boolean) => () => {
    clearNameCache()
    setNameCache(cached)
    for (const t of texts) slugify(t)
    setNameCache(true)
  }
  const theirs = () => {
    for (const t of texts) slugifyPackage(t, { lower: true, strict: true })
  }
  // Warm up the code paths (not the cache: each run starts from an empty one).
  for (let w = 0; w < 3; w += 1) [ours(true), ours(false), theirs].forEach(rate)
  const withCache: number[] = []
  const withoutCache: number[] = []
  const baseline: number[] = []
  // Interleaved, so background load hits all three alike.
  for (let r = 0; r < repetitions * 3; r += 1) {
    withCache.push(rate(ours(true)))
    withoutCache.push(rate(ours(false)))
    baseline.push(rate(theirs))
  }
  clearNameCache()
  return { headlines: texts.length, withCache: median(withCache), withoutCache: median(withoutCache), slugify: median(baseline) }
}

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

/** Prints rows under a header, columns padded. */
function printRows(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const r of rows) console.log(line(r))
}

function printTable(result: SlugBenchResult): void {
  const categories = Object.keys(result.scores[0]?.byCategory ?? {})
  console.log(
    `Slug benchmark: ${result.entries} entries (${result.lexiconFreeEntries} with no lexicon word); ` +
      `${pct(result.lexiconWordShare)} of the set's Arabic words are lexicon entries; ` +
      `held-out set: ${result.holdoutEntries} headlines; development set: ${result.devEntries} names.`,
  )
  console.log('\nEvaluation set (bench/slugs/eval-set.tsv) and held-out headlines:')
  printRows(
    ['slugger', 'similarity', 'sim (no lexicon)', 'sim held-out', ...categories.map((c) => `sim ${c}`), 'exact', 'valid'],
    result.scores.map((s) => [
      s.name,
      s.similarity.toFixed(3),
      s.similarityLexiconFree.toFixed(3),
      s.similarityHoldout.toFixed(3),
      ...categories.map((c) => (s.byCategory[c] ?? 0).toFixed(3)),
      pct(s.exact),
      pct(s.valid),
    ]),
  )
  console.log('\nDevelopment set of Wikipedia names (dev/slugs/data/ar2en/ar2en-dev.txt, never trained on; letters and digits compared):')
  printRows(
    ['slugger', 'similarity', 'exact', 'valid'],
    result.scores.map((s) => [s.name, s.dev.similarity.toFixed(3), pct(s.dev.exact), pct(s.dev.valid)]),
  )
  console.log('\nSpeed over the evaluation set (every slugger slugs it repeatedly, so our word cache is warm):')
  printRows(
    ['slugger', 'slugs/s', 'speed vs slugify'],
    result.scores.map((s) => [s.name, Math.round(s.opsPerSecond).toLocaleString('en-US'), `${s.speedRatio.toFixed(2)}x`]),
  )
  const st = result.stream
  console.log(
    `\nHeadline stream (${st.headlines} headlines, each once, cold cache): ` +
      `${Math.round(st.withCache).toLocaleString('en-US')}/s with the word cache (${(st.withCache / st.slugify).toFixed(2)}x slugify), ` +
      `${Math.round(st.withoutCache).toLocaleString('en-US')}/s without (${(st.withoutCache / st.slugify).toFixed(2)}x); ` +
      `slugify ${Math.round(st.slugify).toLocaleString('en-US')}/s.`,
  )
  const m = result.modelLoad
  console.log(
    `Name model: first use ${m.firstUseMs.toFixed(1)} ms (decoding); resident size +${m.rssMiB.toFixed(1)} MiB, JS heap +${m.heapMiB.toFixed(1)} MiB.`,
  )
}

/**
 * Runs the slug benchmark and prints its tables.
 *
 * @example
 * const result = runSlugBench({ rounds: 5 })
 * result.scores[0]?.dev.similarity // → e.g. 0.75
 */
export function runSlugBench(options: SlugBenchOptions = {}): SlugBenchResult {
  const rounds = options.rounds ?? 20
  const repetitions = options.repetitions ?? 7
  // First, before any slug: what decoding the name model costs.
  const modelLoad = measureModelLoad()
  const entries = loadEvalSet()
  const holdout = loadEvalSet(HOLDOUT_SET)
  const dev = loadDevSet()
  const texts = entries.map((e) => e.arabic)
  let words = 0
  let inLexicon = 0
  for (const t of texts) {
    const c = lexiconCoverage(t)
    words += c.words
    inLexicon += c.inLexicon
  }
  const timed = [...CANDIDATES, UNCACHED]
  const rates = measureRates(timed.map(([, fn]) => fn), texts, rounds, repetitions)
  const baseline = rates[1] ?? 1
  const scores: SlugScore[] = timed.map(([name, fn], i) => {
    const opsPerSecond = rates[i] ?? 0
    const similarityHoldout = scoreQuality(fn, holdout).similarity
    const devScore = scoreDev(fn, dev)
    return { name, ...scoreQuality(fn, entries), similarityHoldout, opsPerSecond, speedRatio: opsPerSecond / baseline, dev: devScore }
  })
  const headlines = [...entries.filter((e) => e.category === 'headline'), ...holdout].map((e) => e.arabic)
  const result: SlugBenchResult = {
    entries: entries.length,
    lexiconFreeEntries: entries.filter((e) => e.lexiconFree).length,
    lexiconWordShare: words === 0 ? 0 : inLexicon / words,
    holdoutEntries: holdout.length,
    devEntries: dev.length,
    scores,
    modelLoad,
    stream: measureStream(headlines, repetitions),
  }
  if (options.print !== false) printTable(result)
  return result
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  runSlugBench()
}
