/**
 * Affix tables: proclitics that attach to the front of a word and the
 * suffixes whose vowels the rules can read directly.
 */

/** Conjunctions that may open a word: و «and», ف «so». */
export const CONJUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['\u0648', 'wa'], // و
  ['\u0641', 'fa'], // ف
])

/** Prepositions that may open a word (after a conjunction): ب «with», ل «for», ك «as». */
export const PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['\u0628', 'bi'], // ب
  ['\u0644', 'li'], // ل
  ['\u0643', 'ka'], // ك
])

/** A suffix with its Latin reading and the shortest stem it may leave. */
export interface SuffixRule {
  readonly latin: string
  readonly minStem: number
  /** A nisba (relative adjective) ending: the stem keeps its long vowels. */
  readonly nisba?: boolean
}

/**
 * Word endings, longest first. The first one that matches and leaves a long
 * enough stem is split off.
 *
 * @example
 * // الصينية → stem صين + ية → «sin» + «iya»
 */
export const SUFFIXES: ReadonlyMap<string, SuffixRule> = new Map([
  ['\u064A\u0627\u062A', { latin: 'iyat', minStem: 2, nisba: true }], // يات
  ['\u064A\u064A\u0646', { latin: 'iyin', minStem: 2, nisba: true }], // يين
  ['\u064A\u0648\u0646', { latin: 'iyun', minStem: 2, nisba: true }], // يون
  ['\u064A\u0629', { latin: 'iya', minStem: 2, nisba: true }], // ية
  ['\u0627\u062A', { latin: 'at', minStem: 2 }], // ات
  ['\u0648\u0646', { latin: 'un', minStem: 3 }], // ون
  ['\u064A\u0646', { latin: 'in', minStem: 3 }], // ين
  ['\u0627\u0621', { latin: 'a', minStem: 2 }], // اء
  ['\u0648\u0627', { latin: 'u', minStem: 2 }], // وا
  ['\u0647\u0627', { latin: 'ha', minStem: 3 }], // ها
  ['\u0647\u0645', { latin: 'hum', minStem: 3 }], // هم
  ['\u0629', { latin: 'a', minStem: 1 }], // ة
  ['\u0649', { latin: 'a', minStem: 1 }], // ى
  ['\u064A', { latin: 'i', minStem: 2, nisba: true }], // ي
  ['\u0647', { latin: 'uh', minStem: 3 }], // ه (pronoun «his»)
])
