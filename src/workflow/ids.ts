/**
 * Identifier helpers. Payload returns ids as strings (MongoDB) or numbers
 * (Postgres / SQLite), and relationship fields are either the bare id or the
 * populated document. Everything in the workflow module compares ids through
 * these helpers, always as strings.
 */

/** A document id as stored by any Payload database adapter. */
export type Id = string | number

/** A relationship value: the bare id or a populated document carrying `id`. */
export type IdRef = Id | { readonly id: Id }

/**
 * Extracts the id from a relationship value.
 * Returns `null` for `null`, `undefined`, empty strings and objects without an id.
 */
export function idOf(value: IdRef | null | undefined): Id | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'object' && 'id' in value) {
    const inner: unknown = value.id
    if (typeof inner === 'string') return inner === '' ? null : inner
    if (typeof inner === 'number') return Number.isFinite(inner) ? inner : null
  }
  return null
}

/** `true` when both values refer to the same document (`String(a) === String(b)`). */
export function sameId(a: IdRef | null | undefined, b: IdRef | null | undefined): boolean {
  const left = idOf(a)
  const right = idOf(b)
  if (left === null || right === null) return false
  return String(left) === String(right)
}

/** `true` when `list` contains a reference to `id`. Tolerates `null` lists and holes. */
export function includesId(
  list: readonly (IdRef | null | undefined)[] | null | undefined,
  id: IdRef | null | undefined,
): boolean {
  if (!Array.isArray(list)) return false
  return list.some((entry) => sameId(entry, id))
}
