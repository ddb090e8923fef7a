import type { Access } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { ArticleLike } from '../workflow/types'

import { isStaff, toActor } from './index'
import { sectionOf } from '../workflow-server/sectionOf'
import { canEditArticle } from '../workflow/permissions'

/**
 * Who may save an article (`canEditArticle`): checked on the article's working copy, so the admin shows
 * the form read-only to anyone who may not edit it in its current state, and REST and GraphQL answer 403.
 * Without an id (the collection as a whole) any staff member may: each document is checked again when it
 * is saved (`workflowGuardBeforeChange`).
 */
export const articleUpdateAccess =
  (options: ResolvedNewsroomOptions): Access =>
  async ({ id, req }) => {
    if (!isStaff(req.user, options.slugs.users)) return false
    if (id === undefined || id === null || String(id) === '') return true
    const article = (await req.payload.findByID({
      collection: options.slugs.articles as never,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as ArticleLike | null
    if (!article) return false
    const section = await sectionOf(req, options, article)
    return canEditArticle(toActor(req.user, options.slugs.users), article, section)
  }
