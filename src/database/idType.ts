import type { Payload, PayloadRequest } from 'payload'

import type { IdType } from '../content/queryGuard'

import { isValidId } from '../content/queryGuard'

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

/**
 * The id in the route parameter `name` of a custom endpoint, in the form the collection's ids take
 * (a number on SQL databases), or `null` when it cannot be one of its ids — so the endpoint answers 404
 * instead of handing the database a value it cannot compare (an ObjectId cast error on MongoDB).
 */
export function routeIdOf(req: PayloadRequest, collection: string, name = 'id'): number | string | null {
  const raw = req.routeParams?.[name]
  if (typeof raw !== 'string' && typeof raw !== 'number') return null
  const idType = idTypeOf(req.payload, collection)
  if (!isValidId(raw, idType)) return null
  return idType === 'number' ? Number(raw) : String(raw)
}
