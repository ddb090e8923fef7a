/**
 * Readable romanisation of Arabic text.
 *
 * Processing, per call: normalize → tokenise → (per Arabic word) lexicon →
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
import { LEXICON } from './tables/lexicon'
import { VOWEL_TEMPLATES } from './tables/patterns'

/** Options of {@link transliterate}. */
export interface TransliterateOptions {
  /** Assimilate the article before sun letters («الشمس» → ash-shams). Default `false` (al-shams). */
  sunLetters?: boolean
  /** Use the curated lexicon of names and news words. Default `true`; `false` leaves the letter rules only. */
  lexicon?: boolean
}

/** Options after defaults, shared with the slug functions. */
export interface ResolvedTransliterateOptions {
  readonly sunLetters: boolean
  readonly lexicon: boolean
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

interface LexiconIndex {
  /** Single words by their exact spelling (harakat removed). */
  readonly exact: ReadonlyMap<string, string>
  /** Single words by folded key; on a clash the earlier section wins. */
  readonly words: ReadonlyMap<string, string>
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
  for (const [key, value] of LEXICON) {
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
  return { exact, words, phrases, phraseStarts, maxPhraseWords }
}

const INDEX = buildLexiconIndex()

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

const ARABIC_RUN = '[\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06EF\\u06FA-\\u06FF]+'
const LATIN_RUN = '[A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF]+'
const TOKEN = new RegExp(`(${ARABIC_RUN})|(${LATIN_RUN})|(\\s+)|([^\\s])`, 'g')
const HAS_ARABIC = /[\u0600-\u06FF]/
const DIGIT_OR_PUNCT = /[\u060C\u061B\u061F\u0660-\u066C\u06D4\u06F0-\u06F9\u00AB\u00BB]/g
const VERB_OR_NOUN_PREFIX = /^[\u064A\u062A\u0646\u0623\u0625\u0627\u0645]/ // ي ت ن أ إ ا م
const PREPOSITION_STEM_START = /^[\u064A\u062A\u0645\u0625]/ // ي ت م إ

// ---------------------------------------------------------------------------
// Tokenising

const enum Kind {
  Arabic,
  Latin,
  Space,
  Other,
}

interface Token {
  readonly kind: Kind
  readonly text: string
}

/** Step: split normalised text into Arabic words, Latin runs, spaces and single other characters. */
function tokenise(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const kind = m[1] !== undefined ? Kind.Arabic : m[2] !== undefined ? Kind.Latin : m[3] !== undefined ? Kind.Space : Kind.Other
    tokens.push({ kind, text: m[0] })
  }
  return tokens
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

/** Whether a word has no marks and no letter that folding or variant mapping would change. */
function isPlainWord(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    const offset = code - 0x600
    if (offset < 0 || offset >= 256 || isMark(code) || FOLD_TABLE[offset] !== 0) return false
  }
  return true
}

/** Step: split an Arabic run into letters and marks and build its look-up key, in one pass. */
function parseWord(text: string): Word {
  if (isPlainWord(text)) return { bare: text, marks: undefined, key: text, vowelMarks: 0 }
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

/** How a word opens: conjunction, preposition and article, and how many letters they take. */
interface Proclitics {
  readonly conjunction: string | undefined
  readonly preposition: string | undefined
  readonly article: boolean
  /** Letters taken by the proclitics. */
  readonly length: number
  /** First letter of the stem (for sun-letter assimilation). */
  readonly stemStart: string
}

/** Letters a proclitic or the article can start with: و ف ب ل ك ا. */
const PROCLITIC_START: ReadonlySet<string> = new Set([...CONJUNCTIONS.keys(), ...PREPOSITIONS.keys(), ALEF])

const NO_PROCLITICS: Proclitics = { conjunction: undefined, preposition: undefined, article: false, length: 0, stemStart: '' }

/**
 * Step: every way the front of the word can be read as proclitics, most
 * specific first (e.g. «وبالعلاقات»: و+ب+ال, then و+ب, then و). Each reading
 * leaves a stem of at least two letters.
 */
function procliticReadings(bare: string): Proclitics[] {
  const readings: Proclitics[] = []
  const n = bare.length
  if (!PROCLITIC_START.has(bare[0] ?? '')) return readings
  const conj = CONJUNCTIONS.has(bare[0] ?? '') ? bare[0] : undefined
  for (const c of conj === undefined ? [undefined] : [conj, undefined]) {
    const i = c === undefined ? 0 : 1
    const p = PREPOSITIONS.has(bare[i] ?? '') ? bare[i] : undefined
    for (const prep of p === undefined ? [undefined] : [p, undefined]) {
      const j = prep === undefined ? i : i + 1
      // The article: «ال», or «ل» alone after the preposition ل («للتعاون» = ل + ال + تعاون).
      let articleLength = 0
      if (bare.startsWith(ARTICLE, j)) articleLength = 2
      else if (prep === LAM && bare[j] === LAM) articleLength = 1
      if (articleLength > 0 && n - j - articleLength >= 2) {
        readings.push({ conjunction: c, preposition: prep, article: true, length: j + articleLength, stemStart: bare[j + articleLength] ?? '' })
      }
      if (j > 0 && n - j >= 2) {
        readings.push({ conjunction: c, preposition: prep, article: false, length: j, stemStart: bare[j] ?? '' })
      }
    }
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
    const rest = bare.slice(r.length)
    if (rest.length < 3) continue
    if (r.preposition === undefined && r.conjunction === WAW && VERB_OR_NOUN_PREFIX.test(rest)) return r
    if (r.preposition === undefined || r.preposition === '\u0643') continue
    // ب/ل before a verb, participle or maṣdar; before a bare alef only ب, and only a long maṣdar
    // (بارتفاع → bi-irtifa), since لا… and short با… words are usually one word (لاعب، بارز).
    if (PREPOSITION_STEM_START.test(rest)) return r
    if (r.preposition === '\u0628' && rest[0] === ALEF && rest.length >= 5) return r
  }
  return NO_PROCLITICS
}

/** The article before a stem: al-, or assimilated (as-, ash-, …) before a sun letter when asked. */
function articleLatin(stemStart: string, opts: ResolvedTransliterateOptions): string {
  if (opts.sunLetters && SUN_LETTERS.has(stemStart)) return `a${CONSONANTS.get(stemStart) ?? 'l'}`
  return 'al'
}

/** Step: the Latin parts of the proclitics («wa», «bil», «wa-al» …). */
function procliticParts(p: Proclitics, opts: ResolvedTransliterateOptions, suppressArticle: boolean): string[] {
  const parts: string[] = []
  if (p.conjunction !== undefined) parts.push(CONJUNCTIONS.get(p.conjunction) ?? '')
  const prep = p.preposition === undefined ? undefined : (PREPOSITIONS.get(p.preposition) ?? '')
  if (p.article && !suppressArticle) {
    const article = articleLatin(p.stemStart, opts)
    // bi + al → bil, li + al → lil, ka + al → kal; with assimilation li + at → lit.
    parts.push(prep === undefined ? article : `${prep}${article.slice(1)}`)
  } else if (prep !== undefined) {
    parts.push(prep)
  }
  return parts
}

/** Look-up by exact spelling first (إن ≠ أن, على ≠ علي), then by folded key (احمد → أحمد). */
function lookUp(exact: string, folded: string): string | undefined {
  return INDEX.exact.get(exact) ?? INDEX.words.get(folded)
}

/** Step: a lexicon hit for the word itself or for its stem after proclitics. */
function lexiconReading(word: Word, readings: readonly Proclitics[]): { p: Proclitics; value: string } | undefined {
  const key = word.key
  const whole = lookUp(word.bare, key)
  if (whole !== undefined) {
    // «الصين» → al-sin: keep the article separate so that sun-letter assimilation applies (as-sin).
    if (whole.startsWith('al-') && key.startsWith(ARTICLE) && key.length > 2) {
      return { p: { ...NO_PROCLITICS, article: true, length: 2, stemStart: word.bare[2] ?? '' }, value: whole.slice(3) }
    }
    return { p: NO_PROCLITICS, value: whole }
  }
  for (const p of readings) {
    const rest = key.slice(p.length)
    const exactRest = word.bare.slice(p.length)
    if (p.article) {
      const withArticle = lookUp(ARTICLE + exactRest, ARTICLE + rest)
      if (withArticle !== undefined) return { p, value: withArticle.startsWith('al-') ? withArticle.slice(3) : withArticle }
      const bareStem = lookUp(exactRest, rest)
      if (bareStem !== undefined) return { p, value: bareStem }
    } else {
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

interface StemToken {
  readonly type: T
  /** Skeleton letter: C A U I E M T Y S X. */
  readonly symbol: string
  readonly latin: string
}

/** Step: split a known suffix off the stem. */
function splitSuffix(stem: string): { core: string; suffix: SuffixRule | undefined } {
  for (const [ending, rule] of SUFFIXES) {
    if (!stem.endsWith(ending) || stem.length - ending.length < rule.minStem) continue
    if (ending === HEH) {
      const before = stem[stem.length - 2]
      if (before === ALEF || before === WAW || before === YEH) continue
    }
    return { core: stem.slice(0, -ending.length), suffix: rule }
  }
  return { core: stem, suffix: undefined }
}

/** Vowel of a bare initial alef: i for the derived-verb maṣdars (ifti'al, istif'al …), else a. */
function initialAlefVowel(core: string, stemLength: number): string {
  return stemLength >= 6 || core[1] === TEH ? 'i' : 'a'
}

/** Step: the stem as skeleton tokens (consonants, long vowels, prefixes). */
function skeletonTokens(core: string, suffix: SuffixRule | undefined, stemLength: number): StemToken[] {
  const tokens: StemToken[] = []
  const n = core.length
  let i = 0
  const first = core[0] ?? ''
  if (first === ALEF || first === ALEF_HAMZA_ABOVE || first === ALEF_HAMZA_BELOW || first === ALEF_MADDA) {
    let vowel = first === ALEF_HAMZA_BELOW ? 'i' : first === ALEF ? initialAlefVowel(core, stemLength) : 'a'
    i = 1
    const next = core[1]
    // أو / إي before a consonant: the vowel is long (أوروبا → uruba), except in af'al plurals (أوضاع → awda').
    if ((next === WAW || next === YEH) && n > 3 && core[3] !== ALEF) {
      vowel = next === WAW ? 'u' : 'i'
      i = 2
    }
    tokens.push({ type: T.Vowel, symbol: 'E', latin: vowel })
  } else if (first === MEEM || first === TEH || first === YEH) {
    tokens.push({ type: T.Consonant, symbol: first === MEEM ? 'M' : first === TEH ? 'T' : 'Y', latin: CONSONANTS.get(first) ?? '' })
    i = 1
  }
  const prefixed = tokens.length > 0 && i === 1
  if (prefixed && n >= 5 && core[1] === SEEN && core[2] === TEH) {
    tokens.push({ type: T.Consonant, symbol: 'S', latin: 's' }, { type: T.Consonant, symbol: 'X', latin: 't' })
    i = 3
  } else if (prefixed && n >= 4 && core[1] === TEH) {
    tokens.push({ type: T.Consonant, symbol: 'X', latin: 't' })
    i = 2
  }
  const diphthong = n === 3 && suffix?.nisba !== true
  for (; i < n; i += 1) {
    const ch = core[i] ?? ''
    if (ch === ALEF || ch === ALEF_MAQSURA) {
      tokens.push({ type: T.Vowel, symbol: 'A', latin: 'a' })
    } else if (ch === ALEF_MADDA) {
      tokens.push({ type: T.Consonant, symbol: 'C', latin: '' }, { type: T.Vowel, symbol: 'A', latin: 'a' })
    } else if (ch === WAW || ch === YEH) {
      const prev = core[i - 1]
      const next = core[i + 1]
      const consonantal = i === 0 || next === ALEF || prev === ALEF || next === ch || (diphthong && i === 1) || tokens.at(-1)?.type === T.Vowel
      if (consonantal) tokens.push({ type: T.Consonant, symbol: 'C', latin: ch === WAW ? 'w' : 'y' })
      else tokens.push({ type: T.Vowel, symbol: ch === WAW ? 'U' : 'I', latin: ch === WAW ? 'u' : 'i' })
    } else {
      tokens.push({ type: T.Consonant, symbol: 'C', latin: CONSONANTS.get(ch) ?? '' })
    }
  }
  return tokens
}

/** Step: rewrite the skeleton with a vowel template. */
function applyTemplate(template: string, tokens: readonly StemToken[]): string {
  let out = ''
  let t = 0
  let lastConsonant = ''
  for (const ch of template) {
    if (ch === ':') {
      out += lastConsonant
    } else if (ch >= 'A' && ch <= 'Z') {
      const token = tokens[t]
      t += 1
      if (token === undefined) continue
      out += token.latin
      if (token.type === T.Consonant) lastConsonant = token.latin
    } else {
      out += ch
    }
  }
  return out
}

/**
 * Step: generic vowel guess when no template fits: a short «a» breaks a
 * word-initial pair of consonants and any run of three.
 */
function genericVowels(tokens: readonly StemToken[]): string {
  let out = ''
  let openCluster = false
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]
    if (token === undefined) break
    out += token.latin
    if (token.type === T.Vowel) {
      openCluster = false
      continue
    }
    const next = tokens[k + 1]
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

/** Romanises an unvocalised stem with the suffix and template rules. */
function romaniseBareStem(stem: string, construct: boolean): string {
  const { core, suffix } = splitSuffix(stem)
  const tokens = skeletonTokens(core, suffix, stem.length)
  let key = ''
  for (const token of tokens) key += token.symbol
  const template = (suffix !== undefined ? VOWEL_TEMPLATES.get(`${key}+`) : undefined) ?? VOWEL_TEMPLATES.get(key)
  const body = template !== undefined ? applyTemplate(template, tokens) : genericVowels(tokens)
  let ending = suffix?.latin ?? ''
  if (construct && stem.endsWith(TEH_MARBUTA)) ending += 't'
  return body + ending
}

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
function romaniseWord(word: Word, construct: boolean, suppressArticle: boolean, opts: ResolvedTransliterateOptions): string {
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
    const letters = word.bare.slice(p.length)
    const vocalised = word.marks !== undefined && word.vowelMarks * 2 >= letters.length - 1
    const isConstruct = construct && !p.article
    stemLatin = vocalised
      ? romaniseVocalisedStem(letters, word.marks?.slice(p.length) ?? [], isConstruct, p.article)
      : romaniseBareStem(letters, isConstruct)
  }
  if (p === NO_PROCLITICS) return stemLatin
  const parts = procliticParts(p, opts, suppressArticle)
  if (stemLatin !== '') parts.push(stemLatin)
  return parts.join('-')
}

/** Step: map digits and Arabic punctuation to their Latin forms. */
function foldDigitsAndPunctuation(text: string): string {
  return text.replace(DIGIT_OR_PUNCT, (ch) => DIGITS.get(ch) ?? PUNCTUATION.get(ch) ?? ch)
}

/** Index of the next Arabic token after a single space, if any. */
function nextArabic(tokens: readonly Token[], i: number): number {
  const space = tokens[i + 1]
  const word = tokens[i + 2]
  return space?.kind === Kind.Space && word?.kind === Kind.Arabic ? i + 2 : -1
}

/** Step: longest lexicon phrase starting at token `i`; returns its Latin and the last token used. */
function matchPhrase(tokens: readonly Token[], i: number, first: Word, opts: ResolvedTransliterateOptions): { latin: string; end: number } | undefined {
  if (!PHRASE_TRIGGERS.has(first.key)) return undefined
  const firstKey = first.key
  const readings = [NO_PROCLITICS, ...procliticReadings(first.bare)]
  for (const p of readings) {
    const head = p.article ? ARTICLE + firstKey.slice(p.length) : firstKey.slice(p.length)
    if (!INDEX.phraseStarts.has(head)) continue
    // Collect up to maxPhraseWords following words.
    const keys = [head]
    const ends = [i]
    for (let j = i, w = 1; w < INDEX.maxPhraseWords; w += 1) {
      j = nextArabic(tokens, j)
      if (j < 0) break
      keys.push(lexiconKey(tokens[j]?.text ?? ''))
      ends.push(j)
    }
    for (let len = keys.length; len >= 2; len -= 1) {
      const value = INDEX.phrases.get(keys.slice(0, len).join(' '))
      if (value === undefined) continue
      const ownArticle = !p.article && value.startsWith('al-') && head.startsWith(ARTICLE)
      const reading: Proclitics = ownArticle ? { ...NO_PROCLITICS, article: true, length: 2, stemStart: first.bare[2] ?? '' } : p
      const stem = reading.article && value.startsWith('al-') ? value.slice(3) : value
      const parts = procliticParts(reading, opts, false)
      parts.push(stem)
      return { latin: parts.join('-'), end: ends[len - 1] ?? i }
    }
  }
  return undefined
}

/**
 * Core romanisation loop, shared with the slug functions. Stops early once
 * the output is longer than `limit` characters.
 */
export function romanise(input: string, opts: ResolvedTransliterateOptions, limit = Number.POSITIVE_INFINITY): string {
  const text = foldDigitsAndPunctuation(normalizeArabic(input))
  if (!HAS_ARABIC.test(text)) return text
  const tokens = tokenise(text)
  let out = ''
  let suppressArticle = false
  for (let i = 0; i < tokens.length && out.length <= limit; i += 1) {
    const token = tokens[i]
    if (token === undefined) break
    if (token.kind !== Kind.Arabic) {
      out += token.kind === Kind.Space ? ' ' : token.text
      continue
    }
    const word = parseWord(token.text)
    if (opts.lexicon) {
      const phrase = matchPhrase(tokens, i, word, opts)
      if (phrase !== undefined) {
        out += phrase.latin
        i = phrase.end
        suppressArticle = false
        continue
      }
    }
    const next = nextArabic(tokens, i)
    const nextText = next >= 0 ? (tokens[next]?.text ?? '') : ''
    const construct = nextText.startsWith(ARTICLE)
    if (word.bare === ABD && construct && opts.lexicon) {
      // Compound names: عبد الناصر → abdel-nasser.
      out += 'abdel-'
      suppressArticle = true
      i += 1 // skip the space; the next word follows without its article
      continue
    }
    out += romaniseWord(word, construct, suppressArticle, opts)
    suppressArticle = false
  }
  return out
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
  const opts: ResolvedTransliterateOptions = { sunLetters: false, lexicon: true }
  const tokens = tokenise(foldDigitsAndPunctuation(normalizeArabic(input)))
  let words = 0
  let inLexicon = 0
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]
    if (token?.kind !== Kind.Arabic) continue
    const word = parseWord(token.text)
    const phrase = matchPhrase(tokens, i, word, opts)
    if (phrase !== undefined) {
      const covered = tokens.slice(i, phrase.end + 1).filter((t) => t.kind === Kind.Arabic).length
      words += covered
      inLexicon += covered
      i = phrase.end
      continue
    }
    words += 1
    if (lexiconReading(word, procliticReadings(word.bare)) !== undefined) inLexicon += 1
  }
  return { words, inLexicon }
}

/** Resolves {@link TransliterateOptions} to their defaults. */
export function resolveTransliterateOptions(options: TransliterateOptions | undefined): ResolvedTransliterateOptions {
  return { sunLetters: options?.sunLetters === true, lexicon: options?.lexicon !== false }
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
  return romanise(input, resolveTransliterateOptions(options))
}
