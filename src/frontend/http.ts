/**
 * HTTP caching for the frontend API: entity tags, `Last-Modified`, conditional requests and
 * `Cache-Control`. Pure: Web `Headers` and `Response` in and out, nothing from Payload.
 */
import { createHash } from 'node:crypto'

export type CacheLifetimes = { maxAge: number; sMaxAge: number; staleWhileRevalidate: number }

/**
 * A strong entity tag for a response body: the same bytes give the same tag, any change gives another.
 *
 * @example etagOf('{"a":1}') // '"qG0Ah1bWm…"'
 */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** `public, max-age=60, s-maxage=300, stale-while-revalidate=600` */
export function cacheControl({ maxAge, sMaxAge, staleWhileRevalidate }: CacheLifetimes): string {
  return `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`
}

/** Private answers (drafts shown through a preview link) are never stored by a cache. */
export const PRIVATE_NO_STORE = 'private, no-store'

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** `If-None-Match` matches when it is `*` or lists the tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const wanted = opaque(etag)
  return header.split(',').some((tag) => opaque(tag) === wanted)
}

/** `If-Modified-Since` is satisfied when the resource has not changed since that second. */
export function notModifiedSince(header: string | null, lastModified: Date | null): boolean {
  if (!header || !lastModified) return false
  const since = Date.parse(header)
  if (Number.isNaN(since)) return false
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

export type CachedBody = {
  body: string
  contentType: string
  lastModified: Date | null
  cacheControl: string
  status?: number
  headers?: Record<string, string>
  /** The body's entity tag, when already computed. */
  etag?: string
}

/**
 * A 200 with `ETag`, `Last-Modified` and `Cache-Control`, or a bodiless 304 when the request's validators
 * match. `If-None-Match` takes precedence: `If-Modified-Since` is read only when there is none.
 */
export function conditionalResponse(requestHeaders: Headers, answer: CachedBody): Response {
  const etag = answer.etag ?? etagOf(answer.body)
  const headers = new Headers(answer.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', answer.cacheControl)
  headers.set('Vary', 'Accept-Encoding')
  if (answer.lastModified) headers.set('Last-Modified', answer.lastModified.toUTCString())
  const ifNoneMatch = requestHeaders.get('if-none-match')
  const fresh = ifNoneMatch
    ? matchesIfNoneMatch(ifNoneMatch, etag)
    : notModifiedSince(requestHeaders.get('if-modified-since'), answer.lastModified)
  if (fresh) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', answer.contentType)
  return new Response(answer.body, { status: answer.status ?? 200, headers })
}

/** The latest of some timestamps (ISO strings or dates); `null` when there is none. */
export function latest(...values: readonly (string | Date | null | undefined)[]): Date | null {
  let best: number | null = null
  for (const value of values) {
    if (!value) continue
    const time = value instanceof Date ? value.getTime() : Date.parse(value)
    if (!Number.isNaN(time) && (best === null || time > best)) best = time
  }
  return best === null ? null : new Date(best)
}
