import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { compareAndSetState } from '../src/endpoints/compareAndSetState'
import { cancelScheduledPublish } from '../src/endpoints/scheduledPublish'
import { WORKFLOW_TRANSITION } from '../src/endpoints/workflowContext'
import { isWorkflowState } from '../src/workflow/states'

/**
 * Keeps the article's row in step with its working copy. A draft save writes only a new version, so
 * when a save changed `workflowStatus` (an edit that sent the article back to draft, or trusted code)
 * the state is copied to the row, where the workflow's compare-and-set reads it. When the change ended
 * a schedule, the pending scheduled-publish job is removed. Runs in the save's transaction.
 */
export const workflowSyncAfterChange =
  (options: ResolvedNewsroomOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || req.context[WORKFLOW_TRANSITION]) return doc
    const state: unknown = doc.workflowStatus
    const before: unknown = previousDoc?.workflowStatus
    if (!isWorkflowState(state) || state === before) return doc
    await compareAndSetState({ payload: req.payload, req, collection: options.slugs.articles, id: doc.id, to: state })
    if (before === 'scheduled') await cancelScheduledPublish(req, options, doc.id)
    return doc
  }
