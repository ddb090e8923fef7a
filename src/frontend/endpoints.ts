/**
 * The frontend API's endpoints: article by slug (and preview), section lists, search, feeds and
 * sitemaps. Anonymous, published content only, bilingual JSON errors, `ETag`/`Last-Modified`/304 and
 * `Cache-Control` on every answer.
 */
import type { Endpoint, PayloadHandler, PayloadRequest, Where } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { PublicArticle } from './article'

import { findSlugRow } from '../content/slugRegistry'
import { absolute, toPublicSection } from './article'
import { renderJsonFeed, renderNewsSitemap, renderRss, renderSitemap, renderSitemapIndex } from './feeds'
import type { CachedBody } from './http'

import { cacheControl, conditionalResponse, latest, PRIVATE_NO_STORE } from './http'
import { ARTICLE_DEPTH, findPublished, findSectionBySlug, lastChange, published, toPublicArticles } from './load'
import { FrontendError } from './errors'
import { toNinjs } from './ninjs'
import { parseFormat, parsePaging, parseSearchTerms } from './query'
import { responseCacheOf } from './responseCache'
import { verifyPreviewToken } from './token'

type Doc = Record<string, unknown>

const JSON_TYPE = 'application/json; charset=utf-8'

/** Runs a handler; a `FrontendError` becomes its 4xx answer. */
const handled =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof FrontendError) return error.toResponse()
      throw error
    }
  }

type Produce = (req: PayloadRequest) => Promise<CachedBody | Response>

/**
 * A GET answered from the in-memory cache when it holds the URL, else produced and stored; either way
 * with `ETag`, `Last-Modified`, `Cache-Control` and a 304 when the client's copy is current.
 * Redirects and errors are not stored.
 */
const served = (options: ResolvedNewsroomOptions, produce: Produce, { store = true } = {}): PayloadHandler =>
  handled(async (req) => {
    const cache = store ? responseCacheOf(req.payload, options.frontend.cache.memorySeconds * 1000) : null
    const key = req.url ?? ''
    const hit = cache?.get(key)
    if (hit) return conditionalResponse(req.headers, hit)
    const generation = cache?.generation ?? 0
    const answer = await produce(req)
    if (answer instanceof Response) return answer
    return conditionalResponse(req.headers, cache ? cache.set(key, answer, generation) : answer)
  })

const param = (req: PayloadRequest, name: string): string => {
  const value = req.routeParams?.[name]
  return typeof value === 'string' ? value : ''
}

const searchParamsOf = (req: PayloadRequest): URLSearchParams => req.searchParams ?? new URL(req.url ?? 'http://localhost').searchParams

function json(options: ResolvedNewsroomOptions, value: unknown, lastModified: Date | null): CachedBody {
  return { body: JSON.stringify(value), contentType: JSON_TYPE, lastModified, cacheControl: cacheControl(options.frontend.cache) }
}

function updatedOf(value: unknown): string | null {
  return value && typeof value === 'object' && typeof (value as Doc).updatedAt === 'string' ? ((value as Doc).updatedAt as string) : null
}

/** The newest change among an article and the documents shown with it. */
const articleModified = (doc: Doc) => latest(updatedOf(doc), updatedOf(doc.section), updatedOf(doc.source), updatedOf(doc.featuredImage))

function paginated(result: { totalDocs: number; page?: number; limit: number; totalPages: number; hasNextPage: boolean; hasPrevPage: boolean }, docs: unknown[]) {
  return {
    docs,
    totalDocs: result.totalDocs,
    page: result.page ?? 1,
    limit: result.limit,
    totalPages: result.totalPages,
    hasNextPage: result.hasNextPage,
    hasPrevPage: result.hasPrevPage,
  }
}

async function articleAnswer(req: PayloadRequest, options: ResolvedNewsroomOptions, doc: Doc, cache: string): Promise<CachedBody> {
  const format = parseFormat(searchParamsOf(req))
  const [article] = await toPublicArticles(req, options, [doc])
  const body = format === 'ninjs' ? toNinjs(article as PublicArticle, { firstCreated: typeof doc.createdAt === 'string' ? doc.createdAt : undefined }) : article
  return { body: JSON.stringify(body), contentType: JSON_TYPE, lastModified: articleModified(doc), cacheControl: cache }
}

