/**
 * Romanisation of names by a joint-sequence (grapheme-pair) n-gram model.
 *
 * A name is read as a sequence of units, each pairing one or two Arabic
 * letters with zero to three Latin letters («يو»→yu, «س»→s, «ف»→f). The model
 * gives the probability of a unit after the previous ones; decoding finds the
 * most probable unit sequence whose Arabic side spells the word, by beam search.
 * The model is trained by `npm run train:slugs` (dev/slugs/train.ts) on the
 * Wikipedia name pairs in dev/slugs/data/ar2en and stored in
 * `tables/name-model.ts` as a packed byte string, decoded on first use.
 */
import { NAME_MODEL } from './tables/name-model'

/** The packed model as stored in `tables/name-model.ts`. */
export interface PackedNameModel {
  /** Longest n-gram. */
  readonly order: number
  /** Longest Arabic side of a unit. */
  readonly maxChunk: number
  /** Units as `arabic latin` lines; line 0 is the word boundary. */
  readonly units: string
  /** State of the context «word start». */
  readonly start: number
  /** Number of states (contexts). */
  readonly states: number
  /** Base64 of the varint stream described in {@link decodeModel}. */
  readonly data: string
}

/** Hypotheses kept at each letter position. */
export const BEAM_WIDTH = 4

/** Latin readings tried for each Arabic chunk (its most frequent units). */
export const CANDIDATES = 8

/**
 * Hypotheses kept and readings tried per letter for a word that is the whole
 * text ({@link romaniseNameCarefully}): most often a name, and a single word,
 * so a wider search costs little (on held-out folds of the training file the
 * model reads 0.3 % better, at twice the time per word).
 */
export const WIDE_BEAM_WIDTH = 8
export const WIDE_CANDIDATES = 16

/** Step of the quantised log-probabilities (natural log). */
export const LOG_STEP = 0.02

/** The decoded model: a backoff automaton over units. */
interface NameModel {
  readonly unitLatin: readonly string[]
  /** The most frequent units of each Arabic chunk, tried when decoding freely. */
  readonly unitsByChunk: ReadonlyMap<string, Int32Array>
  /** The same, {@link WIDE_CANDIDATES} of them, for the wider search. */
  readonly wideUnitsByChunk: ReadonlyMap<string, Int32Array>
  /** Every unit of each Arabic chunk, tried when scoring a given reading. */
  readonly allUnitsByChunk: ReadonlyMap<string, Int32Array>
  readonly maxChunk: number
  readonly start: number
  readonly parent: Int32Array
  readonly backoff: Float32Array
  readonly unitCount: number
  readonly mask: number
  readonly keys: Uint32Array
  readonly logp: Float32Array
  readonly next: Int32Array
}

let MODEL: NameModel | undefined

/** Letters the model reads: Arabic letters U+0621–U+064A, with Persian forms folded to Arabic ones. */
const MODEL_LETTER = /^[\u0621-\u063A\u0641-\u064A]+$/

/** Persian and Urdu letter forms → the Arabic letters the training data uses. */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u06CC', '\u064A'], // ی → ي
  ['\u06A9', '\u0643'], // ک → ك
  ['\u06C1', '\u0647'], // ہ → ه
  ['\u06BE', '\u0647'], // ھ → ه
  ['\u0671', '\u0627'], // ٱ → ا
])
const FOLDABLE = /[\u06CC\u06A9\u06C1\u06BE\u0671]/g
/** Harakat, Quranic marks, tatweel and the zero-width non-joiner: dropped. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C]/g

/**
 * The letters of a word as the model reads them: Persian letter forms folded,
 * marks and tatweel dropped (other letters stay, and make the word unreadable).
 *
 * @example
 * modelLetters('یُوسُف') // → 'يوسف'
 */
export function modelLetters(word: string): string {
  return word.replace(FOLDABLE, (ch) => LETTER_FOLDS.get(ch) ?? ch).replace(MARKS, '')
}

/** Reads unsigned LEB128 varints from a byte array. */
class VarintReader {
  private at = 0
  constructor(private readonly bytes: Uint8Array) {}
  read(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.bytes[this.at] ?? 0
      this.at += 1
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 128
    }
  }
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Hash of an arc key into a power-of-two table. */
function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask
}

