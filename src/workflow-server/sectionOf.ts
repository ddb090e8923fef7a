import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { ArticleLike, SectionLike } from '../workflow'

import { idOf } from '../workflow'

/** The section of an article, read in the request's transaction, or `null` when it has none. */
export async function sectionOf(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  article: ArticleLike,
): Promise<SectionLike | null> {
  const id = idOf(article.section)
  if (id === null) return null
  return (await req.payload.findByID({
    collection: options.slugs.sections as never,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as SectionLike | null
}
