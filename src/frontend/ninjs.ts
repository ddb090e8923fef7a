/**
 * An article as IPTC ninjs 2.0 (https://www.iptc.org/std/ninjs/), the news industry's JSON format,
 * for agencies' and aggregators' tools. Pure. ninjs allows no extra properties, so the dateline is a
 * description with the role `dateline`.
 */
import type { PublicArticle } from './article'

import { lexicalToHtml, lexicalToText } from './lexical'

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json'

export function toNinjs(article: PublicArticle, { language = 'ar', firstCreated }: { language?: string; firstCreated?: string } = {}): Record<string, unknown> {
  const text = lexicalToText(article.body)
  const html = lexicalToHtml(article.body)
  const image = article.featuredImage
  return {
    uri: article.url,
    standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    version: String(Date.parse(article.updatedAt)),
    firstcreated: firstCreated ?? article.publishedAt,
    versioncreated: article.updatedAt,
    contentcreated: article.publishedAt,
    pubstatus: 'usable',
    language,
    slugline: article.slug,
    headlines: [{ role: 'main', value: article.title }, ...(article.kicker ? [{ role: 'kicker', value: article.kicker }] : [])],
    descriptions: [
      ...(article.excerpt ? [{ role: 'summary', value: article.excerpt }] : []),
      { role: 'dateline', value: article.dateline.text },
    ],
    bodies: [
      ...(html ? [{ role: 'main', contenttype: 'text/html', value: html }] : []),
      ...(text ? [{ role: 'main', contenttype: 'text/plain', value: text, charcount: [...text].length, wordcount: text.split(/\s+/).filter(Boolean).length }] : []),
    ],
    ...(article.authors.length > 0 ? { by: article.authors.map((author) => author.name).join('، ') } : {}),
    ...(article.section ? { subjects: [{ name: article.section.name, rel: 'section', uri: article.section.url, literal: article.section.slug }] } : {}),
    ...(article.source ? { infosources: [{ name: article.source.name, ...(article.source.url ? { uri: article.source.url } : {}) }] } : {}),
    ...(image
      ? {
          associations: [
            {
              name: 'featureimage',
              uri: image.url,
              type: 'picture',
              ...(image.alt ? { headlines: [{ value: image.alt }] } : {}),
              renditions: [
                { name: 'original', href: image.url, ...(image.mimeType ? { contenttype: image.mimeType } : {}), ...dimensions(image) },
                ...Object.entries(image.sizes).map(([name, size]) => ({
                  name,
                  href: size.url,
                  ...(size.mimeType ? { contenttype: size.mimeType } : {}),
                  ...dimensions(size),
                })),
              ],
            },
          ],
        }
      : {}),
  }
}

function dimensions(size: { width: number | null; height: number | null; filesize: number | null }) {
  return {
    ...(size.width !== null ? { width: size.width } : {}),
    ...(size.height !== null ? { height: size.height } : {}),
    ...(size.filesize !== null ? { sizeinbytes: size.filesize } : {}),
  }
}
