import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import type { ArticleLike } from '../src/workflow/types'

import { toActor } from '../src/access'
import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage, SECURITY_MESSAGES } from '../src/messages'
import { sectionOf } from '../src/workflow-server/sectionOf'
import { isAuthor } from '../src/workflow/permissions'
import { editsSection, managesAllSections } from '../src/workflow/sectionAuthority'
import { idOf } from '../src/workflow/ids'
import { PLAIN_CHANGE, WORKFLOW_TRANSITION } from '../src/workflow-server/workflowContext'

/**
 * Plain creates and updates of articles (REST, GraphQL, the admin's save buttons, the Local API with
 * `overrideAccess: false`) never change what readers see:
 *
 * - `_status: 'published'` is refused (403): publishing goes through the workflow's `publish` action;
 * - an update is always saved as a draft version, so the live version stays as it was;
 * - `_status: 'draft'` on a live article without `?draft=true` (an unpublish) is refused (403).
 *
 * - duplicating (creating from) an article is for its authors, its section's editors and the chiefs: a
 *   colleague's unpublished draft is not copied out from under them (403).
 *
 * Trusted server code (`overrideAccess: true`, the default of the Local API) and the workflow itself
 * are not restricted. The decision is left in `req.context` for `workflowGuardBeforeChange`.
 */
export const workflowGuardBeforeOperation =
  (options: ResolvedNewsroomOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const enforce = overrideAccess !== true && !req.context[WORKFLOW_TRANSITION]
    req.context[PLAIN_CHANGE] = enforce
    if (!enforce) return args

    const data = (args as { data?: Record<string, unknown> }).data ?? {}
    const refuse = () => new WorkflowError(403, 'publish-via-workflow', integrationMessage('publish-via-workflow'))
    if (data._status === 'published') throw refuse()
    if (operation === 'create') {
      const { duplicateFromID } = args as { duplicateFromID?: number | string }
      if (duplicateFromID !== undefined && duplicateFromID !== null) await mayDuplicate(req, options, duplicateFromID)
      return args
    }

    const { id, draft } = args as { id?: number | string; draft?: boolean }
    if (data._status === 'draft' && draft !== true) {
      if (id === undefined) throw refuse()
      const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
        collection: options.slugs.articles,
        where: { id: { equals: id } },
        req,
      })
      if (live?._status === 'published') throw refuse()
    }
    return { ...args, draft: true } as typeof args
  }

/** Refuses (403) a duplicate of an article the user neither wrote nor edits as its section's editor. */
async function mayDuplicate(req: PayloadRequest, options: ResolvedNewsroomOptions, id: number | string): Promise<void> {
  const actor = toActor(req.user, options.slugs.users)
  if (managesAllSections(actor)) return
  const source = (await req.payload.findByID({
    collection: options.slugs.articles as never,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as ArticleLike | null
  if (!source) return
  const section = await sectionOf(req, options, source)
  if (isAuthor(actor, source) || editsSection(actor, idOf(section?.id ?? null))) return
  throw new WorkflowError(403, 'duplicate-forbidden', SECURITY_MESSAGES.duplicateForbidden)
}
