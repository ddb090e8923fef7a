import type { Access } from 'payload'

import { toActor } from './index'
import { canEditSources } from '../workflow/sectionAuthority'

/**
 * Changing or deleting a source (a news agency or paper) changes the credit line of every article that
 * names it, live ones included: that is for section editors, the editor-in-chief and admins. Any staff
 * member may add a new source.
 */
export const sourceEditorsAccess =
  (usersSlug: string): Access =>
  ({ req }) =>
    canEditSources(toActor(req.user, usersSlug))
