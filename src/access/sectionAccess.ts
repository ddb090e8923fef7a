import type { Access, FieldAccess } from 'payload'

import { toActor } from './index'
import type { Id, IdRef } from '../workflow/ids'

import { idOf } from '../workflow/ids'
import { editScope, managesAllSections, managesSection } from '../workflow/sectionAuthority'

/**
 * Who may change a section (its name, slug, reviewers, subscribers): admins and the editor-in-chief any
 * section, a section editor the sections they edit (`managesSection`). Returned as a query, so bulk
 * updates through `where` are held to the same rule.
 */
export const sectionUpdateAccess =
  (usersSlug: string): Access =>
  ({ req }) => {
    const actor = toActor(req.user, usersSlug)
    if (managesAllSections(actor)) return true
    const scope = editScope(actor)
    if (scope === 'all') return true
    return scope.length > 0 ? { id: { in: scope } } : false
  }

/** Creating and deleting sections (desks of the paper) is for admins and the editor-in-chief. */
export const sectionChiefsAccess =
  (usersSlug: string): Access =>
  ({ req }) =>
    managesAllSections(toActor(req.user, usersSlug))

/**
 * Reading a section's subscriber list (email addresses): only those who manage the section. Without a
 * document (a `where` on the field, a GraphQL filter) only the chiefs may, so the addresses cannot be
 * probed through queries either.
 */
export const sectionManagersField =
  (usersSlug: string): FieldAccess =>
  ({ req, doc, id }) => {
    const actor = toActor(req.user, usersSlug)
    if (managesAllSections(actor)) return true
    const sectionId = idOf(doc as IdRef | undefined) ?? idOf(id as Id | undefined)
    return managesSection(actor, sectionId)
  }