/**
 * Step (once): decode the packed model. The stream holds, per state in order,
 * its parent state + 1, its quantised backoff, its arc count, then per arc the
 * unit (delta from the previous arc's unit), the quantised log-probability and
 * the next state.
 */
function decodeModel(packed: PackedNameModel, candidates = CANDIDATES): NameModel {
  const unitLines = packed.units.split('\n')
  const unitLatin: string[] = []
  const byChunk = new Map<string, number[]>()
  unitLines.forEach((line, id) => {
    const space = line.indexOf(' ')
    const arabic = space < 0 ? line : line.slice(0, space)
    unitLatin.push(space < 0 ? '' : line.slice(space + 1))
    if (id === 0) return
    const list = byChunk.get(arabic) ?? []
    list.push(id)
    byChunk.set(arabic, list)
  })
  const unitsByChunk = new Map<string, Int32Array>()
  const wideUnitsByChunk = new Map<string, Int32Array>()
  const allUnitsByChunk = new Map<string, Int32Array>()
  const reader = new VarintReader(base64Bytes(packed.data))
  const stateCount = packed.states
  const parent = new Int32Array(stateCount)
  const backoff = new Float32Array(stateCount)
  const arcStates: number[] = []
  const arcUnits: number[] = []
  const arcLogp: number[] = []
  const arcNext: number[] = []
  for (let s = 0; s < stateCount; s += 1) {
    parent[s] = reader.read() - 1
    backoff[s] = -reader.read() * LOG_STEP
    const count = reader.read()
    let unit = 0
    for (let a = 0; a < count; a += 1) {
      unit += reader.read()
      arcStates.push(s)
      arcUnits.push(unit)
      arcLogp.push(-reader.read() * LOG_STEP)
      arcNext.push(reader.read())
    }
  }
  const unitCount = unitLines.length
  let size = 1
  while (size < arcStates.length * 2) size *= 2
  const mask = size - 1
  const keys = new Uint32Array(size)
  const logp = new Float32Array(size)
  const next = new Int32Array(size)
  for (let a = 0; a < arcStates.length; a += 1) {
    const key = (arcStates[a] ?? 0) * unitCount + (arcUnits[a] ?? 0) + 1
    let slot = slotOf(key, mask)
    while (keys[slot] !== 0) slot = (slot + 1) & mask
    keys[slot] = key
    logp[slot] = arcLogp[a] ?? 0
    next[slot] = arcNext[a] ?? 0
  }
  const model: NameModel = { unitLatin, unitsByChunk, wideUnitsByChunk, allUnitsByChunk, maxChunk: packed.maxChunk, start: packed.start, parent, backoff, unitCount, mask, keys, logp, next }
  // Candidates for each chunk: its units, most frequent first, at most `candidates` of them.
  for (const [chunk, ids] of byChunk) {
    const scored = ids.map((id) => [id, arcScore(model, 0, id)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])
    unitsByChunk.set(chunk, Int32Array.from(scored.slice(0, candidates).map(([id]) => id)))
    wideUnitsByChunk.set(chunk, Int32Array.from(scored.slice(0, Math.max(candidates, WIDE_CANDIDATES)).map(([id]) => id)))
    allUnitsByChunk.set(chunk, Int32Array.from(ids))
  }
  return model
}

function model(): NameModel {
  MODEL ??= decodeModel(NAME_MODEL)
  return MODEL
}

/**
 * Replaces the model that `romaniseName` and `scoreReading` use, and empties
 * the caches; `undefined` restores the committed one (decoded again on first
 * use). For training and evaluation scripts only, e.g. to measure the whole
 * slugger with a model trained on part of the data.
 */
export function useNameModel(packed: PackedNameModel | undefined): void {
  MODEL = packed === undefined ? undefined : decodeModel(packed)
  clearNameCache()
}

/** The state reached by the last {@link arcScore}. */
let NEXT_STATE = 0

/** Log-probability of `unit` in `state`, backing off to shorter contexts; sets {@link NEXT_STATE}. */
function arcScore(m: NameModel, state: number, unit: number): number {
  let penalty = 0
  for (let s = state; s >= 0; s = m.parent[s] ?? -1) {
    const key = s * m.unitCount + unit + 1
    for (let slot = slotOf(key, m.mask); ; slot = (slot + 1) & m.mask) {
      const k = m.keys[slot] ?? 0
      if (k === 0) break
      if (k === key) {
        NEXT_STATE = m.next[slot] ?? 0
        return penalty + (m.logp[slot] ?? 0)
      }
    }
    penalty += m.backoff[s] ?? 0
  }
  NEXT_STATE = m.start
  return Number.NEGATIVE_INFINITY
}