/** `GET /api/<articles>/by-slug/:slug` — a published article; a former slug → 301 to the current one. */
export const articleBySlugEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/by-slug/:slug',
  method: 'get',
  handler: served(options, async (req) => {
    const requested = param(req, 'slug').trim()
    if (!requested) throw new FrontendError(404, 'article-not-found')
    parseFormat(searchParamsOf(req))
    const slugWhere: Where = options.slug.arabicSlug
      ? { or: [{ slug: { equals: requested } }, { slugAr: { equals: requested } }] }
      : { slug: { equals: requested } }
    const found = await findPublished(req, options, { where: slugWhere, limit: 1 })
    const doc = found.docs[0] as Doc | undefined
    if (doc) return articleAnswer(req, options, doc, cacheControl(options.frontend.cache))

    // A former slug that was once published: send the reader to where the article lives now.
    const row = await findSlugRow({ req, registry: options.slugs.slugHistory, collection: options.slugs.articles }, requested)
    if (row?.document && !row.current && row.published) {
      const current = await req.payload.find({
        collection: options.slugs.articles,
        where: published({ id: { equals: row.document } }),
        select: { slug: true },
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        req,
      })
      const slug = (current.docs[0] as Doc | undefined)?.slug
      if (typeof slug === 'string' && slug !== requested) {
        const search = searchParamsOf(req).toString()
        const location = `${req.payload.config.routes.api}/${options.slugs.articles}/by-slug/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`
        return new Response(null, {
          status: 301,
          headers: { Location: location, 'Cache-Control': cacheControl(options.frontend.cache) },
        })
      }
    }
    throw new FrontendError(404, 'article-not-found')
  }),
})

/** `GET /api/<articles>/preview/:token` — the draft a preview token names, exactly as by-slug shows it. */
export const articlePreviewEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/preview/:token',
  method: 'get',
  handler: served(
    options,
    async (req) => {
    const claims = verifyPreviewToken(req.payload.secret, param(req, 'token'))
    if (!claims) throw new FrontendError(401, 'invalid-token')
    const found = await req.payload.find({
      collection: options.slugs.articles,
      where: { id: { equals: claims.id } },
      draft: true,
      limit: 1,
      pagination: false,
      depth: ARTICLE_DEPTH,
      overrideAccess: true,
      locale: (claims.locale ?? req.locale ?? undefined) as never,
      req,
    })
    const doc = found.docs[0] as Doc | undefined
    if (!doc) throw new FrontendError(404, 'article-not-found')
    return articleAnswer(req, options, doc, PRIVATE_NO_STORE)
    },
    { store: false },
  ),
})

/** `GET /api/<sections>/:slug/articles?page=&limit=` — a section's published articles, newest first. */
export const sectionArticlesEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/:slug/articles',
  method: 'get',
  handler: served(options, async (req) => {
    const paging = parsePaging(searchParamsOf(req), options.frontend)
    const section = await findSectionBySlug(req, options, param(req, 'slug'))
    if (!section) throw new FrontendError(404, 'section-not-found')
    const inSection: Where = { section: { equals: section.id } }
    const [result, changed] = await Promise.all([
      findPublished(req, options, { where: inSection, ...paging }),
      lastChange(req, options, inSection),
    ])
    const docs = await toPublicArticles(req, options, result.docs as unknown as Doc[])
    return json(
      options,
      { section: toPublicSection(section, options.frontend), ...paginated(result, docs) },
      latest(changed, updatedOf(section), ...(result.docs as unknown as Doc[]).map((doc) => articleModified(doc))),
    )
  }),
})

/**
 * `GET /api/<articles>/search?q=&page=&limit=` — Arabic-insensitive search of published articles.
 * Articles whose headline fields (title, topic line, excerpt) hold every word come first, then those
 * whose body does; newest first within each group.
 */
