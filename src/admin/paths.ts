/**
 * Where the admin finds the workflow's components: package paths, resolved by the host's import map
 * through the package's `exports` (`payload-newsroom/client` for client components, `payload-newsroom/rsc`
 * for server components), so they resolve in any app, whatever its `admin.importMap.baseDir`.
 */
const PACKAGE = 'payload-newsroom'

function client(name: string): string {
  return `${PACKAGE}/client#${name}`
}

function server(name: string): string {
  return `${PACKAGE}/rsc#${name}`
}

/** Component paths of the workflow's admin UI. */
export function workflowAdminComponents() {
  return {
    /** Client: the allowed workflow actions as buttons, in the document view (replaces Publish). */
    buttons: client('WorkflowButtons'),
    /** Client: the slug the title will give, live, under the slug field (which it lays out left to right). */
    slugPreview: client('SlugPreview'),
    /** Client: the workflow state in the document header (replaces Payload's draft/published status). */
    status: client('WorkflowStatus'),
    /** Client: the article's state, scheduled time and history, in the document sidebar. */
    timeline: client('WorkflowTimeline'),
    /** Client: the body editor's keyboard feature (Tab leaves the editor; the editor is named). */
    bodyEditorFeature: client('BodyEditorFeatureClient'),
    /** Client: a field's description, readable (Payload's grey is under 4.5:1). */
    fieldDescription: client('FieldDescription'),
    /** Client: the state as a coloured badge in the list view. */
    statusCell: client('WorkflowStatusCell'),
    /** Server: the «قيد المراجعة» review queue, a view of its own. */
    reviewQueueView: server('ReviewQueueView'),
    /** Server: the review queue on the dashboard. */
    reviewQueueWidget: server('ReviewQueueWidget'),
    /** Client: a link to the review queue in the navigation. */
    reviewQueueLink: client('ReviewQueueNavLink'),
  } as const
}

/** Component paths of the media admin. */
export function mediaAdminComponents() {
  return {
    /** Client: refuses a file over `media.maxFileSize` as soon as it is chosen, before anything is sent. */
    uploadSizeGuard: client('UploadSizeGuard'),
  } as const
}

/** The admin route of the review queue. */
export const REVIEW_QUEUE_PATH = '/review-queue'
