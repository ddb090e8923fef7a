import type { CollectionSlug, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { Id } from '../workflow/ids'
import type { WorkflowState } from '../workflow/states'
import type { HistoryAction } from '../workflow/transitions'

import { runsInTransaction } from '../transactions'

/**
 * Every change of an article's workflow state — a workflow action, the scheduler, or a save that sends
 * the article back to draft — is a numbered transition. The article keeps the number of the last one in
 * `workflowSequence`; the change claims the next number by writing its history event with the unique
 * `transitionKey` `<article id>:<number>`, in the same transaction as the article.
 *
 * Two changes made from the same state at the same moment claim the same key, and the unique index lets
 * only one of them commit: on Postgres the second insert waits for the first transaction, then fails; on
 * SQLite transactions run one at a time, so the second change reads the state the first one left; on
 * MongoDB the second write fails (a duplicate key, or a write conflict inside a transaction). Payload
 * turns a duplicate key into a `ValidationError` on the `transitionKey` path and rolls the loser's
 * transaction back. Only Payload's Local API is used, so every database adapter behaves alike.
 */

/** The unique field of `workflow-events` that decides between concurrent transitions. */
export const TRANSITION_KEY_FIELD = 'transitionKey'

/** The key of the `sequence`-th transition of article `id`. */
export function transitionKey(id: Id, sequence: number): string {
  return `${String(id)}:${sequence}`
}

/** The number of the article's last transition (`0` before the first one, or when never stored). */
export function sequenceOf(article: { readonly workflowSequence?: unknown } | null | undefined): number {
  const value = Number(article?.workflowSequence ?? 0)
  return Number.isSafeInteger(value) && value > 0 ? value : 0
}

/**
 * How many transitions the article's history holds. The workflow reads it before the article: the
 * article's number can only lag behind it when a save based on an older copy of the article landed
 * after a transition, and the next transition then numbers itself after the history.
 */
export async function recordedTransitions(req: PayloadRequest, options: ResolvedNewsroomOptions, id: Id): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: options.slugs.workflowEvents as never,
    where: { article: { equals: id } },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

/**
 * `true` when `error` says that a transition key was already taken (the caller lost a race). A
 * duplicate key that names no field (some MongoDB-compatible servers leave the index out of the message)
 * counts when the key is now held, which the caller checks with `keyHolder`.
 */
export async function isTransitionKeyTaken(error: unknown, keyHolder?: () => Promise<boolean>): Promise<boolean> {
  if (!(error instanceof ValidationError) && (error as Error | null)?.name !== 'ValidationError') return false
  const errors = (error as { data?: { errors?: readonly { path?: unknown }[] } }).data?.errors ?? []
  if (errors.some((problem) => problem.path === TRANSITION_KEY_FIELD)) return true
  return Boolean(keyHolder) && errors.some((problem) => problem.path === '') && (await keyHolder!())
}


async function latestVersionId(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<Id | null> {
  const versions = await req.payload.findVersions({
    collection: collection as never,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const version = versions.docs[0] as { id?: Id } | undefined
  return version?.id ?? null
}

/** One transition, as the history records it. */
export type TransitionRecord = {
  article: Id
  /** The number the transition claims: the article's last number plus one. */
  sequence: number
  action: HistoryAction
  from: WorkflowState
  to: WorkflowState
  /** The user who acted; `null` for the system. */
  actor: Id | null
  comment?: string | null
  at: Date
  /**
   * The article version the transition produced. Omitted: the latest version, read now (the article
   * was saved first). `null`: not saved yet — the number is claimed before the article is written (see
   * `claimBeforeWrite`) and `attachVersion` completes the event afterwards.
   */
  version?: Id | null
}

/**
 * Writes the transition's history event (naming the article version just saved), which claims
 * `record.sequence`. Call it after the article is saved, in the same transaction (`req`).
 *
 * Returns `null` when another transition holds the number: Payload has then rolled the request's
 * transaction back, so the caller must write nothing more and answer 409 (or throw).
 */
export async function recordTransition(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  record: TransitionRecord,
): Promise<{ id: Id } | null> {
  const data = {
    article: record.article,
    action: record.action,
    from: record.from,
    to: record.to,
    actor: record.actor,
    comment: record.comment ?? null,
    version: record.version !== undefined ? record.version : await latestVersionId(req, options.slugs.articles, record.article),
    at: record.at.toISOString(),
    [TRANSITION_KEY_FIELD]: transitionKey(record.article, record.sequence),
  }
  const keyHeld = async () => {
    const { totalDocs } = await req.payload.count({
      collection: options.slugs.workflowEvents as never,
      where: { [TRANSITION_KEY_FIELD]: { equals: data[TRANSITION_KEY_FIELD] } },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0
  }
  try {
    const event = await req.payload.create({
      collection: options.slugs.workflowEvents as never,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { id: (event as { id: Id }).id }
  } catch (error) {
    if (await isTransitionKeyTaken(error, keyHeld)) return null
    throw error
  }
}

/**
 * Without a transaction, a transition claims its number *before* the article is written, so the loser
 * of a race writes nothing at all (claiming after the write would leave the loser's state in the
 * article). Once the article is saved, `attachVersion` names the version in the event; if the save
 * fails, `releaseClaim` removes the event so the history holds only transitions that happened.
 */
export async function claimBeforeWrite(req: PayloadRequest): Promise<boolean> {
  return !(await runsInTransaction(req))
}

/**
 * `true` while the article's transition number `sequence` is claimed but its article not yet written
 * (claimed before the write, `version` not named yet). Without a transaction another request can see
 * the claim before the article: it must not act on the article's old state.
 */
export async function transitionInFlight(req: PayloadRequest, options: ResolvedNewsroomOptions, id: Id, sequence: number): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: options.slugs.workflowEvents as never,
    where: { [TRANSITION_KEY_FIELD]: { equals: transitionKey(id, sequence) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const event = docs[0] as { version?: unknown } | undefined
  return Boolean(event) && (event?.version === null || event?.version === undefined)
}

/** Names the article's latest version in a transition event claimed before the article was written. */
export async function attachVersion(req: PayloadRequest, options: ResolvedNewsroomOptions, eventId: Id, article: Id): Promise<void> {
  const version = await latestVersionId(req, options.slugs.articles, article)
  if (version === null) return
  await req.payload.db.updateOne({
    collection: options.slugs.workflowEvents,
    id: eventId,
    data: { version },
    req,
    returning: false,
  })
}

/** Removes a claimed transition whose article write failed (only used without a transaction). */
export async function releaseClaim(req: PayloadRequest, options: ResolvedNewsroomOptions, eventId: Id): Promise<void> {
  await req.payload.db.deleteOne({ collection: options.slugs.workflowEvents, where: { id: { equals: eventId } }, req })
}

/**
 * Copies the working copy's state and number to the article's row. A draft save writes only a new
 * version, while the review queue, the list filters and access rules query the row.
 */
export async function syncStateRow(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
  state: WorkflowState,
  sequence: number,
): Promise<void> {
  await req.payload.db.updateOne({
    collection: options.slugs.articles,
    id,
    data: { workflowStatus: state, workflowSequence: sequence },
    req,
    returning: false,
  })
}
