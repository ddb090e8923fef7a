/**
 * Arabic vocabulary: whether a stem is a common Arabic word (a noun, verb,
 * adjective or particle of Ayaspell's spelling dictionary), as a Bloom filter
 * over the words' folded keys. A word standing alone that the vocabulary
 * does not know is more likely a name (`غود`, `سونيا`) than a word (`كتاب`,
 * `اتفاق`); see docs/transliteration.md. Built by `npm run train:slugs`
 * (dev/slugs/vocabulary.ts) into `tables/arabic-vocabulary.ts`, decoded on
 * first use.
 */
import { ARABIC_VOCABULARY } from './tables/arabic-vocabulary'
import { base64Bytes } from './varint'

/** The packed filter as stored in `tables/arabic-vocabulary.ts`. */
export interface PackedVocabulary {
  /** Words put in. */
  readonly words: number
  /** Bits of the filter (a multiple of 8). */
  readonly bits: number
  /** Bits set per word. */
  readonly hashes: number
  /** Base64 of the filter's bytes, bit i in byte i >> 3 at position i & 7. */
  readonly data: string
}

/** FNV-1a over the UTF-16 code units of `key`, from `seed`. */
function fnv1a(key: string, seed: number): number {
  let hash = seed
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

const FIRST_SEED = 0x811c9dc5
const SECOND_SEED = 0x9e3779b9

/** The `hashes` bit positions of `key` in a filter of `bits` bits (double hashing: h1 + i·h2, h2 odd). */
export function vocabularyBits(key: string, bits: number, hashes: number): number[] {
  const h1 = fnv1a(key, FIRST_SEED)
  const h2 = fnv1a(key, SECOND_SEED) | 1
  return Array.from({ length: hashes }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) % bits)
}

/** A decoded filter. */
export class Vocabulary {
  private readonly bytes: Uint8Array
  constructor(private readonly packed: PackedVocabulary) {
    this.bytes = base64Bytes(packed.data)
  }

  /**
   * Whether the folded key (see `lexiconKey`) is probably a word of the
   * vocabulary: never false for one that is, true for about one in a hundred
   * others.
   */
  has(key: string): boolean {
    return vocabularyBits(key, this.packed.bits, this.packed.hashes).every((bit) => ((this.bytes[bit >>> 3] ?? 0) & (1 << (bit & 7))) !== 0)
  }
}

let VOCABULARY: Vocabulary | undefined

/** Whether the folded key of a stem is (probably) a word of the Arabic vocabulary; the filter is decoded on first use. */
export function inArabicVocabulary(key: string): boolean {
  VOCABULARY ??= new Vocabulary(ARABIC_VOCABULARY)
  return VOCABULARY.has(key)
}
