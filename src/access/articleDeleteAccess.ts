import type { Access, Where } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'

import { hasRole, toActor } from './index'
import { editScope } from '../workflow/sectionAuthority'

/**
 * Who may delete articles. Deleting takes an article away from readers, so it follows the workflow's
 * authority: admins and the editor-in-chief delete any article; section editors delete the articles of
 * their sections; any other staff member deletes only their own drafts that were never published.
 * Returned as a query, so it holds for single and bulk deletes alike.
 */
export const articleDeleteAccess =
  (options: ResolvedNewsroomOptions): Access =>
  ({ req }) => {
    const { users } = options.slugs
    const actor = toActor(req.user, users)
    if (!actor || actor.roles.length === 0) return false
    if (hasRole(req.user, users, 'admin', 'editor-in-chief')) return true

    const own: Where = {
      and: [
        { or: [{ authors: { in: [actor.id] } }, { createdBy: { equals: actor.id } }] },
        { workflowStatus: { equals: 'draft' } },
        { _status: { equals: 'draft' } },
      ],
    }
    const sections = editScope(actor)
    if (sections !== 'all' && sections.length > 0) return { or: [{ section: { in: sections } }, own] }
    return own
  }
