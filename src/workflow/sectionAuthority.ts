import { idOf, includesId } from './ids'
import type { Id } from './ids'
import { hasRole, isStaff } from './roles'
import type { Actor, Role } from './roles'
import type { SectionLike } from './types'

/**
 * Who reviews and who edits (publishes, schedules, deletes) a section's articles, stated once and used by
 * the workflow's permissions, the review queue, notification recipients and delete access:
 *
 * - reviewers: staff with the `reviewer` role who belong to the section, and anyone the section lists in
 *   its `reviewers` field;
 * - editors: staff with the `section-editor` role who belong to the section;
 * - the editor-in-chief and admins stand above every section (their own capabilities, not listed here).
 */
export const SECTION_REVIEWER_ROLE: Role = 'reviewer'
export const SECTION_EDITOR_ROLE: Role = 'section-editor'

function sectionIdsOf(actor: Actor | null | undefined): Id[] {
  if (!isStaff(actor)) return []
  return (actor.sections ?? []).map((entry) => idOf(entry)).filter((entry): entry is Id => entry !== null)
}

/** `true` when the actor belongs to the section through their own `sections`. */
export function belongsToSection(actor: Actor | null | undefined, sectionId: Id | null): boolean {
  return isStaff(actor) && sectionId !== null && includesId(actor.sections, sectionId)
}

/** `true` when the actor reviews this section's articles. */
export function reviewsSection(actor: Actor | null | undefined, sectionId: Id | null, section: SectionLike | null): boolean {
  if (!isStaff(actor)) return false
  return (
    (hasRole(actor, SECTION_REVIEWER_ROLE) && belongsToSection(actor, sectionId)) ||
    (section !== null && includesId(section.reviewers, actor.id))
  )
}

/** `true` when the actor is a section editor of this section. */
export function editsSection(actor: Actor | null | undefined, sectionId: Id | null): boolean {
  return hasRole(actor, SECTION_EDITOR_ROLE) && belongsToSection(actor, sectionId)
}

/**
 * The sections whose review queue the actor sees through their own membership: `'all'` for the
 * editor-in-chief and admins, their own sections for reviewers and section editors. Sections that list
 * the actor in `reviewers` come on top (the caller looks those up).
 */
export function reviewScope(actor: Actor | null | undefined): 'all' | Id[] {
  if (!isStaff(actor)) return []
  if (hasRole(actor, 'editor-in-chief', 'admin')) return 'all'
  return hasRole(actor, SECTION_REVIEWER_ROLE, SECTION_EDITOR_ROLE) ? sectionIdsOf(actor) : []
}

/** The sections whose articles the actor edits as a section editor (`'all'` for the chiefs). */
export function editScope(actor: Actor | null | undefined): 'all' | Id[] {
  if (!isStaff(actor)) return []
  if (hasRole(actor, 'editor-in-chief', 'admin')) return 'all'
  return hasRole(actor, SECTION_EDITOR_ROLE) ? sectionIdsOf(actor) : []
}

/**
 * `true` when the actor manages the section itself (its name, slug, reviewers and subscribers): admins,
 * the editor-in-chief, and that section's editors. Creating and deleting sections is for the chiefs alone
 * (`managesAllSections`).
 */
export function managesSection(actor: Actor | null | undefined, sectionId: Id | null): boolean {
  return managesAllSections(actor) || editsSection(actor, sectionId)
}

/** `true` for the editor-in-chief and admins, who create, delete and manage every section. */
export function managesAllSections(actor: Actor | null | undefined): boolean {
  return isStaff(actor) && hasRole(actor, 'editor-in-chief', 'admin')
}

/**
 * `true` when the actor may change or delete sources (agencies and papers), which every section's
 * articles share: section editors, the editor-in-chief and admins. Any staff member may add one.
 */
export function canEditSources(actor: Actor | null | undefined): boolean {
  return isStaff(actor) && hasRole(actor, SECTION_EDITOR_ROLE, 'editor-in-chief', 'admin')
}
