import {
  DEFAULT_FRONTEND_CACHE,
  DEFAULT_FRONTEND_DEFAULT_LIMIT,
  DEFAULT_FRONTEND_FEED_SIZE,
  DEFAULT_FRONTEND_MAX_DEPTH,
  DEFAULT_FRONTEND_MAX_LIMIT,
  DEFAULT_FRONTEND_NEWS_SITEMAP_HOURS,
  DEFAULT_FRONTEND_PREVIEW_TTL_SECONDS,
  DEFAULT_FRONTEND_SITE_NAME,
  DEFAULT_FRONTEND_SITE_URL,
  DEFAULT_FRONTEND_SITEMAP_PART_SIZE,
} from '../defaults'

/** `Cache-Control` of the frontend API's answers, in seconds. */
export type FrontendCacheOptions = {
  /** Browsers' freshness. @default 60 */
  maxAge?: number
  /** Shared caches' (CDN) freshness. @default 300 */
  sMaxAge?: number
  /** How long a stale answer may be served while a fresh one is fetched. @default 600 */
  staleWhileRevalidate?: number
  /**
   * How long the server keeps an answer in memory. Changes made through this server process empty the
   * memory at once; the lifetime bounds how long a change made by another process can go unseen.
   * `0` turns the memory off. @default 1
   */
  memorySeconds?: number
}

/** Options of the frontend API: published news by slug, by section, by search, as feeds. */
export type FrontendOptions = {
  /**
   * The public site's origin, used for absolute links in feeds, sitemaps and `url` fields.
   * @default 'http://localhost:3000'
   */
  siteUrl?: string
  /** The site's name, the title of the feeds. @default 'غرفة الأخبار' */
  siteName?: string
  /** The path of an article on the site. @default (slug) => `/articles/${slug}` */
  articlePath?: (slug: string) => string
  /** The path of a section on the site. @default (slug) => `/sections/${slug}` */
  sectionPath?: (slug: string) => string
  /** The largest `limit` any list accepts, Payload's own REST and GraphQL lists included. @default 100 */
  maxLimit?: number
  /** The page size when a list request names none. @default 10 */
  defaultLimit?: number
  /** The largest `depth` a REST or GraphQL request of articles may ask for. @default 2 */
  maxDepth?: number
  /** `Cache-Control` lifetimes. @default { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600 } */
  cache?: FrontendCacheOptions
  /** Items in an RSS or JSON feed. @default 50 */
  feedSize?: number
  /** URLs per sitemap file; past this the sitemap becomes an index of parts. @default 50000 */
  sitemapPartSize?: number
  /** How far back the Google News sitemap reaches, in hours. @default 48 */
  newsSitemapHours?: number
  /**
   * The frontend's preview page. When set, the admin's preview button opens
   * `<previewUrl>?token=<signed token>` and the frontend reads the draft from `/api/articles/preview/:token`.
   * @default undefined (no preview button)
   */
  previewUrl?: string
  /** How long a preview token stays valid, in seconds. @default 3600 */
  previewTokenTtl?: number
}

export type ResolvedFrontendOptions = {
  siteUrl: string
  siteName: string
  articlePath: (slug: string) => string
  sectionPath: (slug: string) => string
  maxLimit: number
  defaultLimit: number
  maxDepth: number
  cache: Required<FrontendCacheOptions>
  feedSize: number
  sitemapPartSize: number
  newsSitemapHours: number
  previewUrl: string | null
  previewTokenTtl: number
}

function positiveInteger(name: string, value: number | undefined, fallback: number, { allowZero = false } = {}): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`[payload-newsroom] frontend.${name} must be a ${allowZero ? 'non-negative' : 'positive'} whole number; got ${String(value)}.`)
  }
  return value
}

function absoluteUrl(name: string, value: string): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return url.toString().replace(/\/+$/, '')
  } catch {
    throw new Error(`[payload-newsroom] frontend.${name} must be an absolute http(s) URL such as "https://news.example"; got "${value}".`)
  }
}

/** Applies the frontend API's defaults and checks its options at start-up. */
export function resolveFrontendOptions(options: FrontendOptions = {}): ResolvedFrontendOptions {
  const maxLimit = positiveInteger('maxLimit', options.maxLimit, DEFAULT_FRONTEND_MAX_LIMIT)
  const defaultLimit = positiveInteger('defaultLimit', options.defaultLimit, Math.min(DEFAULT_FRONTEND_DEFAULT_LIMIT, maxLimit))
  if (defaultLimit > maxLimit) {
    throw new Error(`[payload-newsroom] frontend.defaultLimit (${defaultLimit}) must not exceed frontend.maxLimit (${maxLimit}).`)
  }
  return {
    siteUrl: absoluteUrl('siteUrl', options.siteUrl ?? DEFAULT_FRONTEND_SITE_URL),
    siteName: options.siteName ?? DEFAULT_FRONTEND_SITE_NAME,
    articlePath: options.articlePath ?? ((slug) => `/articles/${encodeURIComponent(slug)}`),
    sectionPath: options.sectionPath ?? ((slug) => `/sections/${encodeURIComponent(slug)}`),
    maxLimit,
    defaultLimit,
    maxDepth: positiveInteger('maxDepth', options.maxDepth, DEFAULT_FRONTEND_MAX_DEPTH, { allowZero: true }),
    cache: {
      maxAge: positiveInteger('cache.maxAge', options.cache?.maxAge, DEFAULT_FRONTEND_CACHE.maxAge, { allowZero: true }),
      sMaxAge: positiveInteger('cache.sMaxAge', options.cache?.sMaxAge, DEFAULT_FRONTEND_CACHE.sMaxAge, { allowZero: true }),
      staleWhileRevalidate: positiveInteger(
        'cache.staleWhileRevalidate',
        options.cache?.staleWhileRevalidate,
        DEFAULT_FRONTEND_CACHE.staleWhileRevalidate,
        { allowZero: true },
      ),
      memorySeconds: positiveInteger('cache.memorySeconds', options.cache?.memorySeconds, DEFAULT_FRONTEND_CACHE.memorySeconds, { allowZero: true }),
    },
    feedSize: positiveInteger('feedSize', options.feedSize, DEFAULT_FRONTEND_FEED_SIZE),
    sitemapPartSize: Math.min(positiveInteger('sitemapPartSize', options.sitemapPartSize, DEFAULT_FRONTEND_SITEMAP_PART_SIZE), 50_000),
    newsSitemapHours: positiveInteger('newsSitemapHours', options.newsSitemapHours, DEFAULT_FRONTEND_NEWS_SITEMAP_HOURS),
    previewUrl: options.previewUrl === undefined ? null : absoluteUrl('previewUrl', options.previewUrl),
    previewTokenTtl: positiveInteger('previewTokenTtl', options.previewTokenTtl, DEFAULT_FRONTEND_PREVIEW_TTL_SECONDS),
  }
}
