import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction, ValidationError } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { Actor } from '../workflow/roles'
import type { WorkflowState } from '../workflow/states'
import type { ArticleLike, Bilingual, Problem, SectionLike } from '../workflow/types'
import type { Id } from '../workflow/ids'
import type { IntegrationMessageCode } from '../messages'

import { decideTransition } from '../workflow/decide'
import { idOf } from '../workflow/ids'
import { ACTION_LABELS, STATE_LABELS } from '../workflow/labels'
import { isSystemActor } from '../workflow/roles'
import { notifyWorkflowAction } from '../notifications/workflow'
import { formatMessage, integrationMessage } from '../messages'
import { titleProblem } from '../content/titleRules'
import { parseScheduleTime } from './parseTime'
import { cancelScheduledPublish, queueScheduledPublish } from './scheduledPublish'
import {
  attachVersion,
  claimBeforeWrite,
  recordTransition,
  recordedTransitions,
  releaseClaim,
  sequenceOf,
  syncStateRow,
  transitionInFlight,
} from './transitionClaim'
import { WORKFLOW_TRANSITION } from './workflowContext'

/** What a caller asks for: the article and the action, with the action's data. */
export type WorkflowActionInput = {
  id: Id
  /** Any string; unknown actions are refused with 400. */
  action: string
  comment?: string | null
  /** For `schedule`: an ISO-8601 instant, or a wall-clock time read in the newsroom time zone. */
  publishAt?: string | null
  /**
   * For `fire-schedule`: the time the job was queued for. A job whose time no longer matches the
   * article's (it was rescheduled) is refused with 409 and changes nothing.
   */
  scheduledFor?: string | null
}

/** A transition that happened. */
export type WorkflowActionDone = {
  ok: true
  status: 200
  action: string
  from: WorkflowState
  to: WorkflowState
  doc: Record<string, unknown>
  eventId: Id
  message: Bilingual
}

/** A refused or failed transition; nothing was written. */
export type WorkflowActionRefused = {
  ok: false
  status: 400 | 401 | 403 | 404 | 409
  code: string
  message: Bilingual
  problems?: readonly Problem[]
}

export type WorkflowActionResult = WorkflowActionDone | WorkflowActionRefused

type Args = {
  req: PayloadRequest
  options: ResolvedNewsroomOptions
  /** Who asks: the signed-in user as a workflow actor, the system actor (scheduler), or nobody. */
  actor: Actor | null
  input: WorkflowActionInput
  /** The current time; the scheduler passes the job queue's clock. */
  now?: Date
}

function refused(
  status: WorkflowActionRefused['status'],
  code: IntegrationMessageCode,
  params: Readonly<Record<string, string | Bilingual>> = {},
): WorkflowActionRefused {
  return { ok: false, status, code, message: integrationMessage(code, params) }
}

/**
 * `true` for errors that mean another transaction holds or changed the rows the request needs (the
 * caller lost a race): a busy SQLite database, a Postgres serialization failure or deadlock, a MongoDB
 * write conflict inside a transaction.
 */
