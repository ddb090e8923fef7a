/**
 * Checks on what a client puts in a query or a document reference before it reaches the database: ids
 * of the database's type, real dates, and operators that fit the field. Without them, SQL databases
 * answer `abc` for a numeric id or `notadate` for a date column with an error, which reaches the client
 * as a 500. Pure: no Payload import.
 */

/** How a queried path is checked. */
export type FieldKind = 'id' | 'date' | 'point' | 'other'

/**
 * The form of a database's ids: integers on SQL databases, ObjectIds (24 hexadecimal digits) on MongoDB,
 * any short string for collections with text ids.
 */
export type IdType = 'number' | 'objectId' | 'text'

/** Largest id an SQL integer key column holds. */
export const MAX_NUMERIC_ID = 2_147_483_647

const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const OBJECT_ID = /^[0-9a-f]{24}$/i
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])

/**
 * `true` for an id the database can hold: a positive integer for numeric ids, 24 hexadecimal digits for
 * ObjectIds, a short string otherwise.
 */
export function isValidId(value: unknown, idType: IdType): boolean {
  if (idType === 'objectId') {
    const text = value && typeof value === 'object' && typeof (value as { toHexString?: unknown }).toHexString === 'function' ? (value as { toHexString: () => string }).toHexString() : value
    return typeof text === 'string' && OBJECT_ID.test(text)
  }
  if (idType === 'text') return (typeof value === 'string' && value.length > 0 && value.length <= 64) || typeof value === 'number'
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return false
  return Number(text) <= MAX_NUMERIC_ID
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * `true` for a calendar date that exists, written as ISO 8601 (`2027-02-28`, `2027-02-28T10:00`,
 * `2027-02-28T10:00:00.000Z`), with a four-digit year from 1000. `2027-02-30`, `0000-00-00`, `1e20`
 * and `garbage` are not dates; a date is never rolled over into the next month.
 */
export function isStrictDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = ISO.exec(value.trim())
  if (!match) return false
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return false
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return false
  return !Number.isNaN(Date.parse(value))
}

/** A query problem: the path and the kind of value it needed. */
export interface QueryProblem {
  readonly path: string
  readonly expected: 'id' | 'date' | 'operator' | 'where'
}

function valuesOf(operator: string, value: unknown): unknown[] {
  if (!LISTS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

/**
 * The first problem of a `where` query, or `null`. `kindOf` says how a path is checked; paths it does
 * not know (nested fields, JSON) are left to Payload.
 */
export function whereProblem(
  where: unknown,
  kindOf: (path: string) => FieldKind,
  idType: IdType | ((path: string) => IdType),
  depth = 0,
): QueryProblem | null {
  if (where === undefined || where === null) return null
  if (typeof where !== 'object' || Array.isArray(where) || depth > 20) return { path: 'where', expected: 'where' }
  for (const [path, constraint] of Object.entries(where as Record<string, unknown>)) {
    if (path === 'and' || path === 'or') {
      const list = Array.isArray(constraint) ? constraint : constraint && typeof constraint === 'object' ? Object.values(constraint) : null
      if (!list) return { path, expected: 'where' }
      for (const inner of list) {
        const problem = whereProblem(inner, kindOf, idType, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) return { path, expected: 'where' }
    const kind = kindOf(path)
    const ids = typeof idType === 'function' ? idType(path) : idType
    for (const [operator, value] of Object.entries(constraint as Record<string, unknown>)) {
      if (GEO.has(operator) && kind !== 'point') return { path, expected: 'operator' }
      if (operator === 'exists' || (value === null && (operator === 'equals' || operator === 'not_equals'))) continue
      if (kind === 'id' && (operator === 'like' || operator === 'contains') && !isValidId(value, ids)) return { path, expected: 'id' }
      if (!COMPARISONS.has(operator) && !LISTS.has(operator)) continue
      if (kind === 'id' && !valuesOf(operator, value).every((entry) => isValidId(entry, ids))) return { path, expected: 'id' }
      if (kind === 'date' && !valuesOf(operator, value).every(isStrictDate)) return { path, expected: 'date' }
    }
  }
  return null
}

/**
 * Deepest nesting of objects and arrays a request body may have. The deepest legitimate body, rich text
 * at its own depth limit, stays well under it; deeper bodies overflow the stack of Payload's recursive
 * copies and checks (a 500) before any field is validated.
 */
export const MAX_BODY_DEPTH = 200

/**
 * The top-level key under which `value` nests objects and arrays deeper than `maxDepth` (`''` when the
 * value itself is the culprit), or `null` when it does not. Iterative, so any depth is measured safely.
 *
 * @example
 * tooDeepPath({ title: [[[1]]] }, 2) // 'title'
 * tooDeepPath({ title: 'x' }, 2) // null
 */
export function tooDeepPath(value: unknown, maxDepth: number = MAX_BODY_DEPTH): string | null {
  if (!value || typeof value !== 'object') return null
  const stack: { node: object; depth: number; top: string }[] = [{ node: value, depth: 1, top: '' }]
  while (stack.length > 0) {
    const { node, depth, top } = stack.pop()!
    if (depth > maxDepth) return top
    for (const [key, inner] of Object.entries(node)) {
      if (inner && typeof inner === 'object') stack.push({ node: inner as object, depth: depth + 1, top: depth === 1 ? key : top })
    }
  }
  return null
}

/**
 * Characters no plain-text field may hold: C0 controls other than tab, line feed and carriage return,
 * DEL and C1 controls, and lone UTF-16 surrogates (which no encoding can store). Bidi controls and stray
 * zero-width characters are not here: text normalization removes them (`normalizeArabic`).
 */
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * What is wrong with a plain-text field's value: `'type'` for anything but a string (or a list of strings
 * when the field has many), `'character'` for a forbidden character, `null` when it is fine. Empty values
 * are left to `required`.
 *
 * @example
 * plainTextProblem({ html: '<b>x</b>' }, false) // 'type'
 * plainTextProblem('عنوان\u0000', false) // 'character'
 */
export function plainTextProblem(value: unknown, hasMany: boolean): 'type' | 'character' | null {
  if (value === undefined || value === null) return null
  const items = hasMany ? value : [value]
  if (!Array.isArray(items)) return 'type'
  for (const item of items) {
    if (typeof item !== 'string') return 'type'
    if (FORBIDDEN_TEXT.test(item)) return 'character'
  }
  return null
}

/** `true` for an IANA time zone name this runtime knows (`Africa/Cairo`), `false` for `Mars/Olympus`. */
export function isKnownTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone === '' || zone.length > 64) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
