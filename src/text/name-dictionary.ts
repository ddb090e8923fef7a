/**
 * Latin spellings of personal names, as a minimal acyclic automaton over the
 * letters a–z. The name model's search (name-model.ts) walks it letter by
 * letter to find the most probable reading of an Arabic name that is a real
 * spelling of a name (`أينشتاين` → `einstein` rather than `aynstein`). Built by
 * `npm run train:slugs` (dev/slugs/dictionary.ts) into
 * `tables/name-dictionary.ts`, decoded on first use.
 */
import { base64Bytes, VarintReader } from './varint'

/** The packed automaton as stored in `tables/name-dictionary.ts`. */
export interface PackedNameDictionary {
  /** Words it accepts. */
  readonly words: number
  readonly states: number
  readonly edges: number
  /** Base64 of the varint stream described in dev/slugs/dictionary.ts. */
  readonly data: string
}

/** Shortest and longest words kept. */
export const MIN_DICTIONARY_WORD = 2
export const MAX_DICTIONARY_WORD = 24

/** No state: the letters read so far begin no word. */
export const NO_STATE = -1

/** A decoded dictionary: states 0… (0 is the start), edges sorted by letter. */
export class NameDictionary {
  private readonly first: Int32Array
  private readonly letter: Uint8Array
  private readonly target: Int32Array
  private readonly accepting: Uint8Array

  constructor(packed: PackedNameDictionary) {
    const reader = new VarintReader(base64Bytes(packed.data))
    const read = () => reader.read()
    this.first = new Int32Array(packed.states + 1)
    this.letter = new Uint8Array(packed.edges)
    this.target = new Int32Array(packed.edges)
    this.accepting = new Uint8Array(packed.states)
    let edge = 0
    for (let state = 0; state < packed.states; state += 1) {
      const head = read()
      this.accepting[state] = head & 1
      this.first[state] = edge
      for (let e = 0; e < head >>> 1; e += 1) {
        this.letter[edge] = read()
        this.target[edge] = state + read()
        edge += 1
      }
    }
    this.first[packed.states] = edge
  }

  /** The state after reading `latin` (letters a–z) from `state`, or {@link NO_STATE}. */
  step(state: number, latin: string): number {
    let s = state
    for (let i = 0; i < latin.length && s >= 0; i += 1) {
      const code = latin.charCodeAt(i) - 97
      let next = NO_STATE
      for (let e = this.first[s]!, end = this.first[s + 1]!; e < end; e += 1) {
        const l = this.letter[e]!
        if (l === code) {
          next = this.target[e]!
          break
        }
        if (l > code) break
      }
      s = next
    }
    return s
  }

  /** Whether a word ends in `state`. */
  accepts(state: number): boolean {
    return state >= 0 && this.accepting[state] === 1
  }

  /** Whether `word` is in the dictionary. */
  has(word: string): boolean {
    return this.accepts(this.step(0, word))
  }
}
