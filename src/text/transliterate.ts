/**
 * Readable romanisation of Arabic text.
 *
 * Processing, per call: normalize → scan words → (per Arabic word) lexicon →
 * clitics → vowel rules → join. Latin and digits pass through unchanged.
 */
import { assertString } from './guards'
import { normalizeArabic } from './normalize'
import { lexiconKey } from './search'
import { CONJUNCTIONS, PREPOSITIONS, SUFFIXES } from './tables/affixes'
import type { SuffixRule } from './tables/affixes'
import {
  CONSONANTS,
  DIGITS,
  LETTER_VARIANTS,
  PUNCTUATION,
  SEARCH_FOLDS,
  SHADDA,
  SUN_LETTERS,
  VOWEL_MARKS,
} from './tables/letters'
import { GAZETTEER } from './tables/gazetteer'
import { LEXICON } from './tables/lexicon'
import { nameScore, probableName, romaniseName, romaniseNameCarefully } from './name-model'
import { inArabicVocabulary } from './vocabulary'
import type { NameReading } from './name-model'
import { VOWEL_TEMPLATES } from './tables/patterns'

/** Options of {@link transliterate}. */
export interface TransliterateOptions {
  /** Assimilate the article before sun letters («الشمس» → ash-shams). Default `false` (al-shams). */
  sunLetters?: boolean
  /** Use the curated lexicon of names and news words and the gazetteer of places. Default `true`. */
  lexicon?: boolean
  /**
   * Romanise words the rules do not recognise as Arabic vocabulary with the
   * name model learnt from Wikipedia name pairs (وينيبيج → winnipeg). Default
   * `true`; with `lexicon: false` too, only the letter rules are left.
   */
  names?: boolean
}

/** Options after defaults, shared with the slug functions. */
export interface ResolvedTransliterateOptions {
  readonly sunLetters: boolean
  readonly lexicon: boolean
  readonly names: boolean
}

// ---------------------------------------------------------------------------
// Compiled tables (built once per process)

const ALEF = '\u0627'
const LAM = '\u0644'
const WAW = '\u0648'
const YEH = '\u064A'
const TEH = '\u062A'
const SEEN = '\u0633'
const MEEM = '\u0645'
const TEH_MARBUTA = '\u0629'
const HEH = '\u0647'
const ALEF_MAQSURA = '\u0649'
const ALEF_MADDA = '\u0622'
const ALEF_HAMZA_ABOVE = '\u0623'
const ALEF_HAMZA_BELOW = '\u0625'
const ARTICLE = ALEF + LAM
const ABD = '\u0639\u0628\u062F' // عبد

// The same letters as code units, for the loops that read words code unit by code unit.
const ALEF_CODE = ALEF.charCodeAt(0)
const LAM_CODE = LAM.charCodeAt(0)
const WAW_CODE = WAW.charCodeAt(0)
const YEH_CODE = YEH.charCodeAt(0)
const TEH_CODE = TEH.charCodeAt(0)
const SEEN_CODE = SEEN.charCodeAt(0)
const MEEM_CODE = MEEM.charCodeAt(0)
const TEH_MARBUTA_CODE = TEH_MARBUTA.charCodeAt(0)
const ALEF_MAQSURA_CODE = ALEF_MAQSURA.charCodeAt(0)
const ALEF_MADDA_CODE = ALEF_MADDA.charCodeAt(0)
const ALEF_HAMZA_ABOVE_CODE = ALEF_HAMZA_ABOVE.charCodeAt(0)
const ALEF_HAMZA_BELOW_CODE = ALEF_HAMZA_BELOW.charCodeAt(0)

interface LexiconIndex {
  /** Single words by their exact spelling (harakat removed). */
  readonly exact: ReadonlyMap<string, string>
  /** Single words by folded key; on a clash the earlier section wins. */
  readonly words: ReadonlyMap<string, string>
  /** Both look-ups in one, for a spelling that folding leaves unchanged: `exact` first, then `words`. */
  readonly single: ReadonlyMap<string, string>
  readonly phrases: ReadonlyMap<string, string>
  readonly phraseStarts: ReadonlySet<string>
  readonly maxPhraseWords: number
}

/** Step (once): fold the lexicon keys the way words are folded at look-up time. */
function buildLexiconIndex(): LexiconIndex {
  const exact = new Map<string, string>()
  const words = new Map<string, string>()
  const phrases = new Map<string, string>()
  const phraseStarts = new Set<string>()
  let maxPhraseWords = 1
  // The gazetteer first: countries and cities take their conventional English names (المكسيك → mexico).
  for (const [key, value] of [...GAZETTEER, ...LEXICON]) {
    const parts = key.split(' ').map(lexiconKey)
    const folded = parts.join(' ')
    if (parts.length === 1) {
      if (!exact.has(key)) exact.set(key, value)
      if (!words.has(folded)) words.set(folded, value)
      continue
    }
    if (!phrases.has(folded)) phrases.set(folded, value)
    phraseStarts.add(parts[0] ?? '')
    maxPhraseWords = Math.max(maxPhraseWords, parts.length)
  }
  const single = new Map<string, string>()
  for (const spelling of [...exact.keys(), ...words.keys()]) {
    const value = exact.get(spelling) ?? words.get(spelling)
    if (value !== undefined && !single.has(spelling)) single.set(spelling, value)
  }
  return { exact, words, single, phrases, phraseStarts, maxPhraseWords }
}

const INDEX = buildLexiconIndex()

/**
 * A set of spellings reduced to their first, next-to-last and last letters
 * and their length, as a bit table: a quick «certainly not a member» before a
 * look-up has to cut a substring and hash it. It answers yes for every member
 * (and for a few other spellings, which the look-up then rules out).
 */
type SpellingFilter = Uint32Array

function filterSlot(first: number, penultimate: number, last: number): number {
  // 14 bits of a multiplicative hash of the low 7 bits of each letter (NaN, for a missing letter, counts as 0).
  return Math.imul((first & 0x7f) * 16384 + (penultimate & 0x7f) * 128 + (last & 0x7f), 0x9e3779b1) >>> 18
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31)
}

/** The code unit at `k` of `text` from `start` on, after «ال» when `article`. */
function codeAfter(text: string, start: number, article: boolean, k: number): number {
  if (!article) return text.charCodeAt(start + k)
  return k === 0 ? ALEF_CODE : k === 1 ? LAM_CODE : text.charCodeAt(start + k - 2)
}

/** Whether the filter may hold the letters of `text` from `start` on, after «ال» when `article`. */
function mayContain(filter: SpellingFilter, text: string, start: number, article: boolean): boolean {
  const length = text.length - start + (article ? 2 : 0)
  let slot = 0
  if (length > 0) {
    const penultimate = length >= 2 ? codeAfter(text, start, article, length - 2) : Number.NaN
    slot = filterSlot(codeAfter(text, start, article, 0), penultimate, codeAfter(text, start, article, length - 1))
  } else {
    slot = filterSlot(Number.NaN, Number.NaN, Number.NaN)
  }
  return ((filter[slot] ?? 0) & lengthBit(length)) !== 0
}

function spellingFilter(spellings: Iterable<string>): SpellingFilter {
  const filter = new Uint32Array(1 << 14)
  for (const spelling of spellings) {
    const n = spelling.length
    const slot = filterSlot(spelling.charCodeAt(0), n >= 2 ? spelling.charCodeAt(n - 2) : Number.NaN, spelling.charCodeAt(n - 1))
    filter[slot] = (filter[slot] ?? 0) | lengthBit(n)
  }
  return filter
}

/** Every single-word spelling a look-up can hit, exact or folded. */
const ENTRY_FILTER = spellingFilter([...INDEX.exact.keys(), ...INDEX.words.keys()])

