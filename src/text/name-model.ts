/**
 * Romanisation of names by a joint-sequence (grapheme-pair) n-gram model.
 *
 * A name is read as a sequence of units, each pairing one or two Arabic
 * letters with zero to three Latin letters («يو»→yu, «س»→s, «ف»→f). The model
 * gives the probability of a unit after the previous ones; decoding finds the
 * most probable unit sequence whose Arabic side spells the word, by beam search.
 * A second search keeps to the Latin spellings of a dictionary of names
 * (name-dictionary.ts); its reading wins when it is at most
 * {@link DICTIONARY_BONUS} less probable than the free one.
 * The model is trained by `npm run train:slugs` (dev/slugs/train.ts) on the
 * Wikipedia name pairs in dev/slugs/data/ar2en and stored in
 * `tables/name-model.ts` as a packed byte string, decoded on first use.
 */
import { NameDictionary, NO_STATE } from './name-dictionary'
import { base64Bytes, VarintReader } from './varint'
import type { PackedNameDictionary } from './name-dictionary'
import { NAME_DICTIONARY } from './tables/name-dictionary'
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

/**
 * How much less probable (natural log) a reading spelled as in the dictionary
 * of names may be than the model's free reading, and still be chosen.
 */
export const DICTIONARY_BONUS = 3

/** Shortest word (in Arabic letters) whose reading the dictionary of names may change: not «م» of «٢٠٢٤م». */
export const MIN_DICTIONARY_LETTERS = 3

/**
 * Hypotheses kept at each letter position by the search within the dictionary:
 * for a word that is the whole text (trying {@link WIDE_CANDIDATES} readings
 * per letter), and for a word in running text (trying {@link CANDIDATES}), where
 * a headline's many words make a wider search cost more than it brings.
 */
export const DICTIONARY_BEAM_WIDTH = 16
export const DICTIONARY_BEAM_WIDTH_IN_TEXT = 8

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
  /**
   * The arcs scored most recently, direct-mapped by arc key: the backoff walk
   * costs a hash probe per level, and a word's searches (screen, free reading,
   * dictionary) score the same arcs again and again.
   */
  readonly memoKey: Uint32Array
  readonly memoScore: Float64Array
  readonly memoNext: Int32Array
}

/** Arcs remembered by {@link arcScore} (a power of two). */
const ARC_MEMO_SIZE = 1 << 15

let MODEL: NameModel | undefined
/** The decoded dictionary of names; `null` when switched off. */
let DICTIONARY: NameDictionary | null | undefined

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
  const model: NameModel = {
    unitLatin, unitsByChunk, wideUnitsByChunk, allUnitsByChunk, maxChunk: packed.maxChunk, start: packed.start, parent, backoff, unitCount, mask, keys, logp, next,
    memoKey: new Uint32Array(ARC_MEMO_SIZE), memoScore: new Float64Array(ARC_MEMO_SIZE), memoNext: new Int32Array(ARC_MEMO_SIZE),
  }
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

function dictionary(): NameDictionary | null {
  if (DICTIONARY === undefined) DICTIONARY = new NameDictionary(NAME_DICTIONARY)
  return DICTIONARY
}

/**
 * Replaces the model that `romaniseName` and `scoreReading` use, and empties
 * the caches; `undefined` restores the committed one (decoded again on first
 * use). For training and evaluation scripts only, e.g. to measure the whole
 * slugger with a model trained on part of the data.
 */
export function useNameModel(packed: PackedNameModel | undefined, names?: PackedNameDictionary | false): void {
  MODEL = packed === undefined ? undefined : decodeModel(packed)
  DICTIONARY = names === undefined ? undefined : names === false ? null : new NameDictionary(names)
  clearNameCache()
}

/** The state reached by the last {@link arcScore}. */
let NEXT_STATE = 0

