import type { Capability } from './roles'
import type { WorkflowState } from './states'

/**
 * Workflow actions. `fire-schedule` is reserved for the system actor (the
 * scheduler publishing a `scheduled` article when its time comes); the others
 * are offered to users.
 */
export const WORKFLOW_ACTIONS = [
  'submit',
  'approve',
  'request-changes',
  'publish',
  'schedule',
  'cancel-schedule',
  'unpublish',
  'archive',
  'reopen',
  'fire-schedule',
] as const

/** One workflow action. */
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The actions a user can ask for (everything except `fire-schedule`). */
export const USER_ACTIONS = WORKFLOW_ACTIONS.filter(
  (action): action is Exclude<WorkflowAction, 'fire-schedule'> => action !== 'fire-schedule',
)

/**
 * What the history records: every workflow action, and `edit` — a save outside the workflow actions
 * that changed the state (a content edit sending an `approved`, `scheduled` or `published` article back
 * to `draft`, see `stateAfterEdit`, or trusted server code setting the state). Nobody requests `edit`.
 */
export const HISTORY_ACTIONS = [...WORKFLOW_ACTIONS, 'edit'] as const

/** One kind of history event. */
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]

/** Type guard for action names read from a request. */
export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)
}

/** One row of the transition table. */
export interface Transition {
  readonly action: WorkflowAction
  readonly from: readonly WorkflowState[]
  readonly to: WorkflowState
  /** Capabilities (any one suffices) allowed to take this transition. */
  readonly who: readonly Capability[]
  /**
   * `true` for the review-skipping rows: they only exist while the
   * `requireReview` option is `false`.
   */
  readonly skipsReview?: boolean
  /** Request data the action cannot go without (checked after role and state). */
  readonly needs?: 'comment' | 'publishAt'
}

const EDITORS: readonly Capability[] = ['section-editor', 'editor-in-chief', 'admin']
const REVIEWERS: readonly Capability[] = ['section-reviewer', 'section-editor', 'editor-in-chief', 'admin']
const CHIEFS: readonly Capability[] = ['editor-in-chief', 'admin']
const UNREVIEWED: readonly WorkflowState[] = ['draft', 'in_review', 'changes_requested']

/**
 * The editorial workflow as data. An action is allowed when a row with that
 * action lists the current state in `from` and the actor holds one of the
 * capabilities in `who` (and, for `skipsReview` rows, review is not required).
 * The documentation in `docs/workflow.md` is checked against this table by a
 * unit test.
 */
export const TRANSITIONS: ReadonlyArray<Transition> = [
  { action: 'submit', from: ['draft', 'changes_requested'], to: 'in_review', who: ['author', ...EDITORS] },
  { action: 'approve', from: ['in_review'], to: 'approved', who: REVIEWERS },
  { action: 'request-changes', from: ['in_review'], to: 'changes_requested', who: REVIEWERS, needs: 'comment' },
  { action: 'publish', from: ['approved'], to: 'published', who: EDITORS },
  { action: 'publish', from: UNREVIEWED, to: 'published', who: CHIEFS, skipsReview: true },
  { action: 'schedule', from: ['approved'], to: 'scheduled', who: EDITORS, needs: 'publishAt' },
  {
    action: 'schedule',
    from: UNREVIEWED,
    to: 'scheduled',
    who: CHIEFS,
    skipsReview: true,
    needs: 'publishAt',
  },
  { action: 'cancel-schedule', from: ['scheduled'], to: 'approved', who: EDITORS },
  { action: 'unpublish', from: ['published'], to: 'unpublished', who: EDITORS },
  {
    action: 'archive',
    from: ['draft', 'changes_requested', 'approved', 'published', 'unpublished'],
    to: 'archived',
    who: EDITORS,
  },
  { action: 'reopen', from: ['unpublished', 'archived'], to: 'draft', who: EDITORS },
  { action: 'fire-schedule', from: ['scheduled'], to: 'published', who: ['system'] },
]

/** The rows of `TRANSITIONS` for one action. */
export function transitionsFor(action: WorkflowAction): readonly Transition[] {
  return TRANSITIONS.filter((row) => row.action === action)
}
