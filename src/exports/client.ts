'use client'

/** Client components of the newsroom admin (workflow buttons, timeline, list badge, nav link, body editor feature, field descriptions, upload size guard). */
export { BodyEditorFeatureClient } from '../admin/components/BodyEditorFeatureClient'
export { FieldDescription } from '../admin/components/FieldDescription'
export { ReviewQueueNavLink } from '../admin/components/ReviewQueueNavLink'
export { SlugPreview } from '../admin/components/SlugPreview'
export { UploadSizeGuard } from '../admin/components/UploadSizeGuard'
export { WorkflowButtons } from '../admin/components/WorkflowButtons'
export { WorkflowStatus } from '../admin/components/WorkflowStatus'
export { WorkflowStatusCell } from '../admin/components/WorkflowStatusCell'
export { WorkflowTimeline } from '../admin/components/WorkflowTimeline'