/** Every folded word that may open a phrase, also with each proclitic prefix (و، ب، لل …). */
const PHRASE_TRIGGERS: ReadonlySet<string> = (() => {
  const triggers = new Set<string>()
  const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']
  for (const start of INDEX.phraseStarts) {
    for (const prefix of prefixes) {
      triggers.add(prefix + start)
      if (start.startsWith(ARTICLE) && prefix.endsWith(LAM)) triggers.add(prefix + start.slice(1))
    }
  }
  return triggers
})()

const TRIGGER_FILTER = spellingFilter(PHRASE_TRIGGERS)

/** Search folds as a code table over U+0600–U+06FF (0 = unchanged). */
const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256)
  for (const [from, to] of SEARCH_FOLDS) {
    const code = from.charCodeAt(0)
    if (code >= 0x600 && code <= 0x6ff) table[code - 0x600] = to.charCodeAt(0)
  }
  for (const [from, to] of LETTER_VARIANTS) {
    const code = from.charCodeAt(0)
    if (code >= 0x600 && code <= 0x6ff && table[code - 0x600] === 0) table[code - 0x600] = to.charCodeAt(0)
  }
  return table
})()

/** Letter variants (Persian forms used as Arabic letters) as a code table (0 = unchanged). */
const VARIANT_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256)
  for (const [from, to] of LETTER_VARIANTS) {
    const code = from.charCodeAt(0)
    if (code >= 0x600 && code <= 0x6ff) table[code - 0x600] = to.charCodeAt(0)
  }
  return table
})()

/** Arabic-Indic and Persian digits, the Arabic decimal and thousands separators, Arabic punctuation and guillemets. */
const DIGIT_OR_PUNCT_CLASS = '[\\u060C\\u061B\\u061F\\u0660-\\u066C\\u06D4\\u06F0-\\u06F9\\u00AB\\u00BB]'
const DIGIT_OR_PUNCT = new RegExp(DIGIT_OR_PUNCT_CLASS)
const DIGITS_AND_PUNCTUATION = new RegExp(DIGIT_OR_PUNCT_CLASS, 'g')

/** Letters that open a verb or a derived noun: ي ت ن أ إ ا م. */
const VERB_OR_NOUN_PREFIX: ReadonlySet<number> = new Set([0x064a, 0x062a, 0x0646, 0x0623, 0x0625, 0x0627, 0x0645])
/** Letters that open a stem after the preposition ب or ل: ي ت م إ. */
const PREPOSITION_STEM_START: ReadonlySet<number> = new Set([0x064a, 0x062a, 0x0645, 0x0625])

// ---------------------------------------------------------------------------
// Scanning
//
// The text is read in runs of code units: an Arabic word (letters and marks),
// a Latin run (letters and digits), a whitespace run, or any other single code
// unit. The loops below walk these runs in place rather than building a list
// of tokens.

/** Kinds of code units in Arabic words, ordered so that a word's kind is the highest of its code units. */
const enum WordCode {
  None = 0,
  /** A letter that the look-up key keeps as written. */
  Letter = 1,
  /** A letter that folding or variant mapping changes. */
  Folded = 2,
  /** A combining mark (harakat and Quranic marks). */
  Mark = 3,
}

/** {@link WordCode} of each code unit below U+0700 (Arabic words use U+0620–U+06FF). */
const WORD_CODES: Uint8Array = (() => {
  const table = new Uint8Array(0x700)
  const ranges: ReadonlyArray<readonly [number, number]> = [[0x0620, 0x065f], [0x066e, 0x06d3], [0x06d5, 0x06ef], [0x06fa, 0x06ff]]
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      table[code] = isMark(code) ? WordCode.Mark : FOLD_TABLE[code - 0x600] !== 0 ? WordCode.Folded : WordCode.Letter
    }
  }
  return table
})()

/** {@link WORD_CODES} for any code unit. */
function wordCode(code: number): number {
  return code < 0x700 ? (WORD_CODES[code] ?? WordCode.None) : WordCode.None
}

/** Code units of a Latin run: ASCII letters and digits, Latin-1 to Latin Extended-B, Latin Extended Additional. */
function isLatinRunCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x00c0 && code <= 0x024f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  )
}

/** The code units of the regular-expression class `\s`. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * The Latin forms of the code units of {@link DIGIT_OR_PUNCT} (Arabic-Indic and
 * Persian digits, Arabic punctuation, guillemets), by code unit.
 */
const FOLDED_FORMS: ReadonlyMap<number, string> = (() => {
  const forms = new Map<number, string>()
  for (let code = 0; code <= 0x6ff; code += 1) {
    const ch = String.fromCharCode(code)
    if (!DIGIT_OR_PUNCT.test(ch)) continue
    forms.set(code, DIGITS.get(ch) ?? PUNCTUATION.get(ch) ?? ch)
  }
  return forms
})()

/** Code units whose Latin form is an ASCII digit, so that they read as part of a Latin run (١٥ → 15). */
function isFoldedDigit(code: number): boolean {
  return (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
}

/** A Latin run that holds folded digits, with each digit in its Latin form. */
function foldedRun(text: string, start: number, end: number): string {
  let out = ''
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i)
    out += isFoldedDigit(code) ? (FOLDED_FORMS.get(code) ?? text.charAt(i)) : text.charAt(i)
  }
  return out
}

/** Whether a code unit of the Arabic block is left in the text after folding (letters, marks, other signs). */
function isArabicAfterFolding(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff && !FOLDED_FORMS.has(code)
}

/** Step: map digits and Arabic punctuation to their Latin forms. */
function foldDigitsAndPunctuation(text: string): string {
  return text.replace(DIGITS_AND_PUNCTUATION, (ch) => DIGITS.get(ch) ?? PUNCTUATION.get(ch) ?? ch)
}

/** End of the Arabic word starting at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start + 1
  while (end < text.length && wordCode(text.charCodeAt(end)) !== 0) end += 1
  return end
}

/** Whether the code units of `text` from `start` to `end` are all whitespace (or there are none). */
function onlySpaces(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k += 1) if (!isSpaceCode(text.charCodeAt(k))) return false
  return true
}

/** Start of the Arabic word that follows the one ending at `end` after one whitespace run, or -1. */
function nextWordStart(text: string, end: number): number {
  const n = text.length
  if (end >= n || !isSpaceCode(text.charCodeAt(end))) return -1
  let start = end + 1
  while (start < n && isSpaceCode(text.charCodeAt(start))) start += 1
  return start < n && wordCode(text.charCodeAt(start)) !== 0 ? start : -1
}

// ---------------------------------------------------------------------------
// Words

/** A word: its base letters, the marks written on each letter, and its lexicon key. */
interface Word {
  /** The letters without marks (Persian variants folded to Arabic letters). */
  readonly bare: string
  /** Marks per letter, only when the word carries any. */
  readonly marks: readonly string[] | undefined
  /** The folded look-up key (see {@link lexiconKey}). */
  readonly key: string
  /** Number of short-vowel marks (harakat other than shadda). */
  readonly vowelMarks: number
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed)
}

/** A word with no marks and no letter that folding or variant mapping would change. */
function plainWord(text: string): Word {
  return { bare: text, marks: undefined, key: text, vowelMarks: 0 }
}

/**
 * A word without marks: its letters with variants mapped, and its folded key.
 * Both are copied a run of unchanged letters at a time; variants are rare, so
 * the letters are usually the word itself.
 */
function unmarkedWord(text: string): Word {
  let key = ''
  let keyFrom = 0
  let bare = ''
  let bareFrom = 0
  for (let i = 0; i < text.length; i += 1) {
    const offset = text.charCodeAt(i) - 0x600
    if (offset < 0 || offset >= 256) continue
    const fold = FOLD_TABLE[offset] ?? 0
    if (fold === 0) continue // every variant also folds
    key += text.slice(keyFrom, i) + String.fromCharCode(fold)
    keyFrom = i + 1
    const variant = VARIANT_TABLE[offset] ?? 0
    if (variant === 0) continue
    bare += text.slice(bareFrom, i) + String.fromCharCode(variant)
    bareFrom = i + 1
  }
  return {
    bare: bareFrom === 0 ? text : bare + text.slice(bareFrom),
    marks: undefined,
    key: keyFrom === 0 ? text : key + text.slice(keyFrom),
    vowelMarks: 0,
  }
}

