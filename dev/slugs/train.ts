/**
 * Trains the name romanisation model (src/text/name-model.ts) on the
 * Arabic → English Wikipedia name pairs in dev/slugs/data/ar2en/ar2en-train.txt
 * and writes src/text/tables/name-model.ts, and the dictionary of Latin
 * spellings of names (dev/slugs/dictionary.ts) to src/text/tables/name-dictionary.ts,
 * and the Arabic vocabulary (dev/slugs/vocabulary.ts) to src/text/tables/arabic-vocabulary.ts.
 *
 *   npm run train:slugs            rebuild the committed model file
 *   npm run train:slugs -- --check exit 1 when the committed file differs
 *
 * Steps: normalise the pairs → align letters by EM over grapheme chunks
 * (one Arabic letter ↔ 0–4 Latin letters by default) → count unit n-grams →
 * interpolated modified Kneser-Ney smoothing, pruning rare n-grams → pack as a varint stream.
 * Deterministic: the same data gives the same file byte for byte. The
 * development file (ar2en-dev.txt) is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { LOG_STEP, modelLetters } from '../../src/text/name-model'
import { pushVarint } from '../../src/text/varint'
import type { PackedNameModel } from '../../src/text/name-model'
import { buildDictionary, dictionarySource, readNameLists } from './dictionary'
import { packedTableSource } from './tableSource'
import { buildVocabulary, vocabularyKeys, vocabularySource } from './vocabulary'

/** Training settings. */
export interface TrainOptions {
  /** Longest n-gram. */
  order: number
  /** Smallest count of an n-gram kept, by order (index 0 = unigrams, which are all kept). */
  minCounts: readonly number[]
  /** EM iterations. */
  iterations: number
  /** Longest Arabic side of a unit. */
  maxArabic: number
  /** Longest Latin side of a unit. */
  maxLatin: number
  /** Expected count below which a unit is dropped during EM. */
  minUnitMass: number
  /** Smoothing of the n-gram estimates. */
  smoothing: 'kneser-ney' | 'modified-kneser-ney' | 'witten-bell'
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  order: 5,
  minCounts: [1, 1, 1, 2, 2],
  iterations: 10,
  maxArabic: 1,
  maxLatin: 4,
  minUnitMass: 3,
  smoothing: 'modified-kneser-ney',
}

const DATA = fileURLToPath(new URL('./data/ar2en/ar2en-train.txt', import.meta.url))
const OUTPUT = fileURLToPath(new URL('../../src/text/tables/name-model.ts', import.meta.url))
const DICTIONARY_OUTPUT = fileURLToPath(new URL('../../src/text/tables/name-dictionary.ts', import.meta.url))
const VOCABULARY_OUTPUT = fileURLToPath(new URL('../../src/text/tables/arabic-vocabulary.ts', import.meta.url))

const ARTICLE = '\u0627\u0644'
const LATIN_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ı', 'i'], ['ø', 'o'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['đ', 'd'], ['ł', 'l'], ['þ', 'th'], ['ð', 'd'],
])

/** Latin side: accents folded, lower case, letters a–z only. */
export function latinLetters(text: string): string {
  const folded = [...text.toLowerCase()].map((ch) => LATIN_FOLDS.get(ch) ?? ch).join('')
  return folded.normalize('NFKD').replace(/[^a-z]/g, '')
}

/**
 * One training pair as the model sees it. The article «ال» is romanised by the
 * rules, so it is taken off the Arabic side, and «al»/«el» off the Latin side.
 */
export function trainingPair(arabic: string, english: string): readonly [string, string] | undefined {
  let ar = modelLetters(arabic)
  let en = latinLetters(english)
  if (ar.startsWith(ARTICLE) && ar.length > 3) {
    ar = ar.slice(2)
    if (en.startsWith('al') || en.startsWith('el')) en = en.slice(2)
  }
  if (ar === '' || en === '') return undefined
  return [ar, en]
}

/** Reads the training pairs. */
export function readPairs(path = DATA): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [arabic = '', english = ''] = line.split('\t')
    const pair = trainingPair(arabic, english)
    if (pair !== undefined) pairs.push(pair)
  }
  return pairs
}

/** Unit key: Arabic chunk, a space, Latin chunk. */
function unitKey(ar: string, en: string): string {
  return `${ar} ${en}`
}

/** A pair's alignment lattice: its steps (i, j, p, q) and the unit index of each. */
interface Lattice {
  readonly n: number
  readonly m: number
  /** Per step: i, j, p, q, unit index. */
  readonly steps: Int32Array
}

