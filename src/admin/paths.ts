/**
 * Where the admin finds the workflow's components. Paths are resolved by Payload's import map from the
 * host's `admin.importMap.baseDir` (the host app sets it to `src/`), so `/admin/components/X#X` is
 * `src/admin/components/X.tsx`. The same components are exported from `src/exports/client.ts` and
 * `src/exports/rsc.ts` for hosts that import the package by name.
 */
const BASE = '/admin/components'

function component(file: string, name: string = file): string {
  return `${BASE}/${file}#${name}`
}

/** Component paths of the workflow's admin UI. */
export function workflowAdminComponents() {
  return {
    /** Client: the allowed workflow actions as buttons, in the document view (replaces Publish). */
    buttons: component('WorkflowButtons'),
    /** Client: the article's state, scheduled time and history, in the document sidebar. */
    timeline: component('WorkflowTimeline'),
    /** Client: the state as a coloured badge in the list view. */
    statusCell: component('WorkflowStatusCell'),
    /** Server: the «قيد المراجعة» review queue, a view of its own. */
    reviewQueueView: component('ReviewQueueView'),
    /** Server: the review queue on the dashboard. */
    reviewQueueWidget: component('ReviewQueueWidget'),
    /** Client: a link to the review queue in the navigation. */
    reviewQueueLink: component('ReviewQueueNavLink'),
  } as const
}

/** The admin route of the review queue. */
export const REVIEW_QUEUE_PATH = '/review-queue'