/** Step: split an Arabic word into letters and marks and build its look-up key, in one pass. */
function parseWord(text: string): Word {
  let bare = ''
  let key = ''
  let marks: string[] | undefined
  let vowelMarks = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (isMark(code)) {
      if (bare.length === 0) continue
      marks ??= Array.from({ length: bare.length }, () => '')
      marks[bare.length - 1] += text[i] ?? ''
      if ((code >= 0x064b && code <= 0x0650) || code === 0x0652 || code === 0x0670) vowelMarks += 1
      continue
    }
    const offset = code - 0x600
    const inBlock = offset >= 0 && offset < 256
    const variant = inBlock ? (VARIANT_TABLE[offset] ?? 0) : 0
    const fold = inBlock ? (FOLD_TABLE[offset] ?? 0) : 0
    bare += variant === 0 ? text[i] : String.fromCharCode(variant)
    key += fold === 0 ? text[i] : String.fromCharCode(fold)
    marks?.push('')
  }
  return { bare, marks, key, vowelMarks }
}

/**
 * How a word opens: conjunction, preposition and article, and how many
 * letters they take (the stem starts at that index). One shared value per
 * combination, see {@link proclitics}.
 */
interface Proclitics {
  readonly conjunction: string | undefined
  readonly preposition: string | undefined
  readonly article: boolean
  /** Letters taken by the proclitics. */
  readonly length: number
}

const CONJUNCTION_LETTERS: readonly string[] = [...CONJUNCTIONS.keys()]
const PREPOSITION_LETTERS: readonly string[] = [...PREPOSITIONS.keys()]

/** For each code unit over U+0600–U+06FF, 1 + its index in `letters` (0 = not one of them). */
function letterNumbers(letters: readonly string[]): Uint8Array {
  const table = new Uint8Array(256)
  letters.forEach((letter, i) => {
    const offset = letter.charCodeAt(0) - 0x600
    if (offset >= 0 && offset < 256) table[offset] = i + 1
  })
  return table
}

const CONJUNCTION_NUMBERS = letterNumbers(CONJUNCTION_LETTERS)
const PREPOSITION_NUMBERS = letterNumbers(PREPOSITION_LETTERS)
const LAM_PREPOSITION = PREPOSITION_LETTERS.indexOf(LAM) + 1

/** The number of the letter at `code` in a {@link letterNumbers} table. */
function letterNumber(table: Uint8Array, code: number): number {
  const offset = code - 0x600
  return offset >= 0 && offset < 256 ? (table[offset] ?? 0) : 0
}

const NO_PROCLITICS: Proclitics = { conjunction: undefined, preposition: undefined, article: false, length: 0 }

/** Every combination of proclitics, by conjunction number, preposition number and article length (0; 1 for «ل» after ل; 2 for «ال»). */
const PROCLITIC_VALUES: readonly Proclitics[] = (() => {
  const values: Proclitics[] = []
  for (let c = 0; c <= CONJUNCTION_LETTERS.length; c += 1) {
    for (let p = 0; p <= PREPOSITION_LETTERS.length; p += 1) {
      for (let article = 0; article <= 2; article += 1) {
        const length = (c === 0 ? 0 : 1) + (p === 0 ? 0 : 1) + article
        values.push(
          length === 0
            ? NO_PROCLITICS
            : { conjunction: CONJUNCTION_LETTERS[c - 1], preposition: PREPOSITION_LETTERS[p - 1], article: article > 0, length },
        )
      }
    }
  }
  return values
})()

/** The shared value for a combination of proclitics (letter numbers as in {@link letterNumbers}). */
function proclitics(conjunction: number, preposition: number, articleLength: number): Proclitics {
  return PROCLITIC_VALUES[(conjunction * (PREPOSITION_LETTERS.length + 1) + preposition) * 3 + articleLength] ?? NO_PROCLITICS
}

/** The article alone («ال»), as read off a lexicon entry that carries it. */
const ARTICLE_ONLY = proclitics(0, 0, 2)

const NO_READINGS: readonly Proclitics[] = Object.freeze([])

/**
 * Step: every way the front of the word can be read as proclitics, most
 * specific first (e.g. «وبالعلاقات»: و+ب+ال, then و+ب, then و). Each reading
 * leaves a stem of at least two letters.
 */
function procliticReadings(bare: string): readonly Proclitics[] {
  const n = bare.length
  const first = bare.charCodeAt(0)
  const conj = letterNumber(CONJUNCTION_NUMBERS, first)
  // Only و ف ب ل ك and ا (the article) can open a proclitic.
  if (conj === 0 && first !== ALEF_CODE && letterNumber(PREPOSITION_NUMBERS, first) === 0) return NO_READINGS
  const readings: Proclitics[] = []
  // With a conjunction, the reading with it comes first, then the one without.
  for (let withConj = conj !== 0; ; withConj = false) {
    const c = withConj ? conj : 0
    const i = c === 0 ? 0 : 1
    const p = letterNumber(PREPOSITION_NUMBERS, bare.charCodeAt(i))
    for (let withPrep = p !== 0; ; withPrep = false) {
      const prep = withPrep ? p : 0
      const j = prep === 0 ? i : i + 1
      // The article: «ال», or «ل» alone after the preposition ل («للتعاون» = ل + ال + تعاون).
      let articleLength = 0
      if (bare.startsWith(ARTICLE, j)) articleLength = 2
      else if (prep !== 0 && prep === LAM_PREPOSITION && bare.charCodeAt(j) === LAM_CODE) articleLength = 1
      if (articleLength > 0 && n - j - articleLength >= 2) readings.push(proclitics(c, prep, articleLength))
      if (j > 0 && n - j >= 2) readings.push(proclitics(c, prep, 0))
      if (!withPrep) break
    }
    if (!withConj) break
  }
  return readings
}

/**
 * Step: choose the proclitic reading when the lexicon did not decide.
 * The article is always split; a bare conjunction or preposition only when
 * the rest looks like a verb, a maṣdar or a participle.
 */
function guessProclitics(readings: readonly Proclitics[], bare: string): Proclitics {
  for (const r of readings) {
    if (r.article) return r
    const restLength = bare.length - r.length
    if (restLength < 3) continue
    const restStart = bare.charCodeAt(r.length)
    if (r.preposition === undefined && r.conjunction === WAW && VERB_OR_NOUN_PREFIX.has(restStart)) return r
    if (r.preposition === undefined || r.preposition === '\u0643') continue
    // ب/ل before a verb, participle or maṣdar; before a bare alef only ب, and only a long maṣdar
    // (بارتفاع → bi-irtifa), since لا… and short با… words are usually one word (لاعب، بارز).
    if (PREPOSITION_STEM_START.has(restStart)) return r
    if (r.preposition === '\u0628' && restStart === ALEF_CODE && restLength >= 5) return r
  }
  return NO_PROCLITICS
}

/** The article before a stem starting with `stemStart`: al-, or assimilated (as-, ash-, …) before a sun letter when asked. */
function articleLatin(stemStart: string, opts: ResolvedTransliterateOptions): string {
  if (opts.sunLetters && SUN_LETTERS.has(stemStart)) return `a${CONSONANTS.get(stemStart) ?? 'l'}`
  return 'al'
}

