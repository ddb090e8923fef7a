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
export const BEAM_WIDTH = 6

/** Latin readings tried for each Arabic chunk (its most frequent units). */
export const CANDIDATES = 12

/** Step of the quantised log-probabilities (natural log). */
export const LOG_STEP = 0.02

/** The decoded model: a backoff automaton over units. */
interface NameModel {
  readonly unitLatin: readonly string[]
  /** The most frequent units of each Arabic chunk, tried when decoding freely. */
  readonly unitsByChunk: ReadonlyMap<string, Int32Array>
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
  const model: NameModel = { unitLatin, unitsByChunk, allUnitsByChunk, maxChunk: packed.maxChunk, start: packed.start, parent, backoff, unitCount, mask, keys, logp, next }
  // Candidates for each chunk: its units, most frequent first, at most `candidates` of them.
  for (const [chunk, ids] of byChunk) {
    const scored = ids.map((id) => [id, arcScore(model, 0, id)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])
    unitsByChunk.set(chunk, Int32Array.from(scored.slice(0, candidates).map(([id]) => id)))
    allUnitsByChunk.set(chunk, Int32Array.from(ids))
  }
  return model
}

function model(): NameModel {
  MODEL ??= decodeModel(NAME_MODEL)
  return MODEL
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

/** A partial reading: the state after its last unit, its score, how much Latin it wrote, and how it got there. */
interface Hypothesis {
  readonly state: number
  readonly score: number
  readonly unit: number
  /** Latin letters written so far (used when scoring a given reading). */
  readonly written: number
  readonly previous: Hypothesis | undefined
}

function byScore(a: Hypothesis, b: Hypothesis): number {
  return b.score - a.score
}

/** A reading of a name and its log-probability under the model. */
export interface NameReading {
  readonly latin: string
  readonly score: number
}

/**
 * Step: beam search over unit sequences whose Arabic side spells `letters`.
 * Free (`target` undefined): the most probable reading. Forced: the most
 * probable alignment whose Latin side is exactly `target`, for its score.
 * `undefined` when no unit sequence fits.
 */
function search(m: NameModel, letters: string, target: string | undefined, beamWidth: number): NameReading | undefined {
  const n = letters.length
  const chunks = target === undefined ? m.unitsByChunk : m.allUnitsByChunk
  // Per position, the best hypothesis for each model state (and, when forced, each Latin length).
  const columns: Array<Map<number, Hypothesis>> = Array.from({ length: n + 1 }, () => new Map())
  columns[0]?.set(0, { state: m.start, score: 0, unit: 0, written: 0, previous: undefined })
  for (let i = 0; i < n; i += 1) {
    const column = columns[i]
    if (column === undefined || column.size === 0) continue
    const beam = [...column.values()].sort(byScore).slice(0, beamWidth)
    for (let len = 1; len <= m.maxChunk && i + len <= n; len += 1) {
      const units = chunks.get(letters.slice(i, i + len))
      const next = columns[i + len]
      if (units === undefined || next === undefined) continue
      for (const h of beam) {
        for (const unit of units) {
          const latin = m.unitLatin[unit] ?? ''
          if (target !== undefined && !target.startsWith(latin, h.written)) continue
          const score = h.score + arcScore(m, h.state, unit)
          if (score === Number.NEGATIVE_INFINITY) continue
          const state = NEXT_STATE
          const written = h.written + latin.length
          const key = target === undefined ? state : state * 64 + written
          const known = next.get(key)
          if (known === undefined || known.score < score) next.set(key, { state, score, unit, written, previous: h })
        }
      }
    }
  }
  let best: Hypothesis | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  for (const h of columns[n]?.values() ?? []) {
    if (target !== undefined && h.written !== target.length) continue
    const score = h.score + arcScore(m, h.state, 0)
    if (score > bestScore) {
      bestScore = score
      best = h
    }
  }
  if (best === undefined) return undefined
  if (target !== undefined) return { latin: target, score: bestScore }
  let latin = ''
  for (let h: Hypothesis | undefined = best; h?.previous !== undefined; h = h.previous) latin = (m.unitLatin[h.unit] ?? '') + latin
  return { latin, score: bestScore }
}

/** Longest Latin reading that {@link scoreReading} aligns (hypotheses are keyed by state × 64 + length). */
const MAX_FORCED = 63

/** The letters the model can read, or `undefined` (a letter it does not know, or none). */
function readable(word: string): string | undefined {
  const letters = modelLetters(word)
  return letters === '' || !MODEL_LETTER.test(letters) ? undefined : letters
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
