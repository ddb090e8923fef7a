import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../types'
import type { Id } from '../workflow/ids'
import type { ShareHistoryAction } from '../workflow/labels'
import type { ArticleLike, Bilingual, Problem } from '../workflow/types'
import type { WorkflowActionResult } from './applyWorkflowAction'

import { toActor } from '../access'
import { allowedActions } from '../workflow/decide'
import { SHARE_LINKS_SLUG } from '../frontend/shareLinks'
import { ACTION_LABELS, HISTORY_ACTION_LABELS, SHARE_HISTORY_LABELS, STATE_LABELS } from '../workflow/labels'
import { resolveState } from '../workflow/states'
import { HISTORY_ACTIONS, transitionsFor } from '../workflow/transitions'
import { applyWorkflowAction } from './applyWorkflowAction'
import { integrationMessage } from '../messages'
import { sectionOf } from './sectionOf'
import { routeIdOf } from '../database/idType'

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
      const id = routeIdOf(req, options.slugs.articles)
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
      const id = routeIdOf(req, options.slugs.articles)
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
      const transitions = events.docs.map((doc) => {
        const event = doc as Record<string, unknown>
        const actorDoc = event.actor as { id?: Id; name?: string; email?: string } | null | undefined
        const known = HISTORY_ACTIONS.find((action) => action === event.action)
        return {
          kind: 'transition' as const,
          id: event.id as Id,
          action: String(event.action),
          actionLabel: known ? HISTORY_ACTION_LABELS[known] : null,
          from: (event.from as string | undefined) ?? null,
          to: (event.to as string | undefined) ?? null,
          comment: (event.comment as string | undefined) ?? null,
          version: (event.version as string | undefined) ?? null,
          at: String(event.at),
          actor: actorDoc ? { id: actorDoc.id as Id, name: actorDoc.name ?? actorDoc.email ?? String(actorDoc.id) } : null,
        }
      })
      const history = [...transitions, ...(await shareLinkHistory(req, id))].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
      return Response.json({
        state,
        stateLabel: state ? STATE_LABELS[state] : null,
        publishAt: article.publishAt ?? null,
        embargoUntil: article.embargoUntil ?? null,
        timezone: options.timezone,
        digits: options.digits,
        requireReview: options.requireReview,
        actions,
        events: history,
      })
    },
  }
}

/** The history entries of an article's share links, when the frontend's share links are installed. */
type ShareHistoryEntry = {
  kind: 'share'
  id: string
  action: ShareHistoryAction
  actionLabel: Bilingual
  from: null
  to: null
  /** Whom the link was made for. */
  comment: string | null
  version: null
  at: string
  actor: { id: Id; name: string } | null
}

/**
 * Each share link of the article as entries of its history: made (by whom, for whom), each use (with
 * the reader's browser), revoked. Read from the share links themselves, which record every use.
 */
async function shareLinkHistory(req: PayloadRequest, article: Id): Promise<ShareHistoryEntry[]> {
  const collections: Record<string, unknown> = req.payload.collections
  if (!collections[SHARE_LINKS_SLUG]) return []
  const links = await req.payload.find({
    collection: SHARE_LINKS_SLUG as never,
    where: { article: { equals: article } },
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const entries: ShareHistoryEntry[] = []
  for (const doc of links.docs as Record<string, unknown>[]) {
    const label = typeof doc.label === 'string' ? doc.label : null
    const creator = doc.createdBy as { id?: Id; name?: string; email?: string } | null | undefined
    const base = { kind: 'share' as const, from: null, to: null, version: null }
    entries.push({
      ...base,
      id: `share:${String(doc.id)}`,
      action: 'share-created',
      actionLabel: SHARE_HISTORY_LABELS['share-created'],
      comment: label,
      at: String(doc.createdAt),
      actor: creator && typeof creator === 'object' ? { id: creator.id as Id, name: creator.name ?? creator.email ?? String(creator.id) } : null,
    })
    const uses = Array.isArray(doc.uses) ? (doc.uses as { id?: unknown; at?: unknown; userAgent?: unknown }[]) : []
    uses.forEach((use, index) => {
      const browser = typeof use.userAgent === 'string' && use.userAgent !== '' ? ` (${use.userAgent})` : ''
      entries.push({
        ...base,
        id: `share:${String(doc.id)}:use:${index}`,
        action: 'share-used',
        actionLabel: SHARE_HISTORY_LABELS['share-used'],
        comment: label === null ? null : `${label}${browser}`,
        at: String(use.at),
        actor: null,
      })
    })
    if (typeof doc.revokedAt === 'string') {
      entries.push({
        ...base,
        id: `share:${String(doc.id)}:revoked`,
        action: 'share-revoked',
        actionLabel: SHARE_HISTORY_LABELS['share-revoked'],
        comment: label,
        at: doc.revokedAt,
        actor: null,
      })
    }
  }
  return entries
}