function isWriteConflict(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as Error)?.message ?? ''} ${
    (error as { cause?: { code?: unknown; message?: unknown } })?.cause?.code ?? ''
  }`
  return /SQLITE_BUSY|database is locked|40001|40P01|could not serialize|deadlock detected|WriteConflict/i.test(text)
}

async function findOne(req: PayloadRequest, collection: CollectionSlug, id: Id, draft: boolean) {
  return (await req.payload.findByID({
    collection: collection as never,
    id,
    depth: 0,
    draft,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
}

async function featuredImageAlt(req: PayloadRequest, mediaSlug: CollectionSlug, article: Record<string, unknown>) {
  const imageId = idOf(article.featuredImage as ArticleLike['featuredImage'] & { id: Id })
  if (imageId === null) return null
  const image = await findOne(req, mediaSlug, imageId, false)
  return typeof image?.alt === 'string' ? image.alt : null
}

/** The title rules of the field's validation, checked before the article is submitted or goes live. */
function contentProblems(article: Record<string, unknown>, options: ResolvedNewsroomOptions): Problem[] {
  const title = typeof article.title === 'string' ? article.title : ''
  if (title.trim() === '') return [{ path: 'title', message: TITLE_REQUIRED }]
  const problem = titleProblem(title, options.validation, true)
  return problem ? [{ path: 'title', message: problem }] : []
}

const TITLE_REQUIRED: Bilingual = { ar: 'يجب كتابة عنوان للمقال.', en: 'The article needs a title.' }

/** The field problems of a validation error thrown by a save (messages are "<Arabic> — <English>"). */
function validationProblems(error: unknown): Problem[] | null {
  if (!(error instanceof ValidationError)) return null
  const errors = (error.data as { errors?: { path?: unknown; message?: unknown }[] } | undefined)?.errors ?? []
  return errors.map((entry) => {
    const text = String(entry.message ?? '')
    const at = text.indexOf(' — ')
    return {
      path: String(entry.path ?? ''),
      message: at < 0 ? { ar: text, en: text } : { ar: text.slice(0, at), en: text.slice(at + 3) },
    }
  })
}

/**
 * Applies one workflow action to one article: the server side of `POST /api/<articles>/:id/workflow`,
 * of the admin buttons and of the scheduler. Every rule is decided by `decideTransition`; this function
 * reads what it needs, then writes in one transaction:
 *
 * 1. the article, with the new state and the next transition number (`_status` and the published
 *    version change only for publish, unpublish and archiving a live article; other transitions save a
 *    draft version beside the live one), and the state copied to its row;
 * 2. the scheduled-publish job (queued for `schedule`, removed when a schedule ends);
 * 3. one event in the workflow history, which claims the transition number (see `transitionClaim`):
 *    when another transition of the article claimed it first, this one is rolled back and answered
 *    409 `conflict` — exactly one of two concurrent requests wins;
 * 4. the review notifications of the action (queued, sent after the commit).
 *
 * Refusals write nothing. Errors other than lost races are rethrown after rolling back.
 */
export async function applyWorkflowAction({ req: shared, options, actor, input, now = new Date() }: Args): Promise<WorkflowActionResult> {
  // The flags this action leaves for the article hooks (req.context) are its own: callers may share one
  // request between actions running side by side, as Payload's job runner does for a batch of jobs (one
  // job's flag must not vanish under another job's save).
  const req = isolateObjectProperty(shared, 'context')
  req.context = { ...shared.context }
  const { payload } = req
  const { slugs } = options

  if (!actor) {
    const decision = decideTransition({ action: input.action, actor: null, article: {}, now })
    if (!decision.ok) return { ok: false, status: decision.status, code: decision.code, message: decision.message }
  }

  let ownsTransaction = false
  try {
    ownsTransaction = await initTransaction(req)
  } catch (error) {
    // A failed BEGIN leaves a rejected promise on the request; nothing else may use it.
    delete req.transactionID
    if (isWriteConflict(error)) return refused(409, 'conflict')
    throw error
  }
  const rollback = async () => {
    if (ownsTransaction) await killTransaction(req)
  }

  try {
    // The history's count is read before the article: see `recordedTransitions`.
    const recorded = await recordedTransitions(req, options, input.id)
    const article = await findOne(req, slugs.articles, input.id, true)
    if (!article) {
      await rollback()
      return refused(404, 'not-found')
    }
    // Without a transaction, a transition claimed but not yet written makes the article's state stale.
    const claimFirst = await claimBeforeWrite(req)
    if (claimFirst && recorded > sequenceOf(article) && (await transitionInFlight(req, options, input.id, recorded))) {
      await rollback()
      return refused(409, 'conflict')
    }
    const sectionId = idOf(article.section as ArticleLike['section'])
    const section = sectionId === null ? null : await findOne(req, slugs.sections, sectionId, false)

    let publishAt: string | null | undefined = input.publishAt
    if (typeof publishAt === 'string' && publishAt.trim() !== '') {
      publishAt = parseScheduleTime(publishAt, options.timezone)?.toISOString() ?? publishAt
    }

    const decision = decideTransition({
      action: input.action,
      actor,
      article: article as ArticleLike,
      section: section as SectionLike | null,
      options: { requireReview: options.requireReview, timeZone: options.timezone, digits: options.digits },
      comment: input.comment,
      publishAt,
      featuredImageAlt: await featuredImageAlt(req, slugs.media, article),
      contentProblems: contentProblems(article, options),
      now,
    })
    if (!decision.ok) {
      await rollback()
      return {
        ok: false,
        status: decision.status,
        code: decision.code,
        message: decision.message,
        ...(decision.problems ? { problems: decision.problems } : {}),
      }
    }
    if (decision.action === 'fire-schedule' && input.scheduledFor) {
      const due = new Date(String(article.publishAt ?? '')).getTime()
      if (due !== new Date(input.scheduledFor).getTime()) {
        await rollback()
        return refused(409, 'conflict')
      }
    }
    const sequence = Math.max(recorded, sequenceOf(article)) + 1
    const user = isSystemActor(actor) ? null : req.user
    const transition = {
      article: input.id,
      sequence,
      action: decision.action,
      from: decision.from,
      to: decision.to,
      actor: user?.id ?? null,
      comment: decision.comment ?? null,
      at: now,
    }

    // 0. Without a transaction, the number is claimed first: a lost race then writes nothing.
    const claim = claimFirst ? await recordTransition(req, options, { ...transition, version: null }) : null
    if (claimFirst && !claim) return refused(409, 'conflict')

    let doc: Record<string, unknown>
    const { patch } = decision
    try {
      // 1. The article itself.
      const data: Record<string, unknown> = { ...patch, workflowSequence: sequence }
      if (patch.publishAt) data.publishAt_tz = options.timezone
      if (patch.publishAt === null) data.publishAt_tz = null
      const draft = patch._status === undefined
      req.context[WORKFLOW_TRANSITION] = true
      try {
        doc = (await payload.update({
          collection: slugs.articles as never,
          id: input.id,
          data: data as never,
          draft,
          depth: 0,
          overrideAccess: true,
          user,
          req,
        })) as Record<string, unknown>
      } finally {
        delete req.context[WORKFLOW_TRANSITION]
      }
      if (draft) await syncStateRow(req, options, input.id, decision.to, sequence)

      // 2. The scheduler's job.
      if (decision.from === 'scheduled' || decision.to === 'scheduled') {
        await cancelScheduledPublish(req, options, input.id)
      }
      if (decision.to === 'scheduled' && patch.publishAt) {
        await queueScheduledPublish(req, options, input.id, patch.publishAt)
      }
    } catch (error) {
      if (claim) await releaseClaim(req, options, claim.id)
      throw error
    }

    // 3. The history, which claims the transition number (or names the version in the early claim).
    const event = claim ?? (await recordTransition(req, options, transition))
    if (!event) {
      await rollback()
      return refused(409, 'conflict')
    }
    if (claim) await attachVersion(req, options, claim.id, input.id)

    // 4. The notifications, in the same transaction: they are sent only if the transition commits.
    await notifyWorkflowAction(req, {
      action: decision.action,
      from: decision.from,
      article: doc,
      actor: user,
      comment: decision.comment,
    })

    if (ownsTransaction) await commitTransaction(req)
    return {
      ok: true,
      status: 200,
      action: decision.action,
      from: decision.from,
      to: decision.to,
      doc,
      eventId: event.id,
      message: {
        ar: `تم: ${ACTION_LABELS[decision.action].ar} — الحالة الآن «${STATE_LABELS[decision.to].ar}».`,
        en: `Done: ${ACTION_LABELS[decision.action].en} — the article is now “${STATE_LABELS[decision.to].en}”.`,
      },
    }
  } catch (error) {
    await rollback()
    if (isWriteConflict(error)) return refused(409, 'conflict')
    const problems = validationProblems(error)
    if (problems) {
      return { ok: false, status: 400, code: 'publish-checks-failed', message: formatMessage('publish-checks-failed'), problems }
    }
    throw error
  }
}