export const articleSearchEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: served(options, async (req) => {
    const params = searchParamsOf(req)
    const terms = parseSearchTerms(params)
    const { page, limit } = parsePaging(params, options.frontend)
    const inHeadline: Where = { and: terms.map((term) => ({ searchKey: { like: term } })) }
    const notInHeadline: Where = { or: [...terms.map((term) => ({ searchKey: { not_like: term } })), { searchKey: { exists: false } }] }
    const inBodyOnly: Where = { and: [...terms.map((term) => ({ bodySearchKey: { like: term } })), notInHeadline] }
    const count = async (where: Where) =>
      (await req.payload.count({ collection: options.slugs.articles, where: published(where), overrideAccess: true, locale: (req.locale ?? undefined) as never, req }))
        .totalDocs
    const [headlineTotal, bodyTotal, changed] = await Promise.all([count(inHeadline), count(inBodyOnly), lastChange(req, options)])

    const offset = (page - 1) * limit
    const docs: Doc[] = []
    if (offset < headlineTotal) {
      const result = await findPublished(req, options, { where: inHeadline, page, limit })
      docs.push(...(result.docs as unknown as Doc[]))
    }
    const needed = limit - docs.length
    if (needed > 0 && offset + docs.length < headlineTotal + bodyTotal) {
      // Body-only matches continue where headline matches end: fetch the one or two pages covering them.
      const bodyOffset = Math.max(0, offset - headlineTotal)
      const firstPage = Math.floor(bodyOffset / limit) + 1
      const skip = bodyOffset - (firstPage - 1) * limit
      const pages = [firstPage, ...(skip + needed > limit ? [firstPage + 1] : [])]
      const results = await Promise.all(pages.map((n) => findPublished(req, options, { where: inBodyOnly, page: n, limit })))
      docs.push(...results.flatMap((result) => result.docs as unknown as Doc[]).slice(skip, skip + needed))
    }
    const totalDocs = headlineTotal + bodyTotal
    const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
    const articles = await toPublicArticles(req, options, docs)
    return json(
      options,
      {
        query: params.get('q'),
        terms,
        docs: articles.map((article, index) => ({ ...article, matchedIn: offset + index < headlineTotal ? 'headline' : 'body' })),
        totalDocs,
        page,
        limit,
        totalPages,
        hasNextPage: page < totalPages,
        hasPrevPage: page > 1,
      },
      latest(changed),
    )
  }),
})

