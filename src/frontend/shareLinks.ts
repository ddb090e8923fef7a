/**
 * Share links for drafts. A section editor (or the editor-in-chief, or an admin) makes one for an
 * article with a label and a lifetime; whoever holds the link reads the article's latest draft, exactly
 * as by-slug shows a published one, until it expires or is revoked. Each use is recorded on the link.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { createHash, randomBytes } from 'node:crypto'
import { addDataAndFileToRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { ArticleLike, SectionLike } from '../workflow'

import { toActor } from '../access'
import { capabilitiesOf, idOf } from '../workflow'
import { ARTICLE_DEPTH, toPublicArticles } from './load'
import { routeIdOf } from '../database/idType'
import { FrontendError } from './errors'
import { conditionalResponse, PRIVATE_NO_STORE } from './http'

type Doc = Record<string, unknown>

export const SHARE_LINKS_SLUG = 'article-share-links'
/** Lifetime of a share link when none is given, and the longest allowed, in hours. */
export const DEFAULT_SHARE_HOURS = 72
export const MAX_SHARE_HOURS = 24 * 30

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

async function readBody(req: PayloadRequest): Promise<Doc> {
  try {
    const value: unknown = typeof req.json === 'function' ? await req.json() : (await addDataAndFileToRequest(req), req.data)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
  } catch {
    throw new FrontendError(400, 'share-body')
  }
}

/** The article (latest draft) and whether the signed-in user may share it: section editor, chief or admin. */
async function shareableArticle(req: PayloadRequest, options: ResolvedNewsroomOptions): Promise<Doc> {
  const actor = toActor(req.user, options.slugs.users)
  if (!actor) throw new FrontendError(401, 'share-unauthenticated')
  const id = routeIdOf(req, options.slugs.articles)
  const article =
    id === null
      ? null
      : ((await req.payload.findByID({ collection: options.slugs.articles, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null)
  if (!article) throw new FrontendError(404, 'article-not-found-any')
  const sectionId = idOf((article as ArticleLike).section)
  const section =
    sectionId === null
      ? null
      : ((await req.payload.findByID({ collection: options.slugs.sections, id: sectionId, depth: 0, overrideAccess: true, disableErrors: true, req })) as SectionLike | null)
  const caps = capabilitiesOf(actor, article as ArticleLike, section)
  if (!caps.has('section-editor') && !caps.has('editor-in-chief') && !caps.has('admin')) throw new FrontendError(403, 'share-forbidden')
  return article
}

/** `POST /api/<articles>/:id/share-links` with `{ label, hours? }` → 201 `{ id, token, url, apiPath, expiresAt }`. */
export const createShareLinkEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/:id/share-links',
  method: 'post',
  handler: async (req) => {
    try {
      const article = await shareableArticle(req, options)
      const body = await readBody(req)
      const label = typeof body.label === 'string' ? body.label.trim() : ''
      if (!label || label.length > 200) throw new FrontendError(400, 'share-label')
      const hours = body.hours === undefined ? DEFAULT_SHARE_HOURS : body.hours
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_SHARE_HOURS) {
        throw new FrontendError(400, 'share-hours', { max: MAX_SHARE_HOURS })
      }
      const token = randomBytes(24).toString('base64url')
      const expiresAt = new Date(Date.now() + hours * 3_600_000).toISOString()
      const link = await req.payload.create({
        collection: SHARE_LINKS_SLUG,
        data: { article: article.id, label, tokenHash: hashOf(token), expiresAt, createdBy: req.user?.id, uses: [] } as never,
        overrideAccess: true,
        req,
      })
      const apiPath = `${req.payload.config.routes.api}/${options.slugs.articles}/shared/${token}`
      const page = new URL(options.frontend.previewUrl ?? `${options.frontend.siteUrl}/preview`)
      page.searchParams.set('share', token)
      return Response.json({ id: link.id, label, token, url: page.toString(), apiPath, expiresAt }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof FrontendError) return error.toResponse()
      throw error
    }
  },
})

/** `POST /api/<articles>/:id/share-links/:linkId/revoke` → 200 `{ id, revokedAt }`. */
export const revokeShareLinkEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/:id/share-links/:linkId/revoke',
  method: 'post',
  handler: async (req) => {
    try {
      const article = await shareableArticle(req, options)
      const linkId = routeIdOf(req, SHARE_LINKS_SLUG, 'linkId')
      const link =
        linkId === null
          ? null
          : ((await req.payload.findByID({ collection: SHARE_LINKS_SLUG, id: linkId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null)
      if (!link || String(idOf(link.article as never)) !== String(article.id)) throw new FrontendError(404, 'share-not-found')
      const revokedAt = typeof link.revokedAt === 'string' ? link.revokedAt : new Date().toISOString()
      await req.payload.update({ collection: SHARE_LINKS_SLUG, id: link.id as number | string, data: { revokedAt } as never, overrideAccess: true, req })
      return Response.json({ id: link.id, revokedAt }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof FrontendError) return error.toResponse()
      throw error
    }
  },
})

/** `GET /api/<articles>/shared/:token` — the draft, for whoever holds a live link; the use is recorded. */
export const sharedArticleEndpoint = (options: ResolvedNewsroomOptions): Endpoint => ({
  path: '/shared/:token',
  method: 'get',
  handler: async (req) => {
    try {
      const token = String(req.routeParams?.token ?? '')
      if (!/^[\w-]{20,64}$/.test(token)) throw new FrontendError(404, 'share-not-found')
      const found = await req.payload.find({
        collection: SHARE_LINKS_SLUG,
        where: { tokenHash: { equals: hashOf(token) } },
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const link = found.docs[0] as Doc | undefined
      if (!link) throw new FrontendError(404, 'share-not-found')
      if (typeof link.revokedAt === 'string') throw new FrontendError(410, 'share-revoked')
      if (Date.parse(String(link.expiresAt)) <= Date.now()) throw new FrontendError(410, 'share-expired')
      const articleId = idOf(link.article as never)
      const result = await req.payload.find({
        collection: options.slugs.articles,
        where: { id: { equals: articleId } },
        draft: true,
        limit: 1,
        pagination: false,
        depth: ARTICLE_DEPTH,
        populate: { [options.slugs.users]: { name: true } } as never,
        overrideAccess: true,
        locale: req.locale ?? undefined,
        req,
      })
      const doc = result.docs[0] as Doc | undefined
      if (!doc) throw new FrontendError(404, 'share-not-found')
      const uses = Array.isArray(link.uses) ? (link.uses as Doc[]).map(({ at, userAgent }) => ({ at, userAgent })) : []
      await req.payload.update({
        collection: SHARE_LINKS_SLUG,
        id: link.id as number | string,
        data: { uses: [...uses, { at: new Date().toISOString(), userAgent: (req.headers.get('user-agent') ?? '').slice(0, 300) }] } as never,
        overrideAccess: true,
        req,
      })
      const [article] = await toPublicArticles(req, options, [doc])
      return conditionalResponse(req.headers, {
        body: JSON.stringify(article),
        contentType: 'application/json; charset=utf-8',
        lastModified: null,
        cacheControl: PRIVATE_NO_STORE,
      })
    } catch (error) {
      if (error instanceof FrontendError) return error.toResponse()
      throw error
    }
  },
})