/** A reading of a name and its log-probability under the model. */
export interface NameReading {
  readonly latin: string
  readonly score: number
}

/**
 * The hypotheses of one search, in flat arrays reused from word to word (the
 * search runs synchronously, one word at a time): per hypothesis its model
 * state, score, last unit, Latin letters written and the hypothesis before it.
 */
class HypothesisPool {
  state = new Int32Array(1024)
  score = new Float64Array(1024)
  unit = new Int32Array(1024)
  written = new Int32Array(1024)
  previous = new Int32Array(1024)
  size = 0

  add(state: number, score: number, unit: number, written: number, previous: number): number {
    if (this.size === this.state.length) this.grow()
    const h = this.size
    this.state[h] = state
    this.score[h] = score
    this.unit[h] = unit
    this.written[h] = written
    this.previous[h] = previous
    this.size += 1
    return h
  }

  private grow(): void {
    const n = this.state.length * 2
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from)
      return to
    }
    this.state = copy(this.state, new Int32Array(n))
    this.score = copy(this.score, new Float64Array(n))
    this.unit = copy(this.unit, new Int32Array(n))
    this.written = copy(this.written, new Int32Array(n))
    this.previous = copy(this.previous, new Int32Array(n))
  }
}

const POOL = new HypothesisPool()

/**
 * Per position, which hypothesis holds each recombination key (model state,
 * and Latin length when forced): an open-addressing table whose slots are
 * valid only when stamped with the current column's stamp.
 */
const RECOMBINE_SIZE = 4096
const recombineKey = new Int32Array(RECOMBINE_SIZE)
const recombineHyp = new Int32Array(RECOMBINE_SIZE)
const recombineStamp = new Uint32Array(RECOMBINE_SIZE)
let stamp = 0

/** Hypotheses of each position, as lists of pool indices. */
const COLUMNS: number[][] = []

/** The `width` best hypotheses of a column (earlier ones first on a tie), best first. */
function bestOf(column: readonly number[], width: number): number[] {
  if (column.length <= width) return [...column].sort((a, b) => POOL.score[b]! - POOL.score[a]! || a - b)
  const kept: number[] = []
  for (const h of column) {
    const score = POOL.score[h]!
    if (kept.length === width && score <= POOL.score[kept[width - 1]!]!) continue
    let at = kept.length === width ? width - 1 : kept.length
    while (at > 0 && POOL.score[kept[at - 1]!]! < score) {
      kept[at] = kept[at - 1]!
      at -= 1
    }
    kept[at] = h
  }
  return kept
}

/**
 * Step: beam search over unit sequences whose Arabic side spells `letters`.
 * Free (`target` undefined): the most probable reading. Forced: the most
 * probable alignment whose Latin side is exactly `target`, for its score.
 * `undefined` when no unit sequence fits.
 */