/** Step: the Latin of the proclitics of `bare` joined by hyphens («wa», «bil», «wa-al» …); empty when there are none. */
function procliticLatin(p: Proclitics, bare: string, opts: ResolvedTransliterateOptions, suppressArticle: boolean): string {
  const conj = p.conjunction === undefined ? undefined : (CONJUNCTIONS.get(p.conjunction) ?? '')
  const prep = p.preposition === undefined ? undefined : (PREPOSITIONS.get(p.preposition) ?? '')
  let second: string | undefined
  if (p.article && !suppressArticle) {
    const article = articleLatin(bare.charAt(p.length), opts)
    // bi + al → bil, li + al → lil, ka + al → kal; with assimilation li + at → lit.
    second = prep === undefined ? article : `${prep}${article.slice(1)}`
  } else {
    second = prep
  }
  if (conj === undefined) return second ?? ''
  return second === undefined ? conj : `${conj}-${second}`
}

/** Proclitics and stem joined by a hyphen, either may be empty. */
function joinHyphen(head: string, tail: string): string {
  if (head === '') return tail
  return tail === '' ? head : `${head}-${tail}`
}

/** Look-up by exact spelling first (إن ≠ أن, على ≠ علي), then by folded key (احمد → أحمد). */
function lookUp(exact: string, folded: string): string | undefined {
  return exact === folded ? INDEX.single.get(exact) : (INDEX.exact.get(exact) ?? INDEX.words.get(folded))
}

/** Whether the word's letters from `start` on (after «ال» when `article`) may be a lexicon entry. */
function mayBeEntry(word: Word, plain: boolean, start: number, article: boolean): boolean {
  return mayContain(ENTRY_FILTER, word.key, start, article) || (!plain && mayContain(ENTRY_FILTER, word.bare, start, article))
}

