import { publishChecks, resolvePublishedAt } from './checks'
import { toDate } from './dates'
import { checkEmbargo } from './embargo'
import { formatNewsroomTime } from './time'
import { ACTION_LABELS, STATE_LABELS } from './labels'
import { formatMessage } from '../messages'
import type { MessageCode } from '../messages'
import { capabilitiesOf } from './permissions'
import { isSystemActor, isUserActor } from './roles'
import type { Actor } from './roles'
import { resolveState } from './states'
import type { WorkflowState } from './states'
import { WORKFLOW_ACTIONS, isWorkflowAction, transitionsFor } from './transitions'
import type { Transition, WorkflowAction } from './transitions'
import { DEFAULT_TIME_ZONE } from './types'
import type { ArticleLike, Bilingual, DateInput, Problem, SectionLike, WorkflowOptions } from './types'

/** Everything `decideTransition` needs to know. */
export interface TransitionRequest {
  /** The requested action; any string (unknown names are refused with 400). */
  readonly action: WorkflowAction | (string & {})
  /** Who asks; `null` / `undefined` when nobody is signed in. */
  readonly actor: Actor | null | undefined
  /** The article as currently stored. */
  readonly article: ArticleLike
  /** The article's section document (for its `reviewers` / `editors` lists). */
  readonly section?: SectionLike | null
  readonly options?: WorkflowOptions
  /** Reviewer's comment; required (non-blank) for `request-changes`. */
  readonly comment?: string | null
  /** Publication time; required for `schedule`, strictly after `now`. */
  readonly publishAt?: DateInput | null
  /** Alt text of the featured image when `article.featuredImage` is only an id. */
  readonly featuredImageAlt?: string | null
  /**
   * Problems found by content rules the caller checks itself (the title's length and script, which
   * depend on configuration), reported together with the publish checks.
   */
  readonly contentProblems?: readonly Problem[]
  /** The current time (injected so that decisions are reproducible). */
  readonly now: Date
}

/**
 * The data the caller writes to the article when a transition is allowed.
 *
 * - `workflowStatus` is always set to the new state.
 * - `_status` (Payload drafts) is only present when the transition changes what
 *   readers see: `'published'` for `publish` and `fire-schedule`; `'draft'` for
 *   `unpublish`, and for `archive` when the article is live (state `published`
 *   or `_status: 'published'`). When absent, save as a draft version and leave
 *   the published version alone.
 * - `publishedAt` comes with `'published'` (`resolvePublishedAt`: the existing
 *   date, otherwise `now`).
 * - `publishAt` is the chosen time for `schedule`, and `null` for
 *   `cancel-schedule`.
 */
export interface WorkflowPatch {
  readonly workflowStatus: WorkflowState
  readonly _status?: 'published' | 'draft'
  readonly publishedAt?: string
  readonly publishAt?: string | null
}

/** An allowed transition. */
export interface TransitionAllowed {
  readonly ok: true
  readonly action: WorkflowAction
  readonly from: WorkflowState
  readonly to: WorkflowState
  readonly patch: WorkflowPatch
  /** The trimmed comment, when one was given (for the article's history). */
  readonly comment?: string
}

/** HTTP-like status of a refusal. */
export type RefusalStatus = 400 | 401 | 403 | 409

/** A refused transition. `problems` lists field-level errors for 400s. */
export interface TransitionRefused {
  readonly ok: false
  readonly status: RefusalStatus
  readonly code: MessageCode
  readonly message: Bilingual
  readonly problems?: readonly Problem[]
}

/** The outcome of `decideTransition`. */
export type TransitionDecision = TransitionAllowed | TransitionRefused

function refuse(
  status: RefusalStatus,
  code: MessageCode,
  message: Bilingual = formatMessage(code),
  problems?: readonly Problem[],
): TransitionRefused {
  return problems ? { ok: false, status, code, message, problems } : { ok: false, status, code, message }
}

function fieldProblem(code: MessageCode, path: string): TransitionRefused {
  const message = formatMessage(code)
  return refuse(400, code, message, [{ path, message }])
}

type Authorized = { readonly ok: true; readonly row: Transition; readonly from: WorkflowState }

/**
 * Role then state: 403 when no row of the action lets this actor act on this
 * article in any state; 409 when the current state does not allow it.
 */
function authorize(
  action: WorkflowAction,
  actor: Actor,
  article: ArticleLike,
  section: SectionLike | null | undefined,
  requireReview: boolean,
): Authorized | TransitionRefused {
  const caps = capabilitiesOf(actor, article, section)
  const rows = transitionsFor(action).filter((row) => row.who.some((capability) => caps.has(capability)))
  if (rows.length === 0) {
    return refuse(403, 'forbidden', formatMessage('forbidden', { action: ACTION_LABELS[action] }))
  }
  const from = resolveState(article)
  if (from === null) return refuse(409, 'unknown-state')
  const row = rows.find((candidate) => candidate.from.includes(from) && !(candidate.skipsReview && requireReview))
  if (row) return { ok: true, row, from }
  if (requireReview && rows.some((candidate) => candidate.skipsReview && candidate.from.includes(from))) {
    return refuse(409, 'review-required')
  }
  return refuse(
    409,
    'invalid-transition',
    formatMessage('invalid-transition', { action: ACTION_LABELS[action], state: STATE_LABELS[from] }),
  )
}

function hasIdentity(actor: Actor | null | undefined): actor is Actor {
  return isSystemActor(actor) || isUserActor(actor)
}