function search(m: NameModel, letters: string, target: string | undefined, beamWidth: number, floor = Number.NEGATIVE_INFINITY, wide = false): NameReading | undefined {
  const n = letters.length
  const chunks = target !== undefined ? m.allUnitsByChunk : wide ? m.wideUnitsByChunk : m.unitsByChunk
  POOL.size = 0
  for (let i = 0; i <= n; i += 1) {
    const column = COLUMNS[i]
    if (column === undefined) COLUMNS[i] = []
    else column.length = 0
  }
  COLUMNS[0]!.push(POOL.add(m.start, 0, 0, 0, -1))
  const stamps: number[] = []
  for (let i = 0; i <= n; i += 1) {
    stamp = (stamp + 1) >>> 0
    if (stamp === 0) {
      recombineStamp.fill(0)
      stamp = 1
    }
    stamps.push(stamp)
  }
  for (let i = 0; i < n; i += 1) {
    const column = COLUMNS[i]!
    if (column.length === 0) continue
    const beam = bestOf(column, beamWidth)
    // Scores only fall as letters are added: once the best is under the floor, so is every reading.
    if (POOL.score[beam[0]!]! < floor) return undefined
    for (let len = 1; len <= m.maxChunk && i + len <= n; len += 1) {
      const units = chunks.get(letters.slice(i, i + len))
      if (units === undefined) continue
      const next = COLUMNS[i + len]!
      const columnStamp = stamps[i + len]!
      for (const h of beam) {
        const fromState = POOL.state[h]!
        const fromScore = POOL.score[h]!
        const fromWritten = POOL.written[h]!
        for (const unit of units) {
          const latin = m.unitLatin[unit] ?? ''
          if (target !== undefined && !target.startsWith(latin, fromWritten)) continue
          const score = fromScore + arcScore(m, fromState, unit)
          if (score === Number.NEGATIVE_INFINITY) continue
          const state = NEXT_STATE
          const written = fromWritten + latin.length
          const key = target === undefined ? state : state * 64 + written
          let slot = Math.imul(key, 0x9e3779b1) >>> 0 & (RECOMBINE_SIZE - 1)
          while (recombineStamp[slot] === columnStamp && recombineKey[slot] !== key) slot = (slot + 1) & (RECOMBINE_SIZE - 1)
          if (recombineStamp[slot] !== columnStamp) {
            recombineStamp[slot] = columnStamp
            recombineKey[slot] = key
            const added = POOL.add(state, score, unit, written, h)
            recombineHyp[slot] = added
            next.push(added)
          } else {
            const known = recombineHyp[slot]!
            if (POOL.score[known]! < score) {
              POOL.score[known] = score
              POOL.unit[known] = unit
              POOL.previous[known] = h
            }
          }
        }
      }
    }
  }
  let best = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (const h of COLUMNS[n]!) {
    if (target !== undefined && POOL.written[h] !== target.length) continue
    const score = POOL.score[h]! + arcScore(m, POOL.state[h]!, 0)
    if (score > bestScore) {
      bestScore = score
      best = h
    }
  }
  if (best < 0) return undefined
  if (target !== undefined) return { latin: target, score: bestScore }
  let latin = ''
  for (let h = best; POOL.previous[h]! >= 0; h = POOL.previous[h]!) latin = (m.unitLatin[POOL.unit[h]!] ?? '') + latin
  return { latin, score: bestScore }
}

/** Longest Latin reading that {@link scoreReading} aligns (hypotheses are keyed by state × 64 + length). */
const MAX_FORCED = 63

/** Longest word the model reads (the longest training name has 16); a longer run of letters is left to the rules. */
export const MAX_NAME_LETTERS = 32

/** The letters the model can read, or `undefined` (a letter it does not know, none, or too many). */
function readable(word: string): string | undefined {
  if (word.length > MAX_NAME_LETTERS * 4) return undefined
  const letters = modelLetters(word)
  return letters === '' || letters.length > MAX_NAME_LETTERS || !MODEL_LETTER.test(letters) ? undefined : letters
}

/**
 * A romaniser over another packed model, without a cache (for training and
 * evaluation scripts).
 */
export function nameReader(packed: PackedNameModel, beamWidth = BEAM_WIDTH, candidates = CANDIDATES): (word: string) => string | undefined {
  const m = decodeModel(packed, candidates)
  return (word) => {
    const letters = readable(word)
    return letters === undefined ? undefined : search(m, letters, undefined, beamWidth)?.latin
  }
}

/** A bounded map that forgets the least recently used key first. */
class RecentMap<V> {
  private readonly map = new Map<string, V>()
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.size) {
      const oldest = this.map.keys().next()
      if (oldest.done !== true) this.map.delete(oldest.value)
    }
    this.map.set(key, value)
  }
  clear(): void {
    this.map.clear()
  }
}

/** Names kept in the caches; the least recently used goes first. */
export const CACHE_SIZE = 4096

/** Most recently romanised names and their readings (`null` when the model cannot read the word). */
const READINGS = new RecentMap<NameReading | null>(CACHE_SIZE)
/** The same for the wider search of {@link romaniseNameCarefully}. */
const WIDE_READINGS = new RecentMap<NameReading | null>(CACHE_SIZE)
/** Most recently scored readings, by letters, tab, Latin. */
const SCORES = new RecentMap<number>(CACHE_SIZE)

