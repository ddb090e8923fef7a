/**
 * `req.context` keys shared by the workflow endpoint and the article hooks.
 *
 * - `WORKFLOW_TRANSITION`: set while the workflow itself writes the article, so the guards that refuse
 *   plain changes of `workflowStatus`, `_status` and `publishAt` let the transition through.
 * - `PLAIN_CHANGE`: set by the guard before each article create or update to say whether the rules apply
 *   (`true` when access is enforced: REST, GraphQL, Local API with `overrideAccess: false`).
 */
export const WORKFLOW_TRANSITION = 'newsroomWorkflowTransition'
export const PLAIN_CHANGE = 'newsroomPlainChange'