/** Step: a lexicon hit for the word itself or for its stem after proclitics. */
function lexiconReading(word: Word, readings: readonly Proclitics[]): { p: Proclitics; value: string } | undefined {
  const key = word.key
  const plain = word.bare === key
  const whole = !mayBeEntry(word, plain, 0, false) ? undefined : plain ? INDEX.single.get(key) : lookUp(word.bare, key)
  if (whole !== undefined) {
    // «الصين» → al-sin: keep the article separate so that sun-letter assimilation applies (as-sin).
    if (whole.startsWith('al-') && key.startsWith(ARTICLE) && key.length > 2) {
      return { p: ARTICLE_ONLY, value: whole.slice(3) }
    }
    return { p: NO_PROCLITICS, value: whole }
  }
  for (const p of readings) {
    // A word opening with «ال» and no other proclitic gives the whole word back with the article, already looked up.
    const isWhole = p.length === 2 && p.conjunction === undefined && p.preposition === undefined
    const withArticle = p.article && !isWhole && mayBeEntry(word, plain, p.length, true)
    const alone = mayBeEntry(word, plain, p.length, false)
    if (!withArticle && !alone) continue
    const rest = key.slice(p.length)
    const exactRest = plain ? rest : word.bare.slice(p.length)
    if (withArticle) {
      const value = lookUp(ARTICLE + exactRest, ARTICLE + rest)
      if (value !== undefined) {
        if (value.startsWith('al-')) return { p, value: value.slice(3) }
        // An English name takes no Arabic article: «بالمكسيك» → bi-mexico.
        return { p: { ...p, article: false }, value }
      }
    }
    if (alone) {
      const value = lookUp(exactRest, rest)
      if (value !== undefined) return { p, value }
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Letter rules for unvocalised stems

const enum T {
  Consonant,
  Vowel,
}

/** The skeleton letters of {@link VOWEL_TEMPLATES}, numbered from 1. */
const SYMBOL_DIGITS: ReadonlyMap<string, number> = new Map([...'CAUIEMTYSX'].map((symbol, i) => [symbol, i + 1] as const))

interface StemToken {
  readonly type: T
  /** Skeleton letter (C A U I E M T Y S X) by its number in {@link SYMBOL_DIGITS}. */
  readonly digit: number
  readonly latin: string
}

function stemToken(type: T, symbol: string, latin: string): StemToken {
  const digit = SYMBOL_DIGITS.get(symbol)
  if (digit === undefined) throw new Error(`Unknown skeleton letter ${symbol}`)
  return { type, digit, latin }
}

// Skeleton tokens are values: one shared object per kind, so a stem costs no allocation per letter.
const LONG_A = stemToken(T.Vowel, 'A', 'a')
const LONG_U = stemToken(T.Vowel, 'U', 'u')
const LONG_I = stemToken(T.Vowel, 'I', 'i')
const CONSONANT_W = stemToken(T.Consonant, 'C', 'w')
const CONSONANT_Y = stemToken(T.Consonant, 'C', 'y')
/** A consonant with no Latin letter (hamza, ʿayn). */
const SILENT = stemToken(T.Consonant, 'C', '')
const INFIX_S = stemToken(T.Consonant, 'S', 's')
const INFIX_T = stemToken(T.Consonant, 'X', 't')
const INITIAL_VOWEL: Readonly<Record<string, StemToken>> = {
  a: stemToken(T.Vowel, 'E', 'a'),
  i: stemToken(T.Vowel, 'E', 'i'),
  u: stemToken(T.Vowel, 'E', 'u'),
}
const PREFIX_M = stemToken(T.Consonant, 'M', CONSONANTS.get(MEEM) ?? '')
const PREFIX_T = stemToken(T.Consonant, 'T', CONSONANTS.get(TEH) ?? '')
const PREFIX_Y = stemToken(T.Consonant, 'Y', CONSONANTS.get(YEH) ?? '')

/** Consonant tokens by code unit over U+0600–U+06FF; letters without a Latin consonant read as {@link SILENT}. */
const CONSONANT_TOKENS: readonly StemToken[] = Array.from({ length: 256 }, (_, i) => {
  const latin = CONSONANTS.get(String.fromCharCode(0x600 + i)) ?? ''
  return latin === '' ? SILENT : stemToken(T.Consonant, 'C', latin)
})

function consonantToken(code: number): StemToken {
  return CONSONANT_TOKENS[code - 0x600] ?? SILENT
}

/** A suffix of {@link SUFFIXES} with its spelling. */
interface Suffix {
  readonly ending: string
  /** The spelling as code units, last first. */
  readonly reversed: readonly number[]
  readonly rule: SuffixRule
}

/** The suffixes by their last code unit over U+0600–U+06FF, in table order (longest first). */
const SUFFIXES_BY_LAST: ReadonlyArray<readonly Suffix[] | undefined> = (() => {
  const byLast: Array<Suffix[] | undefined> = Array.from({ length: 256 }, () => undefined)
  for (const [ending, rule] of SUFFIXES) {
    const offset = ending.charCodeAt(ending.length - 1) - 0x600
    if (offset < 0 || offset >= 256) continue
    const list = byLast[offset] ?? []
    list.push({ ending, reversed: [...ending].reverse().map((letter) => letter.charCodeAt(0)), rule })
    byLast[offset] = list
  }
  return byLast
})()

/** Whether the text ends with the code units `reversed` (last first). */
function endsWithCodes(text: string, reversed: readonly number[]): boolean {
  const n = text.length
  if (reversed.length > n) return false
  for (let k = 0; k < reversed.length; k += 1) if (text.charCodeAt(n - 1 - k) !== reversed[k]) return false
  return true
}

/** Step: the known suffix the stem ends with, if it leaves a long enough stem. */
function findSuffix(stem: string): Suffix | undefined {
  const offset = stem.charCodeAt(stem.length - 1) - 0x600
  const candidates = offset >= 0 && offset < 256 ? SUFFIXES_BY_LAST[offset] : undefined
  if (candidates === undefined) return undefined
  const n = stem.length
  for (const suffix of candidates) {
    const { ending, reversed, rule } = suffix
    if (n - ending.length < rule.minStem || !endsWithCodes(stem, reversed)) continue
    if (ending === HEH) {
      const before = stem.charCodeAt(stem.length - 2)
      if (before === ALEF_CODE || before === WAW_CODE || before === YEH_CODE) continue
    }
    return suffix
  }
  return undefined
}

/** Vowel of a bare initial alef: i for the derived-verb maṣdars (ifti'al, istif'al …), else a. */
function initialAlefVowel(core: string, stemLength: number): string {
  return stemLength >= 6 || core.charCodeAt(1) === TEH_CODE ? 'i' : 'a'
}

/**
 * Step: the stem as skeleton tokens (consonants, long vowels, prefixes),
 * written into `tokens` from index 0; returns how many. The array is reused
 * from stem to stem, so it may hold more.
 */
function skeletonTokens(core: string, suffix: SuffixRule | undefined, stemLength: number, tokens: StemToken[]): number {
  let count = 0
  const n = core.length
  let i = 0
  const first = core.charCodeAt(0)
  if (first === ALEF_CODE || first === ALEF_HAMZA_ABOVE_CODE || first === ALEF_HAMZA_BELOW_CODE || first === ALEF_MADDA_CODE) {
    let vowel = first === ALEF_HAMZA_BELOW_CODE ? 'i' : first === ALEF_CODE ? initialAlefVowel(core, stemLength) : 'a'
    i = 1
    const next = core.charCodeAt(1)
    // أو / إي before a consonant: the vowel is long (أوروبا → uruba), except in af'al plurals (أوضاع → awda').
    if ((next === WAW_CODE || next === YEH_CODE) && n > 3 && core.charCodeAt(3) !== ALEF_CODE) {
      vowel = next === WAW_CODE ? 'u' : 'i'
      i = 2
    }
    tokens[count] = INITIAL_VOWEL[vowel] ?? SILENT
    count += 1
  } else if (first === MEEM_CODE || first === TEH_CODE || first === YEH_CODE) {
    tokens[count] = first === MEEM_CODE ? PREFIX_M : first === TEH_CODE ? PREFIX_T : PREFIX_Y
    count += 1
    i = 1
  }
  const prefixed = count > 0 && i === 1
  if (prefixed && n >= 5 && core.charCodeAt(1) === SEEN_CODE && core.charCodeAt(2) === TEH_CODE) {
    tokens[count] = INFIX_S
    count += 1
    tokens[count] = INFIX_T
    count += 1
    i = 3
  } else if (prefixed && n >= 4 && core.charCodeAt(1) === TEH_CODE) {
    tokens[count] = INFIX_T
    count += 1
    i = 2
  }
  const diphthong = n === 3 && suffix?.nisba !== true
  let lastIsVowel = count > 0 && tokens[count - 1]?.type === T.Vowel
  for (; i < n; i += 1) {
    const code = core.charCodeAt(i)
    let token: StemToken
    if (code === ALEF_CODE || code === ALEF_MAQSURA_CODE) {
      token = LONG_A
    } else if (code === ALEF_MADDA_CODE) {
      tokens[count] = SILENT
      count += 1
      token = LONG_A
    } else if (code === WAW_CODE || code === YEH_CODE) {
      const next = core.charCodeAt(i + 1)
      const consonantal =
        i === 0 || next === ALEF_CODE || core.charCodeAt(i - 1) === ALEF_CODE || next === code || (diphthong && i === 1) || lastIsVowel
      if (consonantal) token = code === WAW_CODE ? CONSONANT_W : CONSONANT_Y
      else token = code === WAW_CODE ? LONG_U : LONG_I
    } else {
      token = consonantToken(code)
    }
    tokens[count] = token
    count += 1
    lastIsVowel = token.type === T.Vowel
  }
  return count
}

/** A node of the template trie: one step per skeleton letter (by its digit). */
interface TemplateNode {
  readonly next: Array<TemplateNode | undefined>
  /** The template for a skeleton ending here. */
  plain: string | undefined
  /** The template for a skeleton ending here before a vowel-initial suffix (keys marked «+»). */
  suffixed: string | undefined
}

function templateNode(): TemplateNode {
  return { next: Array.from({ length: SYMBOL_DIGITS.size + 1 }, () => undefined), plain: undefined, suffixed: undefined }
}

/** {@link VOWEL_TEMPLATES} as a trie over skeleton letters, so finding a template needs no key string. */
const TEMPLATE_TRIE: TemplateNode = (() => {
  const root = templateNode()
  for (const [key, template] of VOWEL_TEMPLATES) {
    const suffixed = key.endsWith('+')
    const symbols = suffixed ? key.slice(0, -1) : key
    let node: TemplateNode | undefined = root
    for (const symbol of symbols) {
      const digit = SYMBOL_DIGITS.get(symbol)
      if (digit === undefined) {
        node = undefined // not a skeleton letter: no stem has this skeleton
        break
      }
      const next: TemplateNode = node.next[digit] ?? templateNode()
      node.next[digit] = next
      node = next
    }
    if (node === undefined) continue
    if (suffixed) node.suffixed = template
    else node.plain = template
  }
  return root
})()

/** Step: the template for the skeleton, preferring the «+» form before a suffix. */
function findTemplate(tokens: readonly StemToken[], count: number, suffixed: boolean): string | undefined {
  let node: TemplateNode | undefined = TEMPLATE_TRIE
  for (let i = 0; i < count && node !== undefined; i += 1) node = node.next[tokens[i]?.digit ?? 0]
  if (node === undefined) return undefined
  return (suffixed ? node.suffixed : undefined) ?? node.plain
}

/** Step: rewrite the skeleton with a vowel template. */
function applyTemplate(template: string, tokens: readonly StemToken[], count: number): string {
  let out = ''
  let t = 0
  let lastConsonant = ''
  for (let k = 0; k < template.length; k += 1) {
    const code = template.charCodeAt(k)
    if (code === 0x3a) {
      // «:» doubles the consonant just written.
      out += lastConsonant
    } else if (code >= 0x41 && code <= 0x5a) {
      const token = t < count ? tokens[t] : undefined
      t += 1
      if (token === undefined) continue
      out += token.latin
      if (token.type === T.Consonant) lastConsonant = token.latin
    } else {
      out += template.charAt(k)
    }
  }
  return out
}

/**
 * Step: generic vowel guess when no template fits: a short «a» breaks a
 * word-initial pair of consonants and any run of three.
 */
function genericVowels(tokens: readonly StemToken[], count: number): string {
  let out = ''
  let openCluster = false
  for (let k = 0; k < count; k += 1) {
    const token = tokens[k]
    if (token === undefined) break
    out += token.latin
    if (token.type === T.Vowel) {
      openCluster = false
      continue
    }
    const next = k + 1 < count ? tokens[k + 1] : undefined
    if (next === undefined || next.type === T.Vowel) {
      openCluster = false
    } else if (k === 0 || openCluster) {
      out += 'a'
      openCluster = false
    } else {
      openCluster = true
    }
  }
  return out
}

/** The skeleton of the stem being romanised, reused from stem to stem (the rules run synchronously, one stem at a time). */
const SKELETON: StemToken[] = []

/** Longest skeleton kept between stems; a longer one (a run of letters with no space) is let go once read. */
const SKELETON_KEPT = 64

/** Romanises an unvocalised stem with the suffix and template rules. */
function romaniseBareStem(stem: string, construct: boolean): string {
  const suffix = findSuffix(stem)
  const core = suffix === undefined ? stem : stem.slice(0, stem.length - suffix.ending.length)
  const count = skeletonTokens(core, suffix?.rule, stem.length, SKELETON)
  const template = findTemplate(SKELETON, count, suffix !== undefined)
  const body = template !== undefined ? applyTemplate(template, SKELETON, count) : genericVowels(SKELETON, count)
  if (count > SKELETON_KEPT) SKELETON.length = 0
  let ending = suffix?.rule.latin ?? ''
  if (construct && stem.charCodeAt(stem.length - 1) === TEH_MARBUTA_CODE) ending += 't'
  return body + ending
}

/** Endings found on Arabic words and hardly ever on foreign names: ة, pronoun ه and ها, ية, ات, يات, اء. */
const ARABIC_ENDINGS: ReadonlySet<string> = new Set(['\u0629', '\u0647', '\u0647\u0627', '\u064A\u0629', '\u0627\u062A', '\u064A\u0627\u062A', '\u0627\u0621'])

/**
 * Whether the rules recognise the stem as an Arabic word: an ending of
 * {@link ARABIC_ENDINGS}, another known suffix on a stem in م (participles:
 * مسؤولين), or a vowel template that fits its skeleton. The plural and nisba
 * endings alone (ون ين ي) do not count: foreign names end so too (أديسون، أغوستيني).
 */
function readsAsArabic(stem: string): boolean {
  const suffix = findSuffix(stem)
  if (suffix !== undefined && (ARABIC_ENDINGS.has(suffix.ending) || stem.charCodeAt(0) === MEEM_CODE)) return true
  const count = skeletonTokens(stem, undefined, stem.length, SKELETON)
  const found = findTemplate(SKELETON, count, false) !== undefined
  if (count > SKELETON_KEPT) SKELETON.length = 0
  return found
}

/**
 * Whether the vocabulary knows the stem, as it is or without the suffix the
 * rules find (انتخابات from انتخاب, سيارات from سيارة); `key` is its folded key.
 */
function knownArabicWord(stem: string, key: string): boolean {
  if (inArabicVocabulary(key)) return true
  const suffix = findSuffix(stem)
  if (suffix === undefined) return false
  const core = key.slice(0, key.length - suffix.ending.length)
  return inArabicVocabulary(core) || inArabicVocabulary(core + '\u0647')
}

/** Mean log-probability per letter above which the name model takes a whole word for a name. */
const NAME_SCORE_PER_LETTER = -3

/**
 * Letters that Arabic words hold and foreign names, in Arabic script, hardly
 * ever do: ع ح ص ض ط ظ ق ذ ث, the hamza forms, ة and ى.
 */
const ARABIC_LETTERS_ONLY = /[\u0621\u0623\u0624\u0625\u0626\u0629\u062B\u062D\u0630\u0635-\u0639\u0642\u0649]/

/** أ or إ opening a word: as common in foreign names (أوباما، إيطاليا) as in Arabic words. */
const INITIAL_HAMZA_ALEF = /^[\u0623\u0625]/

/** Whether the stem holds a letter of {@link ARABIC_LETTERS_ONLY} past an opening أ or إ. */
const holdsArabicLetterPastOpening = (stem: string) => ARABIC_LETTERS_ONLY.test(INITIAL_HAMZA_ALEF.test(stem) ? stem.slice(1) : stem)

/** Mean log-probability per letter above which the name model's reading beats a vowel template. */
const NAME_OVER_TEMPLATE_PER_LETTER = -3.2

/**
 * The same when the reading is a spelling in the dictionary of names
 * (`وارنوك` → warnock, `لنت` → lent): the dictionary is evidence of a name, so
 * a less probable reading passes. This and the two below were chosen on the
 * fixed fold of the training file.
 */
const KNOWN_NAME_OVER_TEMPLATE_PER_LETTER = -3.6

/** The same, for a whole word whose rest after و ب ل fits a template (stricter: «ويستمر» is a verb). */
const NAME_OVER_VERB_PER_LETTER = -2.8

/** The same, when the reading is a spelling in the dictionary of names. */
const KNOWN_NAME_OVER_VERB_PER_LETTER = -3.5

/**
 * Shortest word that a spelling in the dictionary of names may take from the
 * rules, and shortest whole word whose first و ب ل it may keep: short Arabic
 * words spell many names (بيت stays bayt, not pet).
 */
const KNOWN_NAME_MIN_LETTERS = 4

/**
 * Step: whether the و ب ل that the clitic rules would split off belongs to a
 * foreign name (وينيبيج → winnipeg, not wa-yanibij): the rest is not Arabic
 * vocabulary to the rules, and is long (six letters or more, unlike a verb
 * such as يتوقع) or the whole word reads as a probable name to the model; or
 * the rest fits a template (a verb) but the whole word holds no letter
 * peculiar to Arabic words and reads as a very probable name (بينكر → pinker, ليند → lind).
 */
function keepsFirstLetter(whole: string, stem: string): boolean {
  if (readsAsArabic(stem)) {
    if (ARABIC_LETTERS_ONLY.test(whole)) return false
    return readsAsName(whole, NAME_OVER_VERB_PER_LETTER, KNOWN_NAME_OVER_VERB_PER_LETTER)
  }
  if (stem.length >= 6) return true
  const score = nameScore(whole)
  return score !== undefined && score / whole.length > NAME_SCORE_PER_LETTER
}

/** Mean log-probability per letter above which a word alone whose rest fits a template reads as a name (chosen on folds of the training file). */
const NAME_ALONE_PER_LETTER = -3.1

/** The same, when the reading is a spelling in the dictionary of names. */
const KNOWN_NAME_ALONE_PER_LETTER = -3.7

/**
 * Step: {@link keepsFirstLetter} for a word that is the whole text, with the
 * article too. A word alone is most often a name (a headline has more words),
 * so its first letter stays part of it (بيدرسن → pedersen, بالمر → palmer)
 * whenever the rest is not Arabic vocabulary to the rules, save a word with the
 * article and a letter peculiar to Arabic words (بالعربي); when the rest fits
 * a template, the word needs no such letter and a probable reading as a name
 * (بيتيل → petel), else it is split as in running text (ويستمر، بالشمس).
 */
function keepsFirstLetterAlone(whole: string, stem: string, article: boolean): boolean {
  if (readsAsArabic(stem)) {
    if (ARABIC_LETTERS_ONLY.test(whole)) return false
    return readsAsName(whole, NAME_ALONE_PER_LETTER, KNOWN_NAME_ALONE_PER_LETTER)
  }
  if (article && ARABIC_LETTERS_ONLY.test(whole)) return false
  return nameScore(whole) !== undefined
}

/**
 * Step: romanise an unvocalised stem. A stem the rules recognise as Arabic
 * vocabulary (see {@link readsAsArabic}) keeps the rules' reading, so news
 * words keep the scheme (wazir, not vazier), unless it holds none of the
 * letters peculiar to Arabic words and either stands alone and is no word of
 * the Arabic vocabulary ({@link knownArabicWord}), or is no such word and
 * reads as a probable name. In running text a stem holding one of those
 * letters, or the adjective of a known place, keeps the rules too. Any other
 * stem takes the name model's reading, or the rules' when the model cannot
 * read it.
 */
function nameOrRules(stem: string, key: string, construct: boolean, alone: boolean): string {
  READ_AS_NAME = false
  if (readsAsArabic(stem)) {
    // A short foreign name can fit a template (غرانت → grant, لانغ → lang): with none of
    // the letters peculiar to Arabic words and a probable reading as a name, the model reads it.
    if (alone ? holdsArabicLetterPastOpening(stem) : ARABIC_LETTERS_ONLY.test(stem)) return romaniseBareStem(stem, construct)
    // A word of the Arabic vocabulary keeps the rules in running text (وزير, كتاب); a word alone that
    // the vocabulary does not know is most often a name (غود → good, سونيا → sonia).
    const known = knownArabicWord(stem, key)
    if (known && !alone) return romaniseBareStem(stem, construct)
    const name =
      alone && !known
        ? romaniseNameCarefully(stem)
        : (probableName(stem, NAME_OVER_TEMPLATE_PER_LETTER) ?? (stem.length >= KNOWN_NAME_MIN_LETTERS ? knownOnly(probableName(stem, KNOWN_NAME_OVER_TEMPLATE_PER_LETTER)) : undefined))
    if (name === undefined) return romaniseBareStem(stem, construct)
    READ_AS_NAME = true
    return (alone ? romaniseNameCarefully(stem)?.latin : undefined) ?? name.latin
  }
  if (!alone && (holdsArabicLetterPastOpening(stem) || placeAdjective(stem, key))) return romaniseBareStem(stem, construct)
  // A word alone, most often a name, is worth the wider search.
  const name = alone ? romaniseNameCarefully(stem) : romaniseName(stem)
  if (name === undefined) return romaniseBareStem(stem, construct)
  READ_AS_NAME = true
  return name.latin
}

/**
 * Whether the model reads `whole` as a name: its most probable reading scores
 * above `perLetter` per letter, or (a word of at least
 * {@link KNOWN_NAME_MIN_LETTERS}) above `knownPerLetter` with a reading that is
 * a spelling in the dictionary of names. The dictionary is looked up only when
 * the score falls between the two.
 */
function readsAsName(whole: string, perLetter: number, knownPerLetter: number): boolean {
  const score = nameScore(whole)
  if (score === undefined) return false
  if (score / whole.length > perLetter) return true
  return whole.length >= KNOWN_NAME_MIN_LETTERS && score / whole.length > knownPerLetter && romaniseName(whole)?.known === true
}

/** A reading only when it is a spelling in the dictionary of names. */
const knownOnly = (reading: NameReading | undefined) => (reading?.known === true ? reading : undefined)

/** Hamza on a seat or alone after the first letter (ء ؤ ئ): a mark of Arabic vocabulary (اللاجئين), rare in names. */
const HAMZA_SEATS = /[\u0621\u0624\u0626]/

/**
 * Whether the stem is the nisba adjective of a place the gazetteer or the
 * lexicon knows (صيني from الصين, أمريكي from أمريكا, روسي from روسيا): an adjective, which
 * keeps its article (al-sini), not a family name.
 */
function placeAdjective(bare: string, key: string): boolean {
  if (bare.length < 3 || bare.charCodeAt(bare.length - 1) !== YEH_CODE) return false
  const base = bare.slice(0, -1)
  const baseKey = key.slice(0, -1)
  for (const [b, k] of [[base, baseKey], [ARTICLE + base, ARTICLE + baseKey], [base + ALEF, baseKey + ALEF], [base + YEH + ALEF, baseKey + YEH + ALEF]] as const) {
    if (lookUp(b, k) !== undefined) return true
  }
  return false
}

/** Whether the last {@link nameOrRules} took the name model's reading. */
let READ_AS_NAME = false

// ---------------------------------------------------------------------------
// Letter rules for vocalised stems

/** Romanises a stem that carries harakat, letter by letter. */
function romaniseVocalisedStem(letters: string, marks: readonly string[], construct: boolean, afterArticle: boolean): string {
  let out = ''
  let lastVowel = ''
  for (let k = 0; k < letters.length; k += 1) {
    const ch = letters[k] ?? ''
    const m = marks[k] ?? ''
    let vowel = ''
    let shadda = false
    for (const mark of m) {
      if (mark === SHADDA) shadda = true
      else vowel += VOWEL_MARKS.get(mark) ?? ''
    }
    const isLast = k === letters.length - 1
    if (ch === ALEF || ch === ALEF_MAQSURA) {
      if (k === 0 && vowel === '') vowel = 'a'
      if (lastVowel !== 'a' && !lastVowel.endsWith('n')) out += 'a'
      out += vowel
      lastVowel = 'a'
      continue
    }
    if (ch === ALEF_MADDA) {
      out += 'a'
      lastVowel = 'a'
      continue
    }
    if ((ch === WAW || ch === YEH) && m === '' && k > 0) {
      const long = ch === WAW ? 'u' : 'i'
      if (lastVowel === long) continue
      if (lastVowel === '' || lastVowel === 'a') {
        // Unmarked و/ي after a vowelless consonant reads as a long vowel; after fatha as a diphthong.
        out += lastVowel === 'a' ? (ch === WAW ? 'w' : 'y') : long
        lastVowel = lastVowel === 'a' ? '' : long
        continue
      }
    }
    if (ch === TEH_MARBUTA) {
      if (vowel === '' && !construct) {
        if (lastVowel !== 'a') out += 'a'
      } else {
        out += `t${vowel}`
      }
      lastVowel = vowel
      continue
    }
    let latin = CONSONANTS.get(ch) ?? ''
    if (k === 0 && (ch === ALEF_HAMZA_ABOVE || ch === ALEF_HAMZA_BELOW) && vowel === '') vowel = ch === ALEF_HAMZA_BELOW ? 'i' : 'a'
    if (shadda && !(k === 0 && afterArticle)) latin += latin
    // Pausal form: a final short case vowel is not pronounced (tanwin is kept).
    if (isLast && vowel.length === 1) vowel = ''
    out += latin + vowel
    lastVowel = vowel === '' ? '' : (vowel.at(-1) ?? '')
    if (isLast && vowel.endsWith('n')) lastVowel = 'n'
  }
  return out
}

// ---------------------------------------------------------------------------
// Word and text

/** Romanises one Arabic word (with its clitics). */
function romaniseWord(word: Word, construct: boolean, suppressArticle: boolean, opts: ResolvedTransliterateOptions, alone: boolean): string {
  const readings = procliticReadings(word.bare)
  let p: Proclitics = NO_PROCLITICS
  let stemLatin: string | undefined
  if (opts.lexicon) {
    const hit = lexiconReading(word, readings)
    if (hit !== undefined) {
      p = hit.p
      stemLatin = hit.value
      if (construct && word.bare.endsWith(TEH_MARBUTA) && !p.article && stemLatin.endsWith('a')) stemLatin += 't'
    }
  }
  if (stemLatin === undefined) {
    p = guessProclitics(readings, word.bare)
    let letters = word.bare.slice(p.length)
    const vocalised = word.marks !== undefined && word.vowelMarks * 2 >= letters.length - 1
    const isConstruct = construct && !p.article
    if (vocalised) {
      stemLatin = romaniseVocalisedStem(letters, word.marks?.slice(p.length) ?? [], isConstruct, p.article)
    } else {
      if (opts.names && p.length > 0 && (alone ? (p.conjunction !== undefined || p.preposition !== undefined) && keepsFirstLetterAlone(word.bare, letters, p.article) : !p.article && keepsFirstLetter(word.bare, letters))) {
        // A foreign name that opens with و ب ل (وينيبيج، ليفربول): the letter is part of the name.
        p = NO_PROCLITICS
        letters = word.bare
      }
      stemLatin = opts.names ? nameOrRules(letters, word.key.slice(word.bare.length - letters.length), isConstruct, alone) : romaniseBareStem(letters, isConstruct)
      // A name alone, with the article and nothing else before it (الجيلاني → gilani): English
      // spellings of such names drop the article (nine in ten of the training pairs do). A word
      // the rules read as Arabic vocabulary, or one of the lexicon, keeps it (al-kharijiya).
      if (alone && READ_AS_NAME && p.article && p.conjunction === undefined && p.preposition === undefined && !HAMZA_SEATS.test(letters) && !placeAdjective(letters, word.key.slice(p.length))) {
        return stemLatin
      }
    }
  }
  if (p === NO_PROCLITICS) return stemLatin
  return joinHyphen(procliticLatin(p, word.bare, opts, suppressArticle), stemLatin)
}

/** A matched phrase: its Latin, where its last word ends, and how many words it took. */
interface PhraseMatch {
  readonly latin: string
  readonly end: number
  readonly words: number
}

/** Step: longest lexicon phrase opening with the word `first`, which ends at `end` in the text. */
function matchPhrase(text: string, end: number, first: Word, opts: ResolvedTransliterateOptions): PhraseMatch | undefined {
  const firstKey = first.key
  if (!mayContain(TRIGGER_FILTER, firstKey, 0, false) || !PHRASE_TRIGGERS.has(firstKey)) return undefined
  const readings = [NO_PROCLITICS, ...procliticReadings(first.bare)]
  for (const p of readings) {
    const head = p.article ? ARTICLE + firstKey.slice(p.length) : firstKey.slice(p.length)
    if (!INDEX.phraseStarts.has(head)) continue
    // Collect up to maxPhraseWords following words.
    const keys = [head]
    const ends = [end]
    for (let e = end, w = 1; w < INDEX.maxPhraseWords; w += 1) {
      const s = nextWordStart(text, e)
      if (s < 0) break
      e = wordEnd(text, s)
      keys.push(lexiconKey(text.slice(s, e)))
      ends.push(e)
    }
    for (let len = keys.length; len >= 2; len -= 1) {
      const value = INDEX.phrases.get(keys.slice(0, len).join(' '))
      if (value === undefined) continue
      const ownArticle = !p.article && value.startsWith('al-') && head.startsWith(ARTICLE)
      const reading = ownArticle ? ARTICLE_ONLY : p
      const stem = reading.article && value.startsWith('al-') ? value.slice(3) : value
      const opening = procliticLatin(reading, first.bare, opts, false)
      return { latin: opening === '' ? stem : `${opening}-${stem}`, end: ends[len - 1] ?? end, words: len }
    }
  }
  return undefined
}

/** Step: a word split into letters, marks and look-up key; `kind` is the highest {@link WordCode} of its code units. */
function readWord(spelling: string, kind: number): Word {
  if (kind === WordCode.Letter) return plainWord(spelling)
  return kind === WordCode.Folded ? unmarkedWord(spelling) : parseWord(spelling)
}

/**
 * Core romanisation loop, shared with the slug functions: the romanised text
 * as its space-separated parts (`parts.join(' ')` is the text), so that a slug
 * can join them with hyphens without another pass. Stops early once the text
 * is longer than `limit` characters.
 */
export function romanise(input: string, opts: ResolvedTransliterateOptions, limit = Number.POSITIVE_INFINITY): string[] {
  // Digits and Arabic punctuation are read in their Latin forms (as if folded first: ١٥ joins a Latin run as 15).
  const text = normalizeArabic(input)
  const n = text.length
  const parts: string[] = []
  let out = '' // the part being written
  let written = 0 // length of the finished parts with a space after each
  let arabic = false // whether any Arabic is left after folding
  let suppressArticle = false
  let i = 0
  while (i < n && written + out.length <= limit) {
    const code = text.charCodeAt(i)
    let kind = wordCode(code)
    if (kind === WordCode.None) {
      // Not an Arabic word: a Latin run, a whitespace run or a single other code unit.
      let end = i + 1
      if (isLatinRunCode(code) || isFoldedDigit(code)) {
        let folded = isFoldedDigit(code)
        for (; end < n; end += 1) {
          const next = text.charCodeAt(end)
          if (isFoldedDigit(next)) folded = true
          else if (!isLatinRunCode(next)) break
        }
        out += folded ? foldedRun(text, i, end) : text.slice(i, end)
      } else if (isSpaceCode(code)) {
        while (end < n && isSpaceCode(text.charCodeAt(end))) end += 1
        parts.push(out)
        written += out.length + 1
        out = ''
      } else {
        const form = FOLDED_FORMS.get(code)
        if (form === undefined && isArabicAfterFolding(code)) arabic = true
        out += form ?? text.charAt(i)
      }
      i = end
      continue
    }
    arabic = true
    // An Arabic word; note on the way what its code units need.
    let end = i + 1
    for (let k = wordCode(text.charCodeAt(end)); k !== WordCode.None; k = wordCode(text.charCodeAt(end))) {
      if (k > kind) kind = k
      end += 1
    }
    const word = readWord(text.slice(i, end), kind)
    if (opts.lexicon) {
      const phrase = matchPhrase(text, end, word, opts)
      if (phrase !== undefined) {
        out += phrase.latin
        i = phrase.end
        suppressArticle = false
        continue
      }
    }
    const next = nextWordStart(text, end)
    const construct = next >= 0 && text.startsWith(ARTICLE, next)
    if (construct && opts.lexicon && word.bare === ABD) {
      // Compound names: عبد الناصر → abdel-nasser.
      out += 'abdel-'
      suppressArticle = true
      i = next // skip the space; the next word follows without its article
      continue
    }
    const alone = next < 0 && onlySpaces(text, end, n) && onlySpaces(text, 0, i)
    out += romaniseWord(word, construct, suppressArticle, opts, alone)
    suppressArticle = false
    i = end
  }
  if (!arabic && i < n) {
    // Stopped at the limit before any Arabic: text without Arabic is returned whole.
    for (let k = i; k < n && !arabic; k += 1) arabic = isArabicAfterFolding(text.charCodeAt(k))
    if (!arabic) return foldDigitsAndPunctuation(text).split(' ')
  }
  parts.push(out)
  return parts
}

/**
 * How many Arabic words of a text the lexicon covers (as a phrase, as the
 * whole word, or as the stem after proclitics). Used by the benchmark to
 * report the share of lexicon words in the evaluation set.
 *
 * @example
 * lexiconCoverage('وزير جديد للتنمية') // → { words: 3, inLexicon: 2 }
 */
export function lexiconCoverage(input: string): { words: number; inLexicon: number } {
  assertString(input)
  const opts = resolveTransliterateOptions({ sunLetters: false, lexicon: true })
  const text = foldDigitsAndPunctuation(normalizeArabic(input))
  let words = 0
  let inLexicon = 0
  for (let i = 0; i < text.length; ) {
    if (wordCode(text.charCodeAt(i)) === 0) {
      i += 1
      continue
    }
    const end = wordEnd(text, i)
    const word = parseWord(text.slice(i, end))
    const phrase = matchPhrase(text, end, word, opts)
    if (phrase !== undefined) {
      words += phrase.words
      inLexicon += phrase.words
      i = phrase.end
      continue
    }
    words += 1
    if (lexiconReading(word, procliticReadings(word.bare)) !== undefined) inLexicon += 1
    i = end
  }
  return { words, inLexicon }
}

/** The eight resolved option sets, by sunLetters × 4 + lexicon × 2 + names. */
const RESOLVED: readonly ResolvedTransliterateOptions[] = Array.from({ length: 8 }, (_, i) =>
  Object.freeze({ sunLetters: (i & 4) !== 0, lexicon: (i & 2) !== 0, names: (i & 1) !== 0 }),
)

/** Resolves {@link TransliterateOptions} to their defaults. */
export function resolveTransliterateOptions(options: TransliterateOptions | undefined): ResolvedTransliterateOptions {
  const sunLetters = options?.sunLetters === true
  const lexicon = options?.lexicon !== false
  const names = options?.names !== false
  return RESOLVED[(sunLetters ? 4 : 0) + (lexicon ? 2 : 0) + (names ? 1 : 0)] ?? { sunLetters, lexicon, names }
}

/**
 * Romanises Arabic text into readable Latin (spaces kept; clitics joined with
 * hyphens). Latin passages and digits pass through; Arabic-Indic digits become
 * ASCII.
 *
 * @example
 * transliterate('وزير الخارجية الصيني') // → 'wazir al-kharijiya al-sini'
 * transliterate('الشمس', { sunLetters: true }) // → 'ash-shams'
 * transliterate('كوفيد-19') // → 'covid-19'
 */
export function transliterate(input: string, options?: TransliterateOptions): string {
  assertString(input)
  return romanise(input, resolveTransliterateOptions(options)).join(' ')
}
