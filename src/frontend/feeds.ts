/**
 * Feeds and sitemaps as text: RSS 2.0, JSON Feed 1.1, sitemaps (with an index past the per-file limit)
 * and the Google News sitemap. Pure: public articles in, strings or plain objects out.
 */
import type { PublicArticle } from './article'

import { escapeXml, lexicalToHtml } from './lexical'

export type FeedChannel = {
  title: string
  /** The page the feed stands for (the site, or a section's page). */
  link: string
  /** The feed's own absolute URL. */
  self: string
  description: string
  language: string
}

/** RFC 822 date as RSS wants it: «Fri, 16 Jul 2021 20:03:00 GMT». */
export const rfc822 = (iso: string): string => new Date(iso).toUTCString()

function rssItem(article: PublicArticle): string {
  const lines = [
    `<title>${escapeXml(article.title)}</title>`,
    `<link>${escapeXml(article.url)}</link>`,
    `<guid isPermaLink="true">${escapeXml(article.url)}</guid>`,
    `<pubDate>${rfc822(article.publishedAt)}</pubDate>`,
  ]
  if (article.excerpt) lines.push(`<description>${escapeXml(article.excerpt)}</description>`)
  const html = lexicalToHtml(article.body)
  if (html) lines.push(`<content:encoded>${escapeXml(html)}</content:encoded>`)
  if (article.section) lines.push(`<category>${escapeXml(article.section.name)}</category>`)
  for (const author of article.authors) lines.push(`<dc:creator>${escapeXml(author.name)}</dc:creator>`)
  const image = article.featuredImage
  if (image) {
    lines.push(`<enclosure url="${escapeXml(image.url)}" length="${image.filesize ?? 0}" type="${escapeXml(image.mimeType ?? 'image/jpeg')}"/>`)
  }
  return `<item>${lines.join('')}</item>`
}

/** An RSS 2.0 document with `content:encoded`, `dc:creator` and an `atom:link rel="self"`. */
export function renderRss(channel: FeedChannel, articles: readonly PublicArticle[]): string {
  const newest = articles[0]?.publishedAt
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...articles.map(rssItem),
    '</channel>',
    '</rss>',
  ].join('\n')
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/); the dateline rides in `_newsroom`. */
export function renderJsonFeed(channel: FeedChannel, articles: readonly PublicArticle[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.link,
    feed_url: channel.self,
    description: channel.description,
    language: channel.language,
    items: articles.map((article) => ({
      id: String(article.id),
      url: article.url,
      title: article.title,
      content_html: lexicalToHtml(article.body) || escapeXml(article.excerpt ?? article.title),
      ...(article.excerpt ? { summary: article.excerpt } : {}),
      ...(article.featuredImage ? { image: article.featuredImage.url } : {}),
      date_published: article.publishedAt,
      date_modified: article.updatedAt,
      ...(article.authors.length > 0 ? { authors: article.authors.map((author) => ({ name: author.name })) } : {}),
      tags: [...(article.section ? [article.section.name] : []), ...article.tags],
      language: channel.language,
      _newsroom: { dateline: article.dateline.text, section: article.section?.slug ?? null },
    })),
  }
}

export type SitemapEntry = { loc: string; lastmod: string }

/** A sitemap (https://www.sitemaps.org/protocol.html) of up to 50,000 URLs. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc><lastmod>${entry.lastmod}</lastmod></url>`),
    '</urlset>',
  ].join('\n')
}

/** A sitemap index listing the parts of a sitemap too long for one file. */
export function renderSitemapIndex(parts: readonly SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part) => `<sitemap><loc>${escapeXml(part.loc)}</loc><lastmod>${part.lastmod}</lastmod></sitemap>`),
    '</sitemapindex>',
  ].join('\n')
}

export type NewsSitemapEntry = { loc: string; title: string; publishedAt: string }

/** A Google News sitemap (articles of the last 48 hours, at most 1,000). */
export function renderNewsSitemap(publication: { name: string; language: string }, entries: readonly NewsSitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map((entry) =>
      [
        '<url>',
        `<loc>${escapeXml(entry.loc)}</loc>`,
        '<news:news>',
        `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`,
        `<news:publication_date>${new Date(entry.publishedAt).toISOString()}</news:publication_date>`,
        `<news:title>${escapeXml(entry.title)}</news:title>`,
        '</news:news>',
        '</url>',
      ].join(''),
    ),
    '</urlset>',
  ].join('\n')
}
