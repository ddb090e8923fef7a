import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { Id } from '../workflow/ids'
import type { ArticleLike, Bilingual, Problem } from '../workflow/types'
import type { WorkflowActionResult } from './applyWorkflowAction'

import { toActor } from '../access'
import { allowedActions } from '../workflow/decide'
import { ACTION_LABELS, HISTORY_ACTION_LABELS, STATE_LABELS } from '../workflow/labels'
import { resolveState } from '../workflow/states'
import { HISTORY_ACTIONS, transitionsFor } from '../workflow/transitions'
import { applyWorkflowAction } from './applyWorkflowAction'
import { integrationMessage } from '../messages'
import { sectionOf } from './sectionOf'

/** The JSON body of `POST /api/<articles>/:id/workflow`. */
export type WorkflowRequestBody = {
  action: string
  comment?: string | null
  publishAt?: string | null
}

type BodyCheck = { ok: true; body: WorkflowRequestBody } | { ok: false; problems: Problem[] }

/** Checks the shape of the request body (the workflow rules check the values). */
export function checkWorkflowBody(body: unknown): BodyCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, problems: [{ path: 'action', message: integrationMessage('malformed-body') }] }
  }
  const { action, comment, publishAt } = body as Record<string, unknown>
  const problems: Problem[] = []
  if (typeof action !== 'string' || action.trim() === '') {
    problems.push({ path: 'action', message: integrationMessage('malformed-body') })
  }
  for (const [path, value] of [
    ['comment', comment],
    ['publishAt', publishAt],
  ] as const) {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      problems.push({ path, message: integrationMessage('invalid-field') })
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    body: {
      action: (action as string).trim(),
      comment: (comment as string | null | undefined) ?? null,
      publishAt: (publishAt as string | null | undefined) ?? null,
    },
  }
}

function errorResponse(status: number, code: string, message: Bilingual, problems?: readonly Problem[]): Response {
  const errors = (problems && problems.length > 0 ? problems : [{ message }]).map((problem) => ({
    ...('path' in problem ? { path: problem.path } : {}),
    message: `${problem.message.ar} — ${problem.message.en}`,
    messages: problem.message,
  }))
  return Response.json({ code, message, errors }, { status })
}

/** The HTTP answer for a workflow result (also used by tests that call the handler's logic directly). */
export function workflowResponse(result: WorkflowActionResult): Response {
  if (!result.ok) return errorResponse(result.status, result.code, result.message, result.problems)
  return Response.json(
    {
      message: result.message,
      doc: result.doc,
      transition: { action: result.action, from: result.from, to: result.to },
      event: result.eventId,
    },
    { status: 200 },
  )
}

/** The route id as the database stores it (a number on SQL adapters with numeric ids). */
function routeId(req: PayloadRequest): Id | null {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  if (req.payload.db.defaultIDType === 'number') {
    const numeric = Number(raw)
    return Number.isSafeInteger(numeric) ? numeric : null
  }
  return String(raw)
}

async function readBody(req: PayloadRequest): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    if (typeof req.json === 'function') return { ok: true, value: await req.json() }
    await addDataAndFileToRequest(req)
    return { ok: true, value: req.data }
  } catch {
    return { ok: false }
  }
}

/**
 * `POST /api/<articles>/:id/workflow` with `{ action, comment?, publishAt? }`: applies a workflow action
 * and answers 200 with the article, 401 when nobody is signed in, 403 when the role or section does not
 * allow it, 404 for an unknown article, 409 when the current state does not allow it (or another
 * transition won the race), and 400 for a malformed body or missing data — always with `{ ar, en }`
 * messages.
 */
export function workflowActionEndpoint(options: ResolvedNewsroomOptions): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const actor = toActor(req.user, options.slugs.users)
      if (!actor) {
        return workflowResponse(await applyWorkflowAction({ req, options, actor: null, input: { id: 0, action: '' } }))
      }
      const raw = await readBody(req)
      const checked = raw.ok ? checkWorkflowBody(raw.value) : null
      if (!checked || !checked.ok) {
        const problems = checked?.problems ?? [{ path: 'action', message: integrationMessage('malformed-body') }]
        return errorResponse(400, 'malformed-body', integrationMessage('malformed-body'), problems)
      }
      const id = routeId(req)
      if (id === null) return errorResponse(404, 'not-found', integrationMessage('not-found'))
      const result = await applyWorkflowAction({ req, options, actor, input: { id, ...checked.body } })
      return workflowResponse(result)
    },
  }
}

/**
 * `GET /api/<articles>/:id/workflow`: what the admin shows next to an article — its state, the actions
 * the signed-in user may take from it (`allowedActions`), and its history, newest first. Staff only.
 */
export function workflowStatusEndpoint(options: ResolvedNewsroomOptions): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const actor = toActor(req.user, options.slugs.users)
      if (!actor) return errorResponse(401, 'unauthenticated', { ar: 'يجب تسجيل الدخول.', en: 'You must be signed in.' })
      if (actor.roles.length === 0) {
        return errorResponse(403, 'forbidden', { ar: 'هذه الصفحة لفريق التحرير.', en: 'Newsroom staff only.' })
      }
      const id = routeId(req)
      const article =
        id === null
          ? null
          : ((await req.payload.findByID({
              collection: options.slugs.articles as never,
              id,
              draft: true,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
            })) as (ArticleLike & Record<string, unknown>) | null)
      if (!article || id === null) return errorResponse(404, 'not-found', integrationMessage('not-found'))
      const section = await sectionOf(req, options, article)
      const state = resolveState(article)
      const actions = allowedActions(actor, article, section, { requireReview: options.requireReview }).map((action) => ({
        action,
        label: ACTION_LABELS[action],
        needs: transitionsFor(action).find((row) => row.needs)?.needs ?? null,
      }))
      const events = await req.payload.find({
        collection: options.slugs.workflowEvents as never,
        where: { article: { equals: id } },
        sort: '-at',
        limit: 200,
        depth: 1,
        overrideAccess: true,
        req,
      })
      return Response.json({
        state,
        stateLabel: state ? STATE_LABELS[state] : null,
        publishAt: article.publishAt ?? null,
        embargoUntil: article.embargoUntil ?? null,
        timezone: options.timezone,
        requireReview: options.requireReview,
        actions,
        events: events.docs.map((doc) => {
          const event = doc as Record<string, unknown>
          const actorDoc = event.actor as { id?: Id; name?: string; email?: string } | null | undefined
          const known = HISTORY_ACTIONS.find((action) => action === event.action)
          return {
            id: event.id,
            action: event.action,
            actionLabel: known ? HISTORY_ACTION_LABELS[known] : null,
            from: event.from,
            to: event.to,
            comment: event.comment ?? null,
            version: event.version ?? null,
            at: event.at,
            actor: actorDoc ? { id: actorDoc.id, name: actorDoc.name ?? actorDoc.email ?? String(actorDoc.id) } : null,
          }
        }),
      })
    },
  }
}