/** Step: every lattice step of every pair, with units numbered in first-seen order. */
function lattices(pairs: ReadonlyArray<readonly [string, string]>, opts: TrainOptions): { units: string[]; lattices: Lattice[] } {
  const index = new Map<string, number>()
  const units: string[] = []
  const result: Lattice[] = []
  for (const [ar, en] of pairs) {
    const steps: number[] = []
    // Steps in order of i then j, so the forward pass can run over them in order.
    for (let i = 0; i < ar.length; i += 1) {
      for (let j = 0; j <= en.length; j += 1) {
        for (let p = 1; p <= opts.maxArabic && i + p <= ar.length; p += 1) {
          for (let q = 0; q <= opts.maxLatin && j + q <= en.length; q += 1) {
            const key = unitKey(ar.slice(i, i + p), en.slice(j, j + q))
            let u = index.get(key)
            if (u === undefined) {
              u = units.length
              units.push(key)
              index.set(key, u)
            }
            steps.push(i, j, p, q, u)
          }
        }
      }
    }
    result.push({ n: ar.length, m: en.length, steps: Int32Array.from(steps) })
  }
  return { units, lattices: result }
}

/** Step: EM over the alignment lattices; returns the unit probabilities by unit index. */
function alignmentModel(all: readonly Lattice[], unitCount: number, opts: TrainOptions): Float64Array {
  let prob = new Float64Array(unitCount).fill(1 / unitCount)
  for (let it = 0; it < opts.iterations; it += 1) {
    const counts = new Float64Array(unitCount)
    for (const { n, m, steps } of all) {
      const w = m + 1
      const alpha = new Float64Array((n + 1) * w)
      const beta = new Float64Array((n + 1) * w)
      alpha[0] = 1
      for (let s = 0; s < steps.length; s += 5) {
        const i = steps[s]!, j = steps[s + 1]!, p = steps[s + 2]!, q = steps[s + 3]!
        alpha[(i + p) * w + j + q]! += alpha[i * w + j]! * prob[steps[s + 4]!]!
      }
      const total = alpha[n * w + m]!
      if (total === 0) continue
      beta[n * w + m] = 1
      for (let s = steps.length - 5; s >= 0; s -= 5) {
        const i = steps[s]!, j = steps[s + 1]!, p = steps[s + 2]!, q = steps[s + 3]!
        beta[i * w + j]! += prob[steps[s + 4]!]! * beta[(i + p) * w + j + q]!
      }
      for (let s = 0; s < steps.length; s += 5) {
        const i = steps[s]!, j = steps[s + 1]!, p = steps[s + 2]!, q = steps[s + 3]!, u = steps[s + 4]!
        counts[u]! += (alpha[i * w + j]! * prob[u]! * beta[(i + p) * w + j + q]!) / total
      }
    }
    let sum = 0
    for (let u = 0; u < unitCount; u += 1) {
      // Units with almost no mass are dropped, so that rare spurious pairings do not survive.
      if (counts[u]! < opts.minUnitMass) counts[u] = 0
      sum += counts[u]!
    }
    prob = counts.map((c) => c / sum)
  }
  return prob
}

/** Step: the most probable segmentation of each pair into units (pairs with none are dropped). */
function viterbiAlign(all: readonly Lattice[], units: readonly string[], prob: Float64Array): string[][] {
  const sequences: string[][] = []
  for (const { n, m, steps } of all) {
    const w = m + 1
    const best = new Float64Array((n + 1) * w).fill(Number.NEGATIVE_INFINITY)
    const back = new Int32Array((n + 1) * w).fill(-1)
    best[0] = 0
    for (let s = 0; s < steps.length; s += 5) {
      const i = steps[s]!, j = steps[s + 1]!, p = steps[s + 2]!, q = steps[s + 3]!, u = steps[s + 4]!
      const from = best[i * w + j]!
      const pr = prob[u]!
      if (from === Number.NEGATIVE_INFINITY || pr === 0) continue
      const score = from + Math.log(pr)
      const to = (i + p) * w + j + q
      if (score > best[to]!) {
        best[to] = score
        back[to] = s
      }
    }
    if (best[n * w + m]! === Number.NEGATIVE_INFINITY) continue
    const sequence: string[] = []
    for (let at = n * w + m; at !== 0; ) {
      const s = back[at]!
      sequence.unshift(units[steps[s + 4]!]!)
      at = steps[s]! * w + steps[s + 1]!
    }
    sequences.push(sequence)
  }
  return sequences
}


function quantise(logProb: number): number {
  return Math.max(0, Math.round(-logProb / LOG_STEP))
}

