/**
 * Arabic-script slugs for Arabic-language URLs.
 */
import { assertString } from './guards'
import { foldDigits, normalizeArabic } from './normalize'
import { cutAtWordBoundary, resolveMaxLength, slugify } from './slugify'
import type { SlugifyOptions } from './slugify'

/** Options of {@link arabicSlug}. */
export interface ArabicSlugOptions extends SlugifyOptions {}

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g
const WORD = /\p{Script=Arabic}+|[a-z0-9]+/gu
const ARABIC_LETTER = /^\p{Script=Arabic}/u
const NON_LETTER_ARABIC = /[^\p{L}\p{N}]/gu

const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/g

/** Step: harakat and tatweel go; Latin is lower-cased and loses its accents (é → e). Arabic letters are kept as written (إ stays إ). */
function cleanArabic(input: string): string {
  const text = foldDigits(normalizeArabic(input)).replace(HARAKAT, '').toLowerCase()
  return text.replace(LATIN_WITH_MARKS, (ch) => ch.normalize('NFKD').replace(/\p{M}/gu, ''))
}

/** Step: drop Latin or digit words at either end (RFC 3987 §4.2: an RTL path segment starts and ends with RTL characters). */
function trimNonArabicEdges(words: string[]): string[] {
  let start = 0
  let end = words.length
  while (start < end && !ARABIC_LETTER.test(words[start] ?? '')) start += 1
  while (end > start && !ARABIC_LETTER.test(words[end - 1] ?? '')) end -= 1
  return words.slice(start, end)
}

/**
 * Canonical Arabic slug: normalised Arabic letters without harakat or
 * tatweel, words joined by hyphens, no punctuation. A slug with Arabic in it
 * starts and ends with an Arabic word (edge Latin/digit words are dropped);
 * text without Arabic letters falls back to {@link slugify}.
 *
 * @example
 * arabicSlug('وزير الخارجية الصيني!') // → 'وزير-الخارجية-الصيني'
 * arabicSlug('2024 عام الانتخابات') // → 'عام-الانتخابات'
 * arabicSlug('Hello world') // → 'hello-world'
 */
export function arabicSlug(input: string, options?: ArabicSlugOptions): string {
  assertString(input)
  const max = resolveMaxLength(options?.maxLength)
  const text = cleanArabic(input)
  const words: string[] = []
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(NON_LETTER_ARABIC, '')
    if (word !== '') words.push(word)
  }
  if (!words.some((w) => ARABIC_LETTER.test(w))) return slugify(input, options)
  const kept = trimNonArabicEdges(words)
  let slug = cutAtWordBoundary(kept.join('-'), max)
  // The cut may have left a Latin word at the end.
  slug = trimNonArabicEdges(slug.split('-')).join('-')
  return slug === '' ? slugify(input, options) : slug
}
