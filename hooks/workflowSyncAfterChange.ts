import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage } from '../src/messages'
import { cancelScheduledPublish } from '../src/workflow-server/scheduledPublish'
import { attachVersion, recordTransition, sequenceOf, syncStateRow } from '../src/workflow-server/transitionClaim'
import { WORKFLOW_TRANSITION } from '../src/workflow-server/workflowContext'
import { isWorkflowState, resolveState } from '../src/workflow/states'
import { takeClaim } from './claimTransitionBeforeChange'

/**
 * Completes a save that changed the article's state outside the workflow actions (a content edit that
 * sent it back to draft, or trusted server code), in the save's transaction:
 *
 * - records the change in the history as an `edit` event, which claims the transition number
 *   `workflowGuardBeforeChange` gave the save. When a workflow action of the same article claimed it
 *   first, the save is refused with 409 `conflict` and rolled back (without a transaction the number
 *   was claimed before the write, by `claimTransitionBeforeChange`, and the event only gets its version);
 * - copies the state to the article's row (a draft save writes only a version);
 * - removes the pending scheduled-publish job when the change ended a schedule.
 */
export const workflowSyncAfterChange =
  (options: ResolvedNewsroomOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || req.context[WORKFLOW_TRANSITION]) return doc
    const state: unknown = doc.workflowStatus
    const before: unknown = previousDoc?.workflowStatus
    const sequence = sequenceOf(doc)
    const claimed = sequence > sequenceOf(previousDoc)
    if (!isWorkflowState(state) || (state === before && !claimed)) return doc

    const early = takeClaim(req, doc.id, sequence)
    await syncStateRow(req, options, doc.id, state, sequence)
    if (early) {
      await attachVersion(req, options, early.eventId, doc.id)
    } else if (claimed) {
      const user = req.user?.collection === options.slugs.users ? req.user : null
      const event = await recordTransition(req, options, {
        article: doc.id,
        sequence,
        action: 'edit',
        from: resolveState(previousDoc ?? {}) ?? state,
        to: state,
        actor: user?.id ?? null,
        at: new Date(),
      })
      if (!event) throw new WorkflowError(409, 'conflict', integrationMessage('conflict'))
    }
    if (before === 'scheduled' && state !== 'scheduled') await cancelScheduledPublish(req, options, doc.id)
    return doc
  }
