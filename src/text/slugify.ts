/**
 * Latin URL slugs from Arabic (and mixed) text.
 */
import { assertString, stripLoneSurrogates } from './guards'
import { LATIN_SPECIALS } from './tables/letters'
import { resolveTransliterateOptions, romanise } from './transliterate'
import type { TransliterateOptions } from './transliterate'

/** Options of {@link slugify}. */
export interface SlugifyOptions extends TransliterateOptions {
  /** Longest slug, cut at a word boundary. Default 80. */
  maxLength?: number
}

/** What every slug matches. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const DEFAULT_MAX_LENGTH = 80

const COMBINING = /\p{M}/gu
const NEEDS_ASCII_FOLD = /[^\x00-\x7F]/
const APOSTROPHES = /['’ʼ`]/g
const NON_SLUG = /[^a-z0-9]+/g
const EDGE_HYPHENS = /^-+|-+$/g
const PLAIN_LATIN = /^[a-z0-9]+(?:[ -]+[a-z0-9]+)*$/
const SPACES_AND_HYPHENS = /[ -]+/g
const LATIN_SPECIAL = /[ßæÆœŒøØđĐłŁþÞðÐıħĦ]/g

/** Whether the text is a slug already: a–z and 0–9 in runs joined by single hyphens (like {@link SLUG_PATTERN}). */
function isSlug(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  let hyphen = true // as if one stood before the first character, so that none may open the text
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i)
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) hyphen = false
    else if (code === 0x2d && !hyphen) hyphen = true
    else return false
  }
  return !hyphen
}

/**
 * Step (fast path): the romanised parts joined with hyphens, when that fits in
 * `max` characters and is a slug already (so each part is one); `undefined`
 * otherwise.
 */
function joinSlugParts(parts: readonly string[], max: number): string | undefined {
  let length = parts.length - 1
  for (const part of parts) length += part.length
  if (length > max) return undefined
  const slug = parts.length === 1 ? (parts[0] ?? '') : parts.join('-')
  return isSlug(slug) ? slug : undefined
}

/** Step: the slug of romanised text — hyphens for separator runs when it is plain, else word by word. */
function slugFromLatin(latin: string, max: number): string {
  if (latin.length <= max && PLAIN_LATIN.test(latin)) return latin.replace(SPACES_AND_HYPHENS, '-')
  return joinWords(foldLatin(latin), max)
}

/** Validates and returns maxLength. */
export function resolveMaxLength(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LENGTH
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`maxLength must be a positive integer, got ${String(value)}`)
  return value
}

/** Step: Latin letters with diacritics → ASCII (é → e, ß → ss). */
function foldLatin(text: string): string {
  if (!NEEDS_ASCII_FOLD.test(text)) return text
  return text.replace(LATIN_SPECIAL, (ch) => LATIN_SPECIALS.get(ch) ?? ch).normalize('NFKD').replace(COMBINING, '')
}

/** Step: anything but a-z0-9 becomes a single hyphen; no hyphen at either end. */
function toSlugCharacters(text: string): string {
  return text.replace(APOSTROPHES, '').toLowerCase().replace(NON_SLUG, '-').replace(EDGE_HYPHENS, '')
}

/**
 * Step: cut a slug to `max` characters at a hyphen when there is one, so no
 * word is split; a single over-long word is cut hard.
 */
export function cutAtWordBoundary(slug: string, max: number, separator = '-'): string {
  if (slug.length <= max) return slug
  const head = slug.slice(0, max + 1)
  const at = head.lastIndexOf(separator)
  const cut = at > 0 ? slug.slice(0, at) : slug.slice(0, max)
  return cut.endsWith(separator) ? cut.slice(0, -separator.length) : cut
}

/**
 * Step: slug each space-separated word and join as many whole words as fit,
 * so a word with its clitics (wa-al-sin) is never split; a first word longer
 * than `max` is cut at one of its own hyphens.
 */
function joinWords(latin: string, max: number): string {
  let slug = ''
  for (const raw of latin.split(' ')) {
    const word = toSlugCharacters(raw)
    if (word === '') continue
    if (slug === '') {
      slug = cutAtWordBoundary(word, max)
      if (word.length > max) break
      continue
    }
    if (slug.length + 1 + word.length > max) break
    slug += `-${word}`
  }
  return slug
}

/**
 * Short deterministic fallback for text that yields no letters or digits:
 * «n-» and six hex digits of the FNV-1a hash of the text.
 *
 * @example
 * fallbackSlug('!!!') // → 'n-' + six hex digits, e.g. 'n-3f9a1c'
 */
export function fallbackSlug(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return `n-${((hash >>> 0) & 0xffffff).toString(16).padStart(6, '0')}`
}

/**
 * Arabic (or mixed) text → URL slug matching `^[a-z0-9]+(-[a-z0-9]+)*$`.
 * Romanised with {@link transliterate}, lower-cased, cut at a word boundary
 * (default 80 characters). Never empty for non-empty input; idempotent.
 *
 * @example
 * slugify('عرب وعالم') // → 'arab-wa-alam'
 * slugify('دار الهلال') // → 'dar-al-hilal'
 * slugify('iPhone ١٥') // → 'iphone-15'
 * slugify('؟!') // → 'n-' + six hex digits
 */
export function slugify(input: string, options?: SlugifyOptions): string {
  assertString(input)
  if (input.length === 0) return ''
  const max = resolveMaxLength(options?.maxLength)
  const opts = resolveTransliterateOptions(options)
  const parts = romanise(input, opts, max + 1)
  const slug = joinSlugParts(parts, max) ?? slugFromLatin(parts.join(' '), max)
  if (slug !== '') return slug
  return cutAtWordBoundary(fallbackSlug(stripLoneSurrogates(input)), max).replace(EDGE_HYPHENS, '') || 'n'
}