let cacheEnabled = true

/** Switches the word caches on or off (for measurements); their contents are kept. */
export function setNameCache(enabled: boolean): void {
  cacheEnabled = enabled
}

/** Empties the word caches. */
export function clearNameCache(): void {
  READINGS.clear()
  WIDE_READINGS.clear()
  SCREENED.clear()
  SCORES.clear()
}

/** Whether the packed model has been decoded (it is, on the first name romanised). */
export function nameModelLoaded(): boolean {
  return MODEL !== undefined
}

/**
 * The model's most probable romanisation of one name (an Arabic word without
 * clitics) with its log-probability; `undefined` when the word holds a letter
 * the model does not know. Deterministic; kept in a bounded LRU cache.
 *
 * @example
 * romaniseName('وينيبيج')?.latin // → 'winnipeg'
 */
export function romaniseName(word: string): NameReading | undefined {
  const letters = readable(word)
  if (letters === undefined) return undefined
  const hit = cacheEnabled ? READINGS.get(letters) : undefined
  if (hit !== undefined) return hit ?? undefined
  const reading = search(model(), letters, undefined, BEAM_WIDTH)
  if (cacheEnabled) READINGS.set(letters, reading ?? null)
  return reading
}

/**
 * {@link romaniseName} with a wider search ({@link WIDE_BEAM_WIDTH} hypotheses,
 * {@link WIDE_CANDIDATES} readings per letter), for a word that is the whole
 * text. Kept in a cache of its own, so that neither reading depends on which
 * words came before.
 *
 * @example
 * romaniseNameCarefully('جيلاني')?.latin // → 'gilani'
 */
export function romaniseNameCarefully(word: string): NameReading | undefined {
  const letters = readable(word)
  if (letters === undefined) return undefined
  const hit = cacheEnabled ? WIDE_READINGS.get(letters) : undefined
  if (hit !== undefined) return hit ?? undefined
  const reading = search(model(), letters, undefined, WIDE_BEAM_WIDTH, Number.NEGATIVE_INFINITY, true)
  if (cacheEnabled) WIDE_READINGS.set(letters, reading ?? null)
  return reading
}

/** Most recently screened names: whether the quick reading passed (see {@link probableName}). */
const SCREENED = new RecentMap<boolean>(CACHE_SIZE)

/** How far under the threshold the quick (greedy) reading of {@link probableName} may fall and still pass. */
export const SCREEN_SLACK = 0.5

/**
 * The model's reading of `word` when it is a probable name: its mean
 * log-probability per letter of `word` above `minScorePerLetter`; else
 * `undefined`. A quick greedy reading screens the word first (it must come
 * within {@link SCREEN_SLACK} per letter of the threshold), so that most Arabic
 * words cost a fraction of a full search. Deterministic, with or without the caches.
 */
export function probableName(word: string, minScorePerLetter: number): NameReading | undefined {
  const letters = readable(word)
  if (letters === undefined) return undefined
  let passed = cacheEnabled ? SCREENED.get(letters) : undefined
  if (passed === undefined) {
    const floor = (minScorePerLetter - SCREEN_SLACK) * word.length
    passed = (search(model(), letters, undefined, 1, floor)?.score ?? Number.NEGATIVE_INFINITY) > floor
    if (cacheEnabled) SCREENED.set(letters, passed)
  }
  if (!passed) return undefined
  const reading = romaniseName(word)
  return reading !== undefined && reading.score / word.length > minScorePerLetter ? reading : undefined
}

/**
 * Log-probability of reading `word` as `latin` under the model (its best
 * alignment), or −∞ when no alignment gives exactly that Latin.
 *
 * @example
 * scoreReading('وزير', 'wazir') > scoreReading('وزير', 'wzr') // → true
 */
export function scoreReading(word: string, latin: string): number {
  const letters = readable(word)
  if (letters === undefined || latin.length > MAX_FORCED) return Number.NEGATIVE_INFINITY
  const key = `${letters}\t${latin}`
  const hit = cacheEnabled ? SCORES.get(key) : undefined
  if (hit !== undefined) return hit
  const score = search(model(), letters, latin, BEAM_WIDTH)?.score ?? Number.NEGATIVE_INFINITY
  if (cacheEnabled) SCORES.set(key, score)
  return score
}
