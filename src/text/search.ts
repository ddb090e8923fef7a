/**
 * Folding for Arabic-insensitive search.
 */
import { assertString } from './guards'
import { normalizeArabic } from './normalize'
import { DIGITS, SEARCH_FOLDS } from './tables/letters'

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g
const FOLDABLE = /[\u0622\u0623\u0624\u0625\u0626\u0629\u0649\u0671\u06A9\u06CC\u0660-\u066C\u06F0-\u06F9]/g
const ZWNJ = /\u200C/g

/** Step: one character → its search form (alef variants, ة, ى, hamza seats, digits). */
function foldChar(ch: string): string {
  return SEARCH_FOLDS.get(ch) ?? DIGITS.get(ch) ?? ch
}

/**
 * A key for Arabic-insensitive matching: the text normalised, harakat removed,
 * أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, digits to ASCII, Latin lower-cased
 * and whitespace collapsed.
 *
 * @example
 * searchKey('أحمد') === searchKey('احمد') // → true
 * searchKey('مَدْرَسَة ٣') // → 'مدرسه 3'
 */
export function searchKey(input: string): string {
  assertString(input)
  return normalizeArabic(input)
    .replace(HARAKAT, '')
    .replace(ZWNJ, '')
    .replace(FOLDABLE, foldChar)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Lexicon key: harakat and tatweel removed, then the same letter folds as
 * {@link searchKey}. Assumes already-normalised input; internal.
 */
export function lexiconKey(word: string): string {
  return word.replace(HARAKAT, '').replace(FOLDABLE, foldChar)
}
