/**
 * Editorial workflow states (the `workflowStatus` field of an article).
 *
 * `workflowStatus` describes the editorial life of the working copy, while
 * Payload's own `_status` (`draft` | `published`) says whether a version is
 * live for readers. The two differ on purpose: an edited published article is
 * `workflowStatus: 'draft'` (the working copy goes back through review) while
 * readers still see the published version.
 */

/** All workflow states, in their natural order. */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
] as const

/** One editorial workflow state. */
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** The state of a new article. */
export const INITIAL_STATE: WorkflowState = 'draft'

/** Type guard for values read from the database or a request. */
export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
}

/**
 * Resolves the current workflow state of an article.
 *
 * - a valid `workflowStatus` is returned as is;
 * - a missing (`null` / `undefined` / `''`) `workflowStatus` means the article
 *   predates the workflow: it is `published` when `_status` is `published`,
 *   otherwise `draft`;
 * - any other value is not a state this module knows: `null` is returned and
 *   callers must refuse to act on it (`decideTransition` answers 409 `unknown-state`).
 */
export function resolveState(article: {
  readonly workflowStatus?: unknown
  readonly _status?: unknown
}): WorkflowState | null {
  const raw = article.workflowStatus
  if (raw === null || raw === undefined || raw === '') {
    return article._status === 'published' ? 'published' : INITIAL_STATE
  }
  return isWorkflowState(raw) ? raw : null
}