/**
 * Decides whether `actor` may apply `action` to `article`, and what to write.
 *
 * Checks run in this order; the first failure is returned:
 *
 * 1. **401 `unauthenticated`**: no actor (or a user without an id).
 * 2. **400 `unknown-action`**: the action is not one of `WORKFLOW_ACTIONS`.
 * 3. **403 `forbidden`**: the actor could never take this action on this
 *    article, whatever its state (wrong role, not the author, reviewer or
 *    editor of another section, a user asking for `fire-schedule`, the system
 *    asking for anything else).
 * 4. **409**: the action is not available from the current state —
 *    `review-required` when only a review-skipping row matches and
 *    `requireReview` is on (the default); `invalid-transition` otherwise;
 *    `unknown-state` for a `workflowStatus` this module does not know.
 * 5. **400** malformed request (`problems` gives the field path):
 *    `comment-required` (`comment`) for `request-changes` with a blank
 *    comment; `publish-at-required` / `publish-at-invalid` / `publish-at-past`
 *    (`publishAt`) for `schedule` (the time must be strictly after `now`).
 * 6. **409 `schedule-not-due`**: `fire-schedule` before the article's `publishAt`.
 * 7. **409 embargo** (`publish`, `fire-schedule` at `now`; `schedule` at the
 *    chosen `publishAt`): `embargo`, `embargo-schedule`, `embargo-invalid`.
 *    Going live exactly at `embargoUntil` is allowed. Scheduling before the
 *    embargo lifts is a 409 (a conflict with the article's data), not a 400.
 * 8. **400 `publish-checks-failed`** (`publish`, `schedule`, `fire-schedule`,
 *    and already at `submit` and `approve`, so that an article that could not
 *    be published never enters review): `problems` lists the failing fields
 *    (see `publishChecks`, then `contentProblems`), checked with `publishedAt`
 *    resolved as it will be stored.
 *
 * Role is checked before state so that a user never learns which states an
 * action they cannot take would work in, and so that the admin UI can hide
 * (403) rather than disable (409) a button.
 *
 * @throws RangeError when `now` is not a valid date (a programming error).
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { actor, article, section, now } = request
  if (Number.isNaN(now.getTime())) throw new RangeError('decideTransition: `now` is not a valid date')
  const requireReview = request.options?.requireReview ?? true
  const timeStyle = { timeZone: request.options?.timeZone ?? DEFAULT_TIME_ZONE, digits: request.options?.digits }

  if (!hasIdentity(actor)) return refuse(401, 'unauthenticated')
  const action = request.action
  if (!isWorkflowAction(action)) return refuse(400, 'unknown-action')

  const authorized = authorize(action, actor, article, section, requireReview)
  if (!authorized.ok) return authorized
  const { row, from } = authorized

  const comment = typeof request.comment === 'string' ? request.comment.trim() : ''
  if (row.needs === 'comment' && comment === '') return fieldProblem('comment-required', 'comment')

  let publishAt: Date | null = null
  if (row.needs === 'publishAt') {
    const raw = request.publishAt
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
      return fieldProblem('publish-at-required', 'publishAt')
    }
    publishAt = toDate(raw)
    if (publishAt === null) return fieldProblem('publish-at-invalid', 'publishAt')
    if (publishAt.getTime() <= now.getTime()) return fieldProblem('publish-at-past', 'publishAt')
  }

  const goesLive = row.to === 'published' || row.to === 'scheduled'
  if (goesLive) {
    if (action === 'fire-schedule') {
      const due = toDate(article.publishAt)
      if (due !== null && due.getTime() > now.getTime()) {
        const time = formatNewsroomTime(due, timeStyle)
        return refuse(409, 'schedule-not-due', formatMessage('schedule-not-due', { time }))
      }
    }
    const at = publishAt ?? now
    const embargo = checkEmbargo(article, at, timeStyle, publishAt ? 'schedule' : 'publish')
    if (embargo) return refuse(409, embargo.code, embargo.message)
  }
  if (goesLive || row.to === 'in_review' || row.to === 'approved') {
    const problems = [
      ...publishChecks({ ...article, publishedAt: resolvePublishedAt(article, publishAt ?? now) }, request.featuredImageAlt),
      ...(request.contentProblems ?? []),
    ]
    if (problems.length > 0) {
      return refuse(400, 'publish-checks-failed', formatMessage('publish-checks-failed'), problems)
    }
  }

  const patch: { -readonly [K in keyof WorkflowPatch]: WorkflowPatch[K] } = { workflowStatus: row.to }
  if (row.to === 'published') {
    patch._status = 'published'
    // A scheduled publication goes live at its scheduled time, whenever within the queue's tick it fires.
    const scheduled = action === 'fire-schedule' ? toDate(article.publishAt) : null
    patch.publishedAt = resolvePublishedAt(article, scheduled ?? now)
  } else if (action === 'unpublish') {
    patch._status = 'draft'
  } else if (action === 'archive' && (from === 'published' || article._status === 'published')) {
    patch._status = 'draft'
  }
  if (publishAt) patch.publishAt = publishAt.toISOString()
  if (action === 'cancel-schedule') patch.publishAt = null

  const allowed: TransitionAllowed = { ok: true, action, from, to: row.to, patch }
  return comment === '' ? allowed : { ...allowed, comment }
}

/**
 * The actions the admin UI should offer: those that pass the role and state
 * checks (steps 1–4 of `decideTransition`) for this actor and article, in
 * `WORKFLOW_ACTIONS` order. Request data, embargo and publish checks are not
 * evaluated: the button is shown and the refusal explains what is missing.
 */
export function allowedActions(
  actor: Actor | null | undefined,
  article: ArticleLike,
  section?: SectionLike | null,
  options: WorkflowOptions = {},
): WorkflowAction[] {
  if (!hasIdentity(actor)) return []
  const requireReview = options.requireReview ?? true
  return WORKFLOW_ACTIONS.filter((action) => authorize(action, actor, article, section, requireReview).ok)
}
