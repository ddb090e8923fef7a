import type { Payload } from 'payload'

import type { IdType } from '../content/queryGuard'

/**
 * The form of the ids of `collection` (the database's default without one): its custom id type when it
 * has one, else integers on SQL databases and ObjectIds on MongoDB.
 */
export function idTypeOf(payload: Payload, collection?: string): IdType {
  // Indexed through a plain record: in a host app the collections map is keyed by its own slugs only.
  const collections: Record<string, { customIDType?: IdType } | undefined> = payload.collections
  const custom = collection ? collections[collection]?.customIDType : undefined
  if (custom) return custom
  if (payload.db.defaultIDType === 'number') return 'number'
  return payload.db.name === 'mongoose' ? 'objectId' : 'text'
}
