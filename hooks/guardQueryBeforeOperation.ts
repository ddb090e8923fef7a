import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { APIError } from 'payload'

import type { FieldKind } from '../src/content/queryGuard'
import type { Bilingual } from '../src/messages'

import { MAX_BODY_DEPTH, isValidId, tooDeepPath, whereProblem } from '../src/content/queryGuard'
import { idTypeOf } from '../src/database/idType'
import { bilingualText, SECURITY_MESSAGES } from '../src/messages'

type PathKind = { kind: FieldKind; relationTo?: string }

const kindsCache = new WeakMap<object, Map<string, PathKind>>()

function kindsOf(fields: readonly FlattenedField[], slug: string): Map<string, PathKind> {
  const cached = kindsCache.get(fields)
  if (cached) return cached
  const kinds = new Map<string, PathKind>([['id', { kind: 'id', relationTo: slug }]])
  for (const field of fields) {
    if (field.type === 'date') kinds.set(field.name, { kind: 'date' })
    else if (field.type === 'point') kinds.set(field.name, { kind: 'point' })
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      kinds.set(field.name, { kind: 'id', relationTo: field.relationTo })
    }
  }
  kindsCache.set(fields, kinds)
  return kinds
}

/** At most 40 characters of a client's value for a message, control characters written as `\\uXXXX`. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.slice(0, 40).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A query-string key with a segment named `__proto__`, `constructor` or `prototype`
 * (`where[__proto__][equals]=…`). The query parser drops such keys without a word, so the request would
 * be answered as if that condition had not been asked: it is refused instead.
 */
export function prototypeKeyInQuery(url: string | undefined): string | null {
  if (!url) return null
  const question = url.indexOf('?')
  if (question < 0) return null
  for (const part of url.slice(question + 1).split('&')) {
    let key = part.split('=')[0] ?? ''
    try {
      key = decodeURIComponent(key.replace(/\+/g, ' '))
    } catch {
      // a malformed escape is left as it is
    }
    if (/(?:^|\[|\.)(?:__proto__|constructor|prototype)(?:\]|\[|\.|$)/.test(key)) return key.slice(0, 80)
  }
  return null
}

function refuse(path: string, message: Bilingual): APIError {
  const text = bilingualText(message)
  return new APIError(text, 400, { errors: [{ path, message: text }] }, true)
}

/**
 * Refuses (400) what the database cannot answer before it is asked: an id of the wrong type (`GET
 * /api/articles/abc`), a `where` value that is no id or no real date, a geographic operator on a field
 * that is not a point, and a request body that is not a JSON object or nests deeper than Payload's recursive
 * copies can follow.
 */
export const guardQueryBeforeOperation: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const idType = idTypeOf(req.payload, collection.slug)
  const { id, where, data, page, limit } = args as { id?: unknown; where?: unknown; data?: unknown; page?: unknown; limit?: unknown }
  // A page below 1 becomes a negative OFFSET, which PostgreSQL refuses.
  if (page !== undefined && page !== null && !(Number.isInteger(Number(page)) && Number(page) >= 1)) {
    throw refuse('page', SECURITY_MESSAGES.invalidQuery('page'))
  }
  if (limit !== undefined && limit !== null && !(Number.isInteger(Number(limit)) && Number(limit) >= 0)) {
    throw refuse('limit', SECURITY_MESSAGES.invalidQuery('limit'))
  }
  if (id !== undefined && id !== null && !isValidId(id, idType)) throw refuse('id', SECURITY_MESSAGES.invalidId(String(id).slice(0, 40)))
  // The id as the URL spelled it: Payload reads `1%00` or `1abc` as the number 1 before this hook runs.
  const rawId = (req.routeParams as { id?: unknown } | undefined)?.id
  if (id !== undefined && id !== null && typeof rawId === 'string' && rawId !== String(id) && !isValidId(rawId, idType)) {
    throw refuse('id', SECURITY_MESSAGES.invalidId(printable(rawId)))
  }
  const dropped = prototypeKeyInQuery(req.url)
  if (dropped) throw refuse(dropped, SECURITY_MESSAGES.invalidQuery(dropped))
  const kinds = kindsOf(collection.flattenedFields, collection.slug)
  const problem = whereProblem(
    where,
    (path) => kinds.get(path)?.kind ?? 'other',
    (path) => idTypeOf(req.payload, kinds.get(path)?.relationTo),
  )
  if (problem) {
    const message =
      problem.expected === 'id'
        ? SECURITY_MESSAGES.invalidQueryId(problem.path)
        : problem.expected === 'date'
          ? SECURITY_MESSAGES.invalidQueryDate(problem.path)
          : SECURITY_MESSAGES.invalidQuery(problem.path)
    throw refuse(`where.${problem.path}`, message)
  }
  if ((operation === 'create' || operation === 'update') && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    throw refuse('', SECURITY_MESSAGES.bodyNotObject())
  }
  if (operation === 'create' || operation === 'update') {
    const deep = tooDeepPath(data)
    if (deep !== null) throw refuse(deep, SECURITY_MESSAGES.bodyTooDeep(deep, MAX_BODY_DEPTH))
  }
  return args
}
