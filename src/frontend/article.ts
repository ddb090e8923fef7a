/**
 * The public shape of an article: what frontends, feeds and ninjs read. Built from a document Payload
 * returned at depth 1, keeping only fields meant for readers (no workflow bookkeeping, no section
 * subscribers or reviewers, no author emails). Pure.
 */
import type { Dateline } from './dateline'
import type { ResolvedFrontendOptions } from './options'

import { formatDateline } from './dateline'

type Id = number | string
type Doc = Record<string, unknown>

export type PublicSection = { id: Id; name: string; slug: string; url: string }
export type PublicSource = { id: Id; name: string; slug: string | null; kind: string | null; url: string | null; creditLine: string | null }
export type PublicImageSize = { url: string; width: number | null; height: number | null; mimeType: string | null; filesize: number | null }
export type PublicImage = PublicImageSize & {
  id: Id
  alt: string | null
  caption: string | null
  credit: string | null
  sizes: Record<string, PublicImageSize>
}
export type PublicAuthor = { id: Id; name: string }

export type PublicArticle = {
  id: Id
  slug: string
  url: string
  title: string
  kicker: string | null
  excerpt: string | null
  body: unknown
  tags: string[]
  section: PublicSection | null
  source: PublicSource | null
  authors: PublicAuthor[]
  featuredImage: PublicImage | null
  publishedAt: string
  updatedAt: string
  dateline: Dateline
}

export type ArticleContext = {
  frontend: ResolvedFrontendOptions
  timeZone: string
  /** Public names of staff members, by id. Authors without one are left out. */
  authorNames: ReadonlyMap<string, string>
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const isDoc = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : isDoc(value) ? idOf(value.id) : null

/** An absolute URL for a path or URL, against the site's origin. */
export function absolute(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, `${siteUrl}/`).toString()
}

function toSize(value: Doc, siteUrl: string): PublicImageSize | null {
  const url = str(value.url)
  if (!url) return null
  return { url: absolute(url, siteUrl), width: num(value.width), height: num(value.height), mimeType: str(value.mimeType), filesize: num(value.filesize) }
}

export function toPublicImage(value: unknown, siteUrl: string): PublicImage | null {
  if (!isDoc(value)) return null
  const original = toSize(value, siteUrl)
  const id = idOf(value)
  if (!original || id === null) return null
  const sizes: Record<string, PublicImageSize> = {}
  if (isDoc(value.sizes)) {
    for (const [name, size] of Object.entries(value.sizes)) {
      const resolved = isDoc(size) ? toSize(size, siteUrl) : null
      if (resolved) sizes[name] = resolved
    }
  }
  return { id, ...original, alt: str(value.alt), caption: str(value.caption), credit: str(value.credit), sizes }
}

export function toPublicSection(value: unknown, frontend: ResolvedFrontendOptions): PublicSection | null {
  if (!isDoc(value)) return null
  const id = idOf(value)
  const slug = str(value.slug)
  if (id === null || !slug) return null
  return { id, name: str(value.name) ?? slug, slug, url: absolute(frontend.sectionPath(slug), frontend.siteUrl) }
}

function toPublicSource(value: unknown): PublicSource | null {
  if (!isDoc(value)) return null
  const id = idOf(value)
  if (id === null) return null
  return {
    id,
    name: str(value.name) ?? '',
    slug: str(value.slug),
    kind: str(value.kind),
    url: str(value.url),
    creditLine: str(value.creditLine),
  }
}

/** The ids of an article's authors, whether populated or not. */
export function authorIds(doc: Doc): Id[] {
  const authors = Array.isArray(doc.authors) ? doc.authors : []
  return authors.map(idOf).filter((id): id is Id => id !== null)
}

/** The public article for a document read at depth 1. */
export function toPublicArticle(doc: Doc, context: ArticleContext): PublicArticle {
  const { frontend } = context
  const slug = str(doc.slug) ?? String(doc.id)
  const publishedAt = str(doc.publishedAt) ?? str(doc.updatedAt) ?? str(doc.createdAt) ?? new Date(0).toISOString()
  const authors = authorIds(doc).flatMap((id) => {
    const name = context.authorNames.get(String(id))
    return name ? [{ id, name }] : []
  })
  return {
    id: idOf(doc.id) ?? slug,
    slug,
    url: absolute(frontend.articlePath(slug), frontend.siteUrl),
    title: str(doc.title) ?? '',
    kicker: str(doc.kicker),
    excerpt: str(doc.excerpt),
    body: doc.body ?? null,
    tags: Array.isArray(doc.tags) ? doc.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    section: toPublicSection(doc.section, frontend),
    source: toPublicSource(doc.source),
    authors,
    featuredImage: toPublicImage(doc.featuredImage, frontend.siteUrl),
    publishedAt: new Date(publishedAt).toISOString(),
    updatedAt: new Date(str(doc.updatedAt) ?? publishedAt).toISOString(),
    dateline: formatDateline(publishedAt, context.timeZone),
  }
}