/** Plain code-unit order (locale-independent). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Step: n-gram counts → Witten-Bell backoff automaton → packed model. */
function buildModel(sequences: readonly string[][], opts: TrainOptions): PackedNameModel {
  // Units: id 0 is the word boundary; the rest in code-unit order.
  const unitNames = [...new Set(sequences.flat())].sort(compare)
  const unitId = new Map(unitNames.map((u, i) => [u, i + 1]))
  const V = unitNames.length + 1
  // counts.get(context)?.get(unit): context = ids joined by ',' ('' for the unigram context).
  const counts = new Map<string, Map<number, number>>()
  for (const seq of sequences) {
    const ids = [0, ...seq.map((u) => unitId.get(u) ?? 0), 0]
    for (let t = 1; t < ids.length; t += 1) {
      const w = ids[t] ?? 0
      for (let k = 1; k <= opts.order && t - k + 1 >= 0; k += 1) {
        const context = ids.slice(t - k + 1, t).join(',')
        const row = counts.get(context) ?? new Map<number, number>()
        row.set(w, (row.get(w) ?? 0) + 1)
        counts.set(context, row)
      }
    }
  }
  const orderOf = (context: string) => (context === '' ? 1 : context.split(',').length + 1)
  const parentOf = (context: string) => {
    const comma = context.indexOf(',')
    return comma < 0 ? '' : context.slice(comma + 1)
  }
  // Counts used for each context: raw counts for the longest contexts and for
  // contexts opening at the word boundary (they have no left neighbour);
  // Kneser-Ney continuation counts (how many different units precede) otherwise.
  const continuation = new Map<string, Map<number, number>>()
  for (const [context, row] of counts) {
    if (context === '') continue
    const lower = parentOf(context)
    const target = continuation.get(lower) ?? new Map<number, number>()
    for (const w of row.keys()) target.set(w, (target.get(w) ?? 0) + 1)
    continuation.set(lower, target)
  }
  const rowOf = (context: string): Map<number, number> | undefined => {
    if (opts.smoothing === 'witten-bell' || orderOf(context) === opts.order || context === '0' || context.startsWith('0,')) return counts.get(context)
    return continuation.get(context) ?? counts.get(context)
  }
  // Absolute discounts per order from the counts of counts: Ney's single
  // estimate Y = n1 / (n1 + 2 n2), or (modified Kneser-Ney, Chen and Goodman)
  // three of them, for counts 1, 2 and 3 or more: D_k = k − (k + 1) Y n_{k+1} / n_k.
  const discounts = Array.from({ length: opts.order + 1 }, () => [0.75, 0.75, 0.75] as [number, number, number])
  for (let order = 1; order <= opts.order; order += 1) {
    const n = [0, 0, 0, 0, 0]
    for (const context of counts.keys()) {
      if (orderOf(context) !== order) continue
      for (const c of rowOf(context)?.values() ?? []) if (c <= 4) n[c]! += 1
    }
    const [, n1 = 0, n2 = 0, n3 = 0, n4 = 0] = n
    if (n1 === 0 || n2 === 0) continue
    const y = n1 / (n1 + 2 * n2)
    if (opts.smoothing === 'modified-kneser-ney' && n3 > 0 && n4 > 0) {
      discounts[order] = [1 - (2 * y * n2) / n1, 2 - (3 * y * n3) / n2, 3 - (4 * y * n4) / n3].map((d) => Math.max(d, 0.05)) as [number, number, number]
    } else {
      discounts[order] = [y, y, y]
    }
  }
  const discountOf = (order: number, c: number): number => discounts[order]![Math.min(c, 3) - 1]!
  const totals = new Map<string, number>()
  const totalOf = (context: string, row: Map<number, number>): number => {
    let total = totals.get(context)
    if (total === undefined) {
      total = 0
      for (const c of row.values()) total += c
      totals.set(context, total)
    }
    return total
  }
  /** Weight of the lower order in the context (the backoff weight). */
  const backoffOf = (context: string): number => {
    const row = rowOf(context)
    if (row === undefined) return 1
    const total = totalOf(context, row)
    if (opts.smoothing === 'witten-bell') return row.size / (total + row.size)
    const order = orderOf(context)
    let mass = 0
    for (const c of row.values()) mass += Math.min(discountOf(order, c), c)
    return mass / total
  }
  // Interpolated probabilities, memoised by context and unit.
  const memo = new Map<string, number>()
  const probability = (context: string, w: number): number => {
    const key = `${context}|${w}`
    const known = memo.get(key)
    if (known !== undefined) return known
    const lower = context === '' ? 1 / V : probability(parentOf(context), w)
    const row = rowOf(context)
    let p = lower
    if (row !== undefined) {
      const total = totalOf(context, row)
      const c = row.get(w) ?? 0
      p =
        opts.smoothing === 'witten-bell'
          ? (c + row.size * lower) / (total + row.size)
          : (c === 0 ? 0 : Math.max(c - discountOf(orderOf(context), c), 0)) / total + backoffOf(context) * lower
    }
    memo.set(key, p)
    return p
  }
  // Kept arcs: every unigram; higher orders above their minimum count.
  const kept = new Map<string, number[]>()
  for (const [context, row] of counts) {
    const order = orderOf(context)
    const min = opts.minCounts[order - 1] ?? 1
    const units = [...row].filter(([, c]) => c >= min).map(([w]) => w)
    if (context === '') for (let w = 0; w < V; w += 1) if (!row.has(w)) units.push(w)
    if (units.length > 0) kept.set(context, units.sort((a, b) => a - b))
  }
  const contexts = [...kept.keys()].sort((a, b) => orderOf(a) - orderOf(b) || compare(a, b))
  const stateId = new Map(contexts.map((c, i) => [c, i]))
  const stateOf = (ids: readonly number[]): number => {
    for (let from = Math.max(0, ids.length - (opts.order - 1)); from <= ids.length; from += 1) {
      const s = stateId.get(ids.slice(from).join(','))
      if (s !== undefined) return s
    }
    return 0
  }
  const bytes: number[] = []
  for (const context of contexts) {
    const parent = context === '' ? -1 : (stateId.get(parentOf(context)) ?? 0)
    pushVarint(bytes, parent + 1)
    pushVarint(bytes, quantise(Math.log(backoffOf(context))))
    const units = kept.get(context) ?? []
    pushVarint(bytes, units.length)
    const history = context === '' ? [] : context.split(',').map(Number)
    let previous = 0
    for (const w of units) {
      pushVarint(bytes, w - previous)
      previous = w
      pushVarint(bytes, quantise(Math.log(probability(context, w))))
      // After the boundary the word is over: the next state is never used, so point at the root.
      pushVarint(bytes, w === 0 ? 0 : stateOf([...history, w]))
    }
  }
  if (contexts.length * V >= 2 ** 32 - 1) throw new RangeError('model too large for 32-bit arc keys')
  return {
    order: opts.order,
    maxChunk: opts.maxArabic,
    units: ['', ...unitNames].join('\n'),
    start: stateId.get('0') ?? 0,
    states: contexts.length,
    data: Buffer.from(bytes).toString('base64'),
  }
}

