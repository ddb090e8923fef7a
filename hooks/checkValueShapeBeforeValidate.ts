import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import type { IdType } from '../src/content/queryGuard'
import type { Bilingual } from '../src/messages'

import { isKnownTimeZone, isStrictDate, isValidId, plainTextProblem } from '../src/content/queryGuard'
import { idTypeOf } from '../src/database/idType'
import { bilingualText, SECURITY_MESSAGES } from '../src/messages'

function refuse(args: Parameters<FieldHook>[0], message: Bilingual): ValidationError {
  return new ValidationError(
    { collection: args.collection?.slug, errors: [{ path: args.path.join('.'), message: bilingualText(message) }], req: args.req },
    args.req.t,
  )
}

function referenceOk(value: unknown, idType: IdType): boolean {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) return isValidId((value as { id: unknown }).id, idType)
  return isValidId(value, idType)
}

/**
 * A relationship value as the database stores it: an id of the database's type (or a populated document
 * carrying one), a list of them when the field has many; empty is left to `required`. `"abc"`, `-1`,
 * `1e20` and `{ "$gt": "" }` are refused with a 400 on the field instead of failing in the database.
 */
export const checkReferenceBeforeValidate =
  ({ hasMany }: { hasMany: boolean }): FieldHook =>
  (args) => {
    const { value, req } = args
    if (value === undefined || value === null || value === '') return value
    const relationTo = (args.field as { relationTo?: unknown }).relationTo
    const idType = idTypeOf(req.payload, typeof relationTo === 'string' ? relationTo : undefined)
    const ok = hasMany ? Array.isArray(value) && value.every((entry) => referenceOk(entry, idType)) : referenceOk(value, idType)
    if (!ok) throw refuse(args, SECURITY_MESSAGES.invalidReference(args.path.join('.')))
    return value
  }

/**
 * A date as a real calendar date in ISO 8601: `2027-02-30`, `0000-00-00`, `1e20` or an object is
 * refused with a 400 instead of being rolled over or failing in the database. Run after digit folding.
 */
export const checkDateBeforeValidate: FieldHook = (args) => {
  const { value, siblingData, field } = args
  // The zone Payload stores beside a date (`publishedAt_tz`) is a select, which drafts do not validate.
  const zoneName = 'name' in field ? `${field.name}_tz` : undefined
  const zone = zoneName ? (siblingData as Record<string, unknown> | undefined)?.[zoneName] : undefined
  if (zone !== undefined && zone !== null && zone !== '' && !isKnownTimeZone(zone)) {
    throw refuse(args, SECURITY_MESSAGES.unknownTimeZone(args.path.join('.')))
  }
  if (value === undefined || value === null || value === '') return value
  if (!isStrictDate(value)) throw refuse(args, SECURITY_MESSAGES.invalidDate(args.path.join('.')))
  return value
}

/**
 * A plain-text value as text: a string (a list of strings for a field with many), without NUL or other
 * control characters and without lone surrogates. An object such as `{ "html": "…" }` or `{ "$gt": "" }`
 * is refused with a 400 instead of being stored as its JSON text. Drafts run it too (they skip `validate`).
 */
export const checkPlainTextBeforeValidate: FieldHook = (args) => {
  const problem = plainTextProblem(args.value, Boolean((args.field as { hasMany?: unknown }).hasMany))
  if (problem === 'type') throw refuse(args, SECURITY_MESSAGES.textNotString(args.path.join('.')))
  if (problem === 'character') throw refuse(args, SECURITY_MESSAGES.textForbiddenCharacter(args.path.join('.')))
  return args.value
}
