/**
 * Storage normalisation for Arabic text, digit folding and bidi helpers.
 */
import { assertString, stripLoneSurrogates } from './guards'
import { DIGITS } from './tables/letters'

/** Options of {@link normalizeArabic}. */
export interface NormalizeOptions {
  /** Keep line breaks (at most one blank line in a row) and the LRM/RLM/ALM marks. Default `false`. */
  multiline?: boolean
}

/**
 * Bidirectional formatting characters: the implicit marks (ALM U+061C,
 * LRM U+200E, RLM U+200F), the embeddings and overrides (U+202A–U+202E) and
 * the isolates (U+2066–U+2069).
 */
export const BIDI_CONTROLS: readonly string[] = Object.freeze([
  '\u061C', '\u200E', '\u200F',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
  '\u2066', '\u2067', '\u2068', '\u2069',
])

const BIDI_ANY = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const BIDI_EMBEDDINGS = /[\u202A-\u202E\u2066-\u2069]/g
const BIDI_ALL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const ZERO_WIDTH = /[\u200B\u200D\u2060\uFEFF\u180E]/g
const TATWEEL = /\u0640/g
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g
/** Anything the normalisation may have to change besides whitespace. */
const NEEDS_WORK = /[\u0640\u061C\u180E\u200B\u200D-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFB50-\uFDFF\uFE70-\uFEFF\uD800-\uDFFF]/
const DIGIT_CHARS = /[\u0660-\u066C\u06F0-\u06F9]/g
const SPACE_RUNS = /\s+/g
const LINE_SPACE_RUNS = /[^\S\n]+/g
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\v\f]/g
const BLANK_LINES = /\n{3,}/g
const ONLY_INVISIBLE = /^[\s\u200C]*$/
const EDGE_ZWNJ = /^\u200C+|\u200C+$/g

/**
 * Code units that normalisation leaves unchanged: 1 for a base character
 * (printable ASCII, Latin-1 and Latin Extended letters, Arabic letters, digits
 * and punctuation), 2 for a combining mark; 0 for anything that may need work
 * (whitespace, tatweel, bidi and zero-width characters, the hamza marks that
 * NFC composes with a preceding letter).
 */
const STABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x700)
  table.fill(1, 0x21, 0x7f)
  table.fill(1, 0xa1, 0x250)
  table.fill(1, 0x600, 0x700)
  for (const code of [0x061c, 0x0640, 0x0653, 0x0654, 0x0655]) table[code] = 0
  const marks: ReadonlyArray<readonly [number, number]> = [
    [0x0610, 0x061a], [0x064b, 0x0652], [0x0656, 0x065f], [0x0670, 0x0670],
    [0x06d6, 0x06dc], [0x06df, 0x06e4], [0x06e7, 0x06e8], [0x06ea, 0x06ed],
  ]
  for (const [from, to] of marks) table.fill(2, from, to + 1)
  return table
})()

/**
 * Whether {@link normalizeArabic} would return the text unchanged: every code
 * unit is {@link STABLE}, spaces are single and inside the text, and no two
 * combining marks follow each other (so NFC has nothing to reorder or compose).
 */
function isNormalised(text: string): boolean {
  const n = text.length
  if (n === 0) return true
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false
  let previous = 0
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i)
    let kind: number
    if (code === 0x20) kind = previous === 3 ? 0 : 3
    else if (code < 0x700) kind = STABLE[code] ?? 0
    else kind = code >= 0x2010 && code <= 0x205e && (code < 0x2028 || code > 0x202f) ? 1 : 0
    if (kind === 0 || (kind === 2 && previous === 2)) return false
    previous = kind
  }
  return true
}

/** Folds one presentation-form character to its base letters (NFKC on that char only). */
function foldPresentationForm(ch: string): string {
  const folded = ch.normalize('NFKC')
  // The isolated harakat forms (U+FE70–FE7F) decompose to «space + mark»: keep the mark.
  return folded.length > 1 && folded.charCodeAt(0) === 0x20 ? folded.slice(1) : folded
}

/** Step: remove invisible characters that carry no meaning in stored text. */
function stripInvisibles(text: string, multiline: boolean): string {
  return text.replace(ZERO_WIDTH, '').replace(multiline ? BIDI_EMBEDDINGS : BIDI_ALL, '')
}

/** Step: collapse whitespace (per line in multiline mode). */
function collapseWhitespace(text: string, multiline: boolean): string {
  if (!multiline) return text.replace(SPACE_RUNS, ' ').trim()
  return text
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => line.replace(LINE_SPACE_RUNS, ' ').trim())
    .join('\n')
    .replace(BLANK_LINES, '\n\n')
    .trim()
}

/**
 * Normalises Arabic text for storage: NFC; tatweel removed; presentation forms
 * folded to base letters; bidi embeddings, overrides and isolates removed (and
 * the LRM/RLM/ALM marks too in single-line mode); zero-width characters removed
 * except ZWNJ; whitespace collapsed. Harakat and spelling are kept.
 *
 * @example
 * normalizeArabic('  الـــسلام\u200F  عليكم ') // → 'السلام عليكم'
 * normalizeArabic('ﻻ') // → 'لا'
 * normalizeArabic('سطر١\n\n\n\nسطر٢', { multiline: true }) // → 'سطر١\n\nسطر٢'
 */
export function normalizeArabic(input: string, options: NormalizeOptions = {}): string {
  assertString(input)
  // Most titles are already in normal form; NFC and the regular expressions below would return them unchanged.
  if (isNormalised(input)) return input
  const multiline = options.multiline === true
  let text = input
  if (NEEDS_WORK.test(text)) {
    text = stripLoneSurrogates(text)
    text = stripInvisibles(text, multiline)
    text = text.replace(PRESENTATION_FORMS, foldPresentationForm)
    text = text.replace(TATWEEL, '')
  }
  text = collapseWhitespace(text.normalize('NFC'), multiline)
  if (ONLY_INVISIBLE.test(text)) return ''
  return text.replace(EDGE_ZWNJ, '')
}

/**
 * Converts Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII, and the
 * Arabic decimal (٫) and thousands (٬) separators to «.» and «,».
 *
 * @example
 * foldDigits('٢٠٢٤') // → '2024'
 * foldDigits('۳٫۵') // → '3.5'
 */
export function foldDigits(input: string): string {
  assertString(input)
  return input.replace(DIGIT_CHARS, (ch) => DIGITS.get(ch) ?? ch)
}

/**
 * Whether the text contains any of {@link BIDI_CONTROLS}.
 *
 * @example
 * hasBidiControls('abc\u202Edef') // → true
 * hasBidiControls('مرحبا') // → false
 */
export function hasBidiControls(input: string): boolean {
  assertString(input)
  return BIDI_ANY.test(input)
}