/** The feeds and sitemaps: `/api/feeds/...`. */
export const feedEndpoints = (options: ResolvedNewsroomOptions): Endpoint[] => {
  const { frontend } = options
  const apiUrl = (req: PayloadRequest, path: string) => absolute(`${req.payload.config.routes.api}${path}`, originOf(req))
  const xml = (body: string, contentType: string, lastModified: Date | null): CachedBody => ({
    body,
    contentType,
    lastModified,
    cacheControl: cacheControl(frontend.cache),
  })

  const feedOf = async (req: PayloadRequest, sectionSlug: string | null) => {
    let section: Doc | null = null
    if (sectionSlug !== null) {
      section = await findSectionBySlug(req, options, sectionSlug)
      if (!section) throw new FrontendError(404, 'section-not-found')
    }
    const where: Where | undefined = section ? { section: { equals: section.id } } : undefined
    const [result, changed] = await Promise.all([findPublished(req, options, { where, limit: frontend.feedSize }), lastChange(req, options, where)])
    const articles = await toPublicArticles(req, options, result.docs as unknown as Doc[])
    const sectionName = typeof section?.name === 'string' ? section.name : null
    const channel = {
      title: sectionName ? `${frontend.siteName} — ${sectionName}` : frontend.siteName,
      link: section && typeof section.slug === 'string' ? absolute(frontend.sectionPath(section.slug), frontend.siteUrl) : `${frontend.siteUrl}/`,
      description: (typeof section?.description === 'string' && section.description) || sectionName || frontend.siteName,
      language: 'ar',
    }
    const lastModified = latest(changed, updatedOf(section), ...(result.docs as unknown as Doc[]).map((doc) => articleModified(doc)))
    return { channel, articles, lastModified }
  }

  const rss = (withSection: boolean): PayloadHandler =>
    served(options, async (req) => {
      const sectionSlug = withSection ? param(req, 'section') : null
      const { channel, articles, lastModified } = await feedOf(req, sectionSlug)
      const self = apiUrl(req, withSection ? `/feeds/rss/${encodeURIComponent(sectionSlug ?? '')}` : '/feeds/rss')
      return xml(renderRss({ ...channel, self }, articles), 'application/rss+xml; charset=utf-8', lastModified)
    })

  const sitemapEntries = async (req: PayloadRequest, page: number) => {
    const result = await req.payload.find({
      collection: options.slugs.articles,
      where: published(),
      sort: 'publishedAt',
      page,
      limit: frontend.sitemapPartSize,
      depth: 0,
      select: { slug: true, updatedAt: true },
      overrideAccess: false,
      req,
    })
    return {
      total: result.totalDocs,
      entries: (result.docs as unknown as Doc[]).map((doc) => ({
        loc: absolute(frontend.articlePath(String(doc.slug ?? doc.id)), frontend.siteUrl),
        lastmod: new Date(String(doc.updatedAt)).toISOString(),
      })),
    }
  }

  return [
    { path: '/feeds/rss', method: 'get', handler: rss(false) },
    { path: '/feeds/rss/:section', method: 'get', handler: rss(true) },
    {
      path: '/feeds/feed.json',
      method: 'get',
      handler: served(options, async (req) => {
        const { channel, articles, lastModified } = await feedOf(req, null)
        const feed = renderJsonFeed({ ...channel, self: apiUrl(req, '/feeds/feed.json') }, articles)
        return {
          body: JSON.stringify(feed),
          contentType: 'application/feed+json; charset=utf-8',
          lastModified,
          cacheControl: cacheControl(frontend.cache),
        }
      }),
    },
    {
      path: '/feeds/sitemap.xml',
      method: 'get',
      handler: served(options, async (req) => {
        const [first, changed] = await Promise.all([sitemapEntries(req, 1), lastChange(req, options)])
        const lastModified = latest(changed)
        if (first.total <= frontend.sitemapPartSize) {
          return xml(renderSitemap(first.entries), 'application/xml; charset=utf-8', lastModified)
        }
        const parts = Math.ceil(first.total / frontend.sitemapPartSize)
        const lastmod = (lastModified ?? new Date()).toISOString()
        const index = Array.from({ length: parts }, (_, n) => ({ loc: apiUrl(req, `/feeds/sitemap/${n + 1}.xml`), lastmod }))
        return xml(renderSitemapIndex(index), 'application/xml; charset=utf-8', lastModified)
      }),
    },
    {
      path: '/feeds/sitemap/:part',
      method: 'get',
      handler: served(options, async (req) => {
        const match = /^(\d{1,6})\.xml$/.exec(param(req, 'part'))
        const part = match ? Number(match[1]) : 0
        if (part < 1) throw new FrontendError(404, 'sitemap-part-not-found')
        const [{ total, entries }, changed] = await Promise.all([sitemapEntries(req, part), lastChange(req, options)])
        if (entries.length === 0 && !(part === 1 && total === 0)) throw new FrontendError(404, 'sitemap-part-not-found')
        return xml(renderSitemap(entries), 'application/xml; charset=utf-8', latest(changed))
      }),
    },
    {
      path: '/feeds/news-sitemap.xml',
      method: 'get',
      handler: served(options, async (req) => {
        const since = new Date(Date.now() - frontend.newsSitemapHours * 3_600_000).toISOString()
        const [result, changed] = await Promise.all([
          req.payload.find({
            collection: options.slugs.articles,
            where: published({ publishedAt: { greater_than_equal: since } }),
            sort: '-publishedAt',
            limit: 1000,
            depth: 0,
            select: { slug: true, title: true, publishedAt: true },
            overrideAccess: false,
            locale: req.locale ?? undefined,
            req,
          }),
          lastChange(req, options),
        ])
        const entries = (result.docs as unknown as Doc[]).map((doc) => ({
          loc: absolute(frontend.articlePath(String(doc.slug ?? doc.id)), frontend.siteUrl),
          title: String(doc.title ?? ''),
          publishedAt: String(doc.publishedAt),
        }))
        return xml(renderNewsSitemap({ name: frontend.siteName, language: 'ar' }, entries), 'application/xml; charset=utf-8', latest(changed))
      }),
    },
  ]
}

/** The origin the API was reached at, for the feeds' links to themselves. */
function originOf(req: PayloadRequest): string {
  const serverURL = req.payload.config.serverURL
  if (serverURL) return serverURL.replace(/\/+$/, '')
  try {
    return new URL(req.url ?? '').origin
  } catch {
    return 'http://localhost'
  }
}