/** Trains a model on the given pairs. */
export function train(pairs: ReadonlyArray<readonly [string, string]>, opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): PackedNameModel {
  const { units, lattices: all } = lattices(pairs, opts)
  const prob = alignmentModel(all, units.length, opts)
  return buildModel(viterbiAlign(all, units, prob), opts)
}

/** The TypeScript module holding a packed model. */
export function modelSource(model: PackedNameModel): string {
  return packedTableSource({
    comment: [
      'Name romanisation model: generated by `npm run train:slugs` (dev/slugs/train.ts)',
      'from dev/slugs/data/ar2en/ar2en-train.txt (Apache-2.0). Do not edit.',
    ],
    type: 'PackedNameModel',
    from: '../name-model',
    name: 'NAME_MODEL',
    fields: [
      ['order', String(model.order)],
      ['maxChunk', String(model.maxChunk)],
      ['units', JSON.stringify(model.units)],
      ['start', String(model.start)],
      ['states', String(model.states)],
    ],
    data: model.data,
  })
}

/**
 * The words of the dictionary of names for a model trained on `pairs`: the
 * name lists and the Latin side of the pairs, folded as the model spells.
 */
export function dictionaryWords(pairs: ReadonlyArray<readonly [string, string]>): string[] {
  return [...readNameLists().map(latinLetters), ...pairs.map(([, en]) => en)]
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const pairs = readPairs()
  const outputs = [
    [OUTPUT, modelSource(train(pairs))],
    [DICTIONARY_OUTPUT, dictionarySource(buildDictionary(dictionaryWords(pairs)))],
    [VOCABULARY_OUTPUT, vocabularySource(buildVocabulary(vocabularyKeys()))],
  ] as const
  for (const [path, source] of outputs) {
    const name = path.slice(path.indexOf('src/'))
    if (process.argv.includes('--check')) {
      if (readFileSync(path, 'utf8') !== source) {
        console.error(`${name} is not what the training data gives: run npm run train:slugs`)
        process.exitCode = 1
      } else console.log(`${name} is up to date`)
    } else {
      writeFileSync(path, source)
      console.log(`wrote ${name} (${source.length} characters)`)
    }
  }
}
