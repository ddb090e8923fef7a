import type { CollectionAfterErrorHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'
import type { Id } from '../src/workflow/ids'

import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage } from '../src/messages'
import { claimBeforeWrite, recordTransition, releaseClaim, sequenceOf } from '../src/workflow-server/transitionClaim'
import { WORKFLOW_TRANSITION } from '../src/workflow-server/workflowContext'
import { isWorkflowState, resolveState } from '../src/workflow/states'

/** `req.context` key of the transition a save claimed before its write (see below). */
export const CLAIMED_TRANSITION = 'newsroomClaimedTransition'

export type ClaimedTransition = { article: string; sequence: number; eventId: Id }

/** The claim this request made for `article` before writing it, taken off the request. */
export function takeClaim(req: PayloadRequest, article: Id, sequence: number): ClaimedTransition | null {
  const claim = req.context[CLAIMED_TRANSITION] as ClaimedTransition | undefined
  if (!claim || claim.article !== String(article) || claim.sequence !== sequence) return null
  delete req.context[CLAIMED_TRANSITION]
  return claim
}

/**
 * A save that changes an article's state takes the next transition number (`workflowGuardBeforeChange`)
 * and records it in the history after the write (`workflowSyncAfterChange`); in a transaction, a lost
 * race rolls the write back. Without one (MongoDB without a replica set) the write would stay, so the
 * number is claimed here, as the last step before the write: a lost race is refused with 409 and writes
 * nothing. `workflowSyncAfterChange` then names the saved version in the claimed event.
 */
export const claimTransitionBeforeChange =
  (options: ResolvedNewsroomOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc || req.context[WORKFLOW_TRANSITION]) return data
    const sequence = sequenceOf(data)
    const to: unknown = data.workflowStatus ?? originalDoc.workflowStatus
    if (sequence <= sequenceOf(originalDoc) || !isWorkflowState(to) || !(await claimBeforeWrite(req))) return data

    const user = req.user?.collection === options.slugs.users ? req.user : null
    const event = await recordTransition(req, options, {
      article: originalDoc.id as Id,
      sequence,
      action: 'edit',
      from: resolveState(originalDoc) ?? to,
      to,
      actor: user?.id ?? null,
      at: new Date(),
      version: null,
    })
    if (!event) throw new WorkflowError(409, 'conflict', integrationMessage('conflict'))
    req.context[CLAIMED_TRANSITION] = { article: String(originalDoc.id), sequence, eventId: event.id } satisfies ClaimedTransition
    return data
  }

/** A save that failed after claiming its transition (and before writing) gives the number back. */
export const releaseClaimAfterError =
  (options: ResolvedNewsroomOptions): CollectionAfterErrorHook =>
  async ({ req }) => {
    const claim = req.context[CLAIMED_TRANSITION] as ClaimedTransition | undefined
    if (!claim) return
    delete req.context[CLAIMED_TRANSITION]
    await releaseClaim(req, options, claim.eventId)
  }
