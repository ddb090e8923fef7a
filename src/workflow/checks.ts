import { idOf } from './ids'
import { formatMessage } from '../messages'
import type { ArticleLike, DateInput, Problem } from './types'
import { toDate } from './dates'

const MAX_DEPTH = 64

function nodeHasText(node: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return false
  const { text, children } = node as { text?: unknown; children?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return Array.isArray(children) && children.some((child) => nodeHasText(child, depth + 1))
}

/**
 * `true` when a Lexical editor state contains visible text: `root.children`
 * holds at least one node with a non-blank `text` somewhere below it.
 * Accepts the editor state object or its JSON string; anything else (empty
 * paragraphs, whitespace only, malformed JSON, `null`) is `false`. Nodes nested
 * deeper than 64 levels are not looked at (real documents are far shallower).
 */
export function lexicalHasText(value: unknown): boolean {
  let state: unknown = value
  if (typeof state === 'string') {
    try {
      state = JSON.parse(state)
    } catch {
      return false
    }
  }
  if (typeof state !== 'object' || state === null) return false
  const root: unknown = (state as { root?: unknown }).root
  if (typeof root !== 'object' || root === null) return false
  const children: unknown = (root as { children?: unknown }).children
  return Array.isArray(children) && children.some((child) => nodeHasText(child, 1))
}

/**
 * The publication date to store when the article goes live: its existing
 * `publishedAt` when valid (a re-published article keeps its first date),
 * otherwise `now`. Always an ISO string.
 */
export function resolvePublishedAt(article: Pick<ArticleLike, 'publishedAt'>, now: DateInput): string {
  const existing = toDate(article.publishedAt)
  if (existing) return existing.toISOString()
  const fallback = toDate(now)
  if (!fallback) throw new RangeError('resolvePublishedAt: `now` is not a valid date')
  return fallback.toISOString()
}

/**
 * The alt text of the featured image: `alt` of a populated image, otherwise
 * `featuredImageAlt` (the caller looks it up when only the id is stored).
 */
function featuredAlt(article: ArticleLike, featuredImageAlt: string | null | undefined): string {
  const image = article.featuredImage
  if (typeof image === 'object' && image !== null && typeof image.alt === 'string' && image.alt.trim() !== '') {
    return image.alt.trim()
  }
  return typeof featuredImageAlt === 'string' ? featuredImageAlt.trim() : ''
}

function hasFeaturedImage(article: ArticleLike): boolean {
  const image = article.featuredImage
  if (image === null || image === undefined) return false
  if (typeof image === 'object') return idOf(image.id ?? null) !== null || 'alt' in image
  return idOf(image) !== null
}

/**
 * What keeps an article from going live. An empty list means it may be
 * published. Checked, in this order, with the field path of each problem:
 *
 * - `section`: a section is set;
 * - `body`: the Lexical body has visible text (`lexicalHasText`);
 * - `featuredImage`: a featured image is set and has non-blank alt text, read
 *   from the populated image or from `featuredImageAlt` when only an id is stored;
 * - `slug`: a non-blank slug;
 * - `publishedAt`: a valid date. `decideTransition` checks the article with
 *   `publishedAt` already filled by `resolvePublishedAt`, so this problem only
 *   appears when `publishChecks` is called directly (e.g. for a readiness badge).
 */
export function publishChecks(article: ArticleLike, featuredImageAlt?: string | null): Problem[] {
  const problems: Problem[] = []
  if (idOf(article.section) === null) {
    problems.push({ path: 'section', message: formatMessage('section-required') })
  }
  if (!lexicalHasText(article.body)) {
    problems.push({ path: 'body', message: formatMessage('body-required') })
  }
  if (!hasFeaturedImage(article)) {
    problems.push({ path: 'featuredImage', message: formatMessage('featured-image-required') })
  } else if (featuredAlt(article, featuredImageAlt) === '') {
    problems.push({ path: 'featuredImage', message: formatMessage('featured-image-alt-required') })
  }
  if (typeof article.slug !== 'string' || article.slug.trim() === '') {
    problems.push({ path: 'slug', message: formatMessage('slug-required') })
  }
  if (toDate(article.publishedAt) === null) {
    problems.push({ path: 'publishedAt', message: formatMessage('published-at-required') })
  }
  return problems
}
