import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'
import type { ArticleLike } from '../src/workflow/types'

import { toActor } from '../src/access'
import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage } from '../src/messages'
import { sectionOf } from '../src/workflow-server/sectionOf'
import { sequenceOf } from '../src/workflow-server/transitionClaim'
import { PLAIN_CHANGE, WORKFLOW_TRANSITION } from '../src/workflow-server/workflowContext'
import { STATE_LABELS } from '../src/workflow/labels'
import { canCreateArticle, canEditArticle, stateAfterEdit } from '../src/workflow/permissions'
import { resolveState } from '../src/workflow/states'
import { sameId, type IdRef } from '../src/workflow/ids'

/** Fields only the workflow writes. */
const WORKFLOW_FIELDS = ['workflowStatus', 'workflowSequence', 'publishAt', 'createdBy'] as const

/** Keys that say nothing about the content: a save that changes only these is not an edit. */
const NOT_CONTENT = new Set<string>([
  ...WORKFLOW_FIELDS,
  'publishAt_tz',
  '_status',
  'id',
  'createdAt',
  'updatedAt',
])

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : time
  }
  if (Array.isArray(value)) return value.map(normalize)
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => [key, normalize(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries)
  }
  return value
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))
}

/** `true` when `data` changes a content field of `original` (workflow and bookkeeping fields aside). */
export function changesContent(data: Record<string, unknown>, original: Record<string, unknown>): boolean {
  return Object.keys(data).some((key) => !NOT_CONTENT.has(key) && !same(data[key], original[key]))
}

function locked(field: string): WorkflowError {
  return new WorkflowError(403, 'workflow-field-locked', integrationMessage('workflow-field-locked', { field }))
}

/**
 * The content rules of plain saves (see `workflowGuardBeforeOperation` for when they apply):
 *
 * - create: only in a section the user belongs to (`canCreateArticle`); the article starts as `draft`
 *   with `createdBy` set to the user;
 * - update: only when `canEditArticle` allows it (403 otherwise); a new `section` only one the user may
 *   create articles in (`canCreateArticle`: their own sections, any for the chiefs); `workflowStatus`, `publishAt` and
 *   `createdBy` cannot be changed (403) — the values the admin form sends back unchanged are accepted;
 * - a content edit of an `approved`, `scheduled` or `published` article sends its working copy back to
 *   `draft` (`stateAfterEdit`) and drops a schedule, so the article is reviewed again.
 *
 * Trusted saves keep `workflowStatus` consistent with `_status`: a document created or saved as
 * published without a state is `published`, any other new document is `draft`.
 *
 * Every save that changes the state of an existing article takes the next transition number
 * (`workflowSequence`); `workflowSyncAfterChange` then records the change in the history, which claims
 * the number, so a save and a concurrent workflow action cannot both change the state. A new article
 * starts at 0.
 */
export const workflowGuardBeforeChange =
  (options: ResolvedNewsroomOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (req.context[WORKFLOW_TRANSITION]) return data
    const next: Record<string, unknown> = { ...data }

    if (req.context[PLAIN_CHANGE] !== true) {
      if (operation === 'create' && !next.workflowStatus) {
        next.workflowStatus = next._status === 'published' ? 'published' : 'draft'
      } else if (next._status === 'published' && next.workflowStatus === undefined) {
        next.workflowStatus = 'published'
      }
      if (operation === 'create' && next.createdBy === undefined && req.user?.collection === options.slugs.users) {
        next.createdBy = req.user.id
      }
      return numbered(next, operation === 'create' ? undefined : originalDoc)
    }

    const actor = toActor(req.user, options.slugs.users)

    if (operation === 'create') {
      if (!canCreateArticle(actor, next.section as ArticleLike['section'])) {
        throw new WorkflowError(403, 'create-forbidden', integrationMessage('create-forbidden'))
      }
      if (next.workflowStatus !== undefined && next.workflowStatus !== null && next.workflowStatus !== 'draft') {
        throw locked('workflowStatus')
      }
      if (next.publishAt !== undefined && next.publishAt !== null) throw locked('publishAt')
      if (sequenceOf(next) !== 0) throw locked('workflowSequence')
      return { ...next, workflowStatus: 'draft', workflowSequence: 0, createdBy: actor?.id ?? null }
    }

    const original = (originalDoc ?? {}) as Record<string, unknown>
    const article = original as ArticleLike
    const current = resolveState(article)
    if (!canEditArticle(actor, article, await sectionOf(req, options, article))) {
      const state = current ? STATE_LABELS[current] : { ar: String(article.workflowStatus), en: String(article.workflowStatus) }
      throw new WorkflowError(403, 'edit-forbidden', integrationMessage('edit-forbidden', { state }))
    }
    // The desk an article belongs to decides who reviews and publishes it: moving it is placing it anew.
    if ('section' in next && !sameId(next.section as IdRef | null, article.section) && !canCreateArticle(actor, next.section as IdRef | null)) {
      const message = integrationMessage('section-move-forbidden')
      throw new WorkflowError(403, 'section-move-forbidden', message, [{ path: 'section', message }])
    }
    for (const field of WORKFLOW_FIELDS) {
      const accepted =
        field === 'workflowStatus'
          ? [original[field], current]
          : field === 'workflowSequence'
            ? [original[field], sequenceOf(original)]
            : [original[field]]
      if (field in next && !accepted.some((value) => same(next[field], value))) throw locked(field)
    }

    if (!changesContent(next, original) || current === null) return numbered(next, original)
    const after = stateAfterEdit(current)
    next.workflowStatus = after
    if (current === 'scheduled' && after !== 'scheduled') {
      next.publishAt = null
      next.publishAt_tz = null
    }
    return numbered(next, original)
  }

/**
 * `data` with its transition number: the original's, plus one when the save changes the state; 0 for a
 * new article.
 */
function numbered(data: Record<string, unknown>, original: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!original) return { ...data, workflowSequence: 0 }
  const before = resolveState(original as ArticleLike)
  const after = data.workflowStatus === undefined ? before : data.workflowStatus
  const sequence = sequenceOf(original)
  return { ...data, workflowSequence: after === before ? sequence : sequence + 1 }
}
