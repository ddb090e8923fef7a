import { idOf, includesId, sameId } from './ids'
import type { Id, IdRef } from './ids'
import { CAPABILITY_SCOPE, ROLE_CAPABILITIES, hasRole, isStaff, isSystemActor, rolesOf } from './roles'
import type { Actor, Capability, UserActor } from './roles'
import { resolveState } from './states'
import type { WorkflowState } from './states'
import { belongsToSection, editsSection, reviewsSection } from './sectionAuthority'
import type { ArticleLike, SectionLike } from './types'

/**
 * The id of the article's section: `article.section` when set, otherwise the
 * id of the `section` document passed alongside (if any).
 */
export function articleSectionId(article: ArticleLike, section?: SectionLike | null): Id | null {
  return idOf(article.section) ?? idOf(section?.id)
}

/**
 * The section document, if it is the article's section. A section document
 * that does not match `article.section` is ignored, so a caller mistake can
 * never lend one section's reviewers to another section's article.
 */
function relevantSection(article: ArticleLike, section?: SectionLike | null): SectionLike | null {
  if (!section) return null
  const own = idOf(article.section)
  return own === null || sameId(own, section.id) ? section : null
}

/** `true` when the user is listed in `article.authors` or is its `createdBy`. */
export function isAuthor(user: Actor | null | undefined, article: ArticleLike): boolean {
  if (!isStaff(user)) return false
  return includesId(article.authors, user.id) || sameId(article.createdBy, user.id)
}

function holds(
  capability: Capability,
  user: UserActor,
  article: ArticleLike,
  section: SectionLike | null,
  sectionId: Id | null,
): boolean {
  switch (capability) {
    case 'author':
      return isAuthor(user, article)
    case 'section-reviewer':
      return reviewsSection(user, sectionId, section)
    case 'section-editor':
      return editsSection(user, sectionId)
    case 'editor-in-chief':
      return hasRole(user, 'editor-in-chief')
    case 'admin':
      return hasRole(user, 'admin')
    case 'system':
      return false
  }
}

/**
 * Everything the actor is to this article (see `CAPABILITIES`).
 *
 * The system actor holds only `system`. A user holds the capabilities its
 * roles can grant (`ROLE_CAPABILITIES`) whose scope condition holds for this
 * article, plus `section-reviewer` when listed in `section.reviewers` (any
 * staff role). Anonymous actors and users without a known role hold nothing.
 */
export function capabilitiesOf(
  actor: Actor | null | undefined,
  article: ArticleLike,
  section?: SectionLike | null,
): ReadonlySet<Capability> {
  const result = new Set<Capability>()
  if (isSystemActor(actor)) {
    result.add('system')
    return result
  }
  if (!isStaff(actor)) return result
  const own = relevantSection(article, section)
  const sectionId = articleSectionId(article, section)
  const candidates = new Set<Capability>(rolesOf(actor).flatMap((role) => ROLE_CAPABILITIES[role]))
  candidates.add('section-reviewer')
  for (const capability of candidates) {
    if (CAPABILITY_SCOPE[capability] === 'system') continue
    if (holds(capability, actor, article, own, sectionId)) result.add(capability)
  }
  return result
}

/** States in which the author of an article may edit it. */
export const AUTHOR_EDITABLE_STATES: readonly WorkflowState[] = ['draft', 'changes_requested']

/** States in which a reviewer of the article's section may make copy edits. */
export const REVIEWER_EDITABLE_STATES: readonly WorkflowState[] = ['in_review']

/**
 * Whether the user may change the article's content.
 *
 * - Nobody edits an `archived` article (reopen it first), nor an article whose
 *   workflow state is unknown. The system actor never edits content.
 * - Admins and the editor-in-chief edit any other article, in any state.
 * - A section editor edits any article of their sections, in any state.
 * - A reviewer of the article's section (role `reviewer` in that section, or
 *   listed in `section.reviewers`) makes copy edits while it is `in_review`.
 * - An author (listed in `authors` or `createdBy`, any staff role) edits their
 *   own article while it is `draft` or `changes_requested`.
 *
 * Editing an `approved`, `scheduled` or `published` article sends it back to
 * `draft`: see `stateAfterEdit`.
 */
export function canEditArticle(
  user: Actor | null | undefined,
  article: ArticleLike,
  section?: SectionLike | null,
): boolean {
  if (!isStaff(user)) return false
  const state = resolveState(article)
  if (state === null || state === 'archived') return false
  const caps = capabilitiesOf(user, article, section)
  if (caps.has('admin') || caps.has('editor-in-chief') || caps.has('section-editor')) return true
  if (caps.has('section-reviewer') && REVIEWER_EDITABLE_STATES.includes(state)) return true
  return caps.has('author') && AUTHOR_EDITABLE_STATES.includes(state)
}

/**
 * Whether the user may create an article in the section. Writers, reviewers
 * and section editors create articles in the sections they belong to; the
 * editor-in-chief and admins create articles anywhere (also without a section
 * yet — a section is only required to publish).
 */
export function canCreateArticle(user: Actor | null | undefined, sectionId: IdRef | null | undefined): boolean {
  if (!isStaff(user)) return false
  if (hasRole(user, 'editor-in-chief', 'admin')) return true
  return belongsToSection(user, idOf(sectionId))
}

/**
 * Whether the actor may read unpublished content (drafts, versions, the
 * review queue): any staff role, and the system actor.
 */
export function canReadDrafts(actor: Actor | null | undefined): boolean {
  return isSystemActor(actor) || isStaff(actor)
}

/** States whose content edits send the working copy back to `draft`. */
export const EDIT_RESETS: readonly WorkflowState[] = ['approved', 'scheduled', 'published']

/** `true` when editing content in `state` sends the article back to `draft`. */
export function editResetsState(state: WorkflowState | null | undefined): boolean {
  return state !== null && state !== undefined && EDIT_RESETS.includes(state)
}

/**
 * The workflow state after a content edit (not after a workflow transition:
 * apply this only when the article's content changes, never to the patch
 * returned by `decideTransition`).
 *
 * - `approved` → `draft`: the approval was for the text before the edit.
 * - `scheduled` → `draft`: the schedule is dropped with the approval (the
 *   caller should clear `publishAt`); the scheduler no longer picks it up.
 * - `published` → `draft`: readers keep seeing the published version (Payload
 *   `_status` and the published version are untouched; the edit is saved as a
 *   draft version), while the working copy goes through review again.
 * - `null` / `undefined` (a new article) → `draft`.
 * - every other state is unchanged (`in_review` copy edits by a reviewer stay
 *   in review, `changes_requested` and `draft` stay as they are).
 */
export function stateAfterEdit(current: WorkflowState | null | undefined): WorkflowState {
  if (current === null || current === undefined) return 'draft'
  return editResetsState(current) ? 'draft' : current
}