/** Log-probability of `unit` in `state`, backing off to shorter contexts; sets {@link NEXT_STATE}. */
function arcScore(m: NameModel, state: number, unit: number): number {
  const arc = state * m.unitCount + unit + 1
  const memo = slotOf(arc, ARC_MEMO_SIZE - 1)
  if (m.memoKey[memo] === arc) {
    NEXT_STATE = m.memoNext[memo]!
    return m.memoScore[memo]!
  }
  const score = walkArc(m, state, unit)
  m.memoKey[memo] = arc
  m.memoScore[memo] = score
  m.memoNext[memo] = NEXT_STATE
  return score
}

/** {@link arcScore} without the memo. */
function walkArc(m: NameModel, state: number, unit: number): number {
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

/**
 * A reading of a name, and the log-probability of the model's most probable
 * reading (which `latin` is, unless the dictionary of names chose another).
 */
export interface NameReading {
  readonly latin: string
  readonly score: number
  /** Whether `latin` is a spelling in the dictionary of names. */
  readonly known?: boolean
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
  /** State in the dictionary of names (searches within it only). */
  spelling = new Int32Array(1024)
  size = 0

  add(state: number, score: number, unit: number, written: number, previous: number, spelling: number): number {
    if (this.size === this.state.length) this.grow()
    const h = this.size
    this.state[h] = state
    this.score[h] = score
    this.unit[h] = unit
    this.written[h] = written
    this.previous[h] = previous
    this.spelling[h] = spelling
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
    this.spelling = copy(this.spelling, new Int32Array(n))
  }
}

const POOL = new HypothesisPool()

/**
 * Per position, which hypothesis holds each recombination key (model state;
 * and Latin length when forced, dictionary state within the dictionary): an
 * open-addressing table whose slots are valid only when stamped with the
 * current column's stamp.
 */
const RECOMBINE_SIZE = 4096
const recombineKey = new Int32Array(RECOMBINE_SIZE)
const recombineAux = new Int32Array(RECOMBINE_SIZE)
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
 * Within `names`: the most probable reading that is a word of that dictionary.
 * `undefined` when no unit sequence fits, or none scores above `floor`.
 */
function search(m: NameModel, letters: string, target: string | undefined, beamWidth: number, floor = Number.NEGATIVE_INFINITY, wide = false, names?: NameDictionary): NameReading | undefined {
  const n = letters.length
  const chunks = target !== undefined ? m.allUnitsByChunk : wide ? m.wideUnitsByChunk : m.unitsByChunk
  POOL.size = 0
  for (let i = 0; i <= n; i += 1) {
    const column = COLUMNS[i]
    if (column === undefined) COLUMNS[i] = []
    else column.length = 0
  }
  COLUMNS[0]!.push(POOL.add(m.start, 0, 0, 0, -1, 0))
  const stamps: number[] = []
  for (let i = 0; i <= n; i += 1) {
    stamp = (stamp + 1) >>> 0
    if (stamp === 0) {
      recombineStamp.fill(0)
      stamp = 1
    }
    stamps.push(stamp)
  }
  const spans = chunkUnits(m, chunks, letters)
  for (let i = 0; i < n; i += 1) {
    const column = COLUMNS[i]!
    if (column.length === 0) continue
    const beam = bestOf(column, beamWidth)
    // Scores only fall as letters are added: once the best is under the floor, so is every reading.
    if (POOL.score[beam[0]!]! < floor) return undefined
    for (let len = 1; len <= m.maxChunk && i + len <= n; len += 1) {
      const units = spans[i * m.maxChunk + len - 1]
      if (units === undefined) continue
      const next = COLUMNS[i + len]!
      const columnStamp = stamps[i + len]!
      for (const h of beam) {
        const fromState = POOL.state[h]!
        const fromScore = POOL.score[h]!
        const fromWritten = POOL.written[h]!
        const fromSpelling = POOL.spelling[h]!
        for (const unit of units) {
          const latin = m.unitLatin[unit] ?? ''
          if (target !== undefined && !target.startsWith(latin, fromWritten)) continue
          const spelling = names === undefined ? 0 : names.step(fromSpelling, latin)
          if (spelling === NO_STATE) continue
          const score = fromScore + arcScore(m, fromState, unit)
          // Scores only fall as letters are added: a hypothesis under the floor never climbs back.
          if (score === Number.NEGATIVE_INFINITY || score < floor) continue
          const state = NEXT_STATE
          const written = fromWritten + latin.length
          const aux = target !== undefined ? written : spelling
          let slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(aux, 0x85ebca6b)) >>> 0 & (RECOMBINE_SIZE - 1)
          while (recombineStamp[slot] === columnStamp && (recombineKey[slot] !== state || recombineAux[slot] !== aux)) slot = (slot + 1) & (RECOMBINE_SIZE - 1)
          if (recombineStamp[slot] !== columnStamp) {
            recombineStamp[slot] = columnStamp
            recombineKey[slot] = state
            recombineAux[slot] = aux
            const added = POOL.add(state, score, unit, written, h, spelling)
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
    if (names !== undefined && !names.accepts(POOL.spelling[h]!)) continue
    const score = POOL.score[h]! + arcScore(m, POOL.state[h]!, 0)
    if (score > bestScore) {
      bestScore = score
      best = h
    }
  }
  if (best < 0) return undefined
  if (target !== undefined) return { latin: target, score: bestScore }
  return { latin: latinOf(m, best), score: bestScore }
}

/** The units of each chunk of the last few words searched, per table of units: a word is searched two or three times. */
const SPANS = new Map<ReadonlyMap<string, Int32Array>, { letters: string[]; spans: (Int32Array | undefined)[][] }>()
const SPAN_WORDS = 4

/** The units of every chunk of `letters`, at `i * maxChunk + length - 1`. */
function chunkUnits(m: NameModel, chunks: ReadonlyMap<string, Int32Array>, letters: string): readonly (Int32Array | undefined)[] {
  let recent = SPANS.get(chunks)
  if (recent === undefined) SPANS.set(chunks, (recent = { letters: [], spans: [] }))
  const at = recent.letters.indexOf(letters)
  if (at >= 0) return recent.spans[at]!
  const n = letters.length
  const spans: (Int32Array | undefined)[] = new Array(n * m.maxChunk)
  for (let i = 0; i < n; i += 1) {
    for (let len = 1; len <= m.maxChunk && i + len <= n; len += 1) spans[i * m.maxChunk + len - 1] = chunks.get(letters.slice(i, i + len))
  }
  if (recent.letters.length === SPAN_WORDS) {
    recent.letters.shift()
    recent.spans.shift()
  }
  recent.letters.push(letters)
  recent.spans.push(spans)
  return spans
}

/** The Latin letters of a hypothesis, from the word's start. */
function latinOf(m: NameModel, last: number): string {
  let latin = ''
  for (let h = last; POOL.previous[h]! >= 0; h = POOL.previous[h]!) latin = (m.unitLatin[POOL.unit[h]!] ?? '') + latin
  return latin
}

/** Longest Latin reading that {@link scoreReading} aligns. */
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
 * Step: the reading of a name. The model's most probable reading, unless it is
 * no known spelling of a name and the most probable reading that is one comes
 * within {@link DICTIONARY_BONUS} of it (`أينشتاين`: `aynstein` → `einstein`).
 * The score is the most probable reading's either way, so that deciding
 * whether a word is a name does not depend on the dictionary.
 */
function readName(m: NameModel, names: NameDictionary | null, letters: string, beamWidth: number, wide: boolean): NameReading | undefined {
  return spell(m, names, letters, search(m, letters, undefined, beamWidth, Number.NEGATIVE_INFINITY, wide), wide)
}

/** Step: {@link readName} after the free search, given its reading. */
function spell(m: NameModel, names: NameDictionary | null, letters: string, free: NameReading | undefined, wide: boolean): NameReading | undefined {
  if (free === undefined || names === null || letters.length < MIN_DICTIONARY_LETTERS) return free
  if (names.has(free.latin)) return { ...free, known: true }
  const floor = free.score - DICTIONARY_BONUS
  const spelled = search(m, letters, undefined, wide ? DICTIONARY_BEAM_WIDTH : DICTIONARY_BEAM_WIDTH_IN_TEXT, floor, wide, names)
  return spelled !== undefined && spelled.score > floor ? { latin: spelled.latin, score: free.score, known: true } : free
}

/**
 * A romaniser over another packed model and dictionary of names (`false`:
 * none), without a cache (for training and evaluation scripts).
 */
export function nameReader(packed: PackedNameModel, names: PackedNameDictionary | false, beamWidth = BEAM_WIDTH, candidates = CANDIDATES): (word: string) => string | undefined {
  const m = decodeModel(packed, candidates)
  const dict = names === false ? null : new NameDictionary(names)
  return (word) => {
    const letters = readable(word)
    return letters === undefined ? undefined : readName(m, dict, letters, beamWidth, false)?.latin
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
/** The model's most probable readings, before the dictionary of names (see {@link nameScore}). */
const FREE_READINGS = new RecentMap<NameReading | null>(CACHE_SIZE)
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
  FREE_READINGS.clear()
  SCREENED.clear()
  SCORES.clear()
}

/** Whether the packed model has been decoded (it is, on the first name romanised). */
export function nameModelLoaded(): boolean {
  return MODEL !== undefined
}

/** Whether the dictionary of names has been decoded (it is, on the first name it is searched for). */
export function nameDictionaryLoaded(): boolean {
  return DICTIONARY !== undefined && DICTIONARY !== null
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
  const reading = spell(model(), dictionary(), letters, freeReading(letters), false)
  if (cacheEnabled) READINGS.set(letters, reading ?? null)
  return reading
}

/** The model's most probable reading of the letters, without the dictionary of names; cached. */
function freeReading(letters: string): NameReading | undefined {
  const hit = cacheEnabled ? FREE_READINGS.get(letters) : undefined
  if (hit !== undefined) return hit ?? undefined
  const reading = search(model(), letters, undefined, BEAM_WIDTH)
  if (cacheEnabled) FREE_READINGS.set(letters, reading ?? null)
  return reading
}

/**
 * The log-probability of the model's most probable reading of a name, as in
 * {@link romaniseName} but without looking up the dictionary of names: what
 * deciding whether a word reads as a name needs. `undefined` when the model
 * cannot read the word.
 */
export function nameScore(word: string): number | undefined {
  const letters = readable(word)
  return letters === undefined ? undefined : freeReading(letters)?.score
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
  const reading = readName(model(), dictionary(), letters, WIDE_BEAM_WIDTH, true)
  if (cacheEnabled) WIDE_READINGS.set(letters, reading ?? null)
  return reading
}

/**
 * Most recently screened names: the score of the quick reading, or −∞ when it
 * fell under {@link LOWEST_SCREEN_PER_LETTER} (see {@link probableName}).
 */
const SCREENED = new RecentMap<number>(CACHE_SIZE)

/**
 * The lowest threshold per letter the slugger screens at (its
 * `KNOWN_NAME_OVER_TEMPLATE_PER_LETTER`): one quick reading, stopped under it,
 * serves every higher threshold.
 */
export const LOWEST_SCREEN_PER_LETTER = -3.6

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
  let quick = cacheEnabled ? SCREENED.get(letters) : undefined
  if (quick === undefined) {
    const lowest = (Math.min(minScorePerLetter, LOWEST_SCREEN_PER_LETTER) - SCREEN_SLACK) * word.length
    quick = search(model(), letters, undefined, 1, lowest)?.score ?? Number.NEGATIVE_INFINITY
    if (cacheEnabled && minScorePerLetter >= LOWEST_SCREEN_PER_LETTER) SCREENED.set(letters, quick)
  }
  if (quick <= (minScorePerLetter - SCREEN_SLACK) * word.length) return undefined
  const score = nameScore(word)
  return score !== undefined && score / word.length > minScorePerLetter ? romaniseName(word) : undefined
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

