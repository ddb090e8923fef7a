import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

/**
 * Writes that claim a unique key are expected to fail now and then (someone else holds the key) and
 * must not poison the request's transaction. SQLite keeps a transaction usable after a failed
 * statement, and the host queues SQLite transactions, so there the write joins the request's
 * transaction (and rolls back with it). PostgreSQL and MongoDB abort a transaction on any failed
 * statement, so there the claim is committed on its own, and is visible to other workers at once.
 */
export function claimRequest(req: PayloadRequest): PayloadRequest | undefined {
  return req.payload.db.name === 'sqlite' ? req : undefined
}

/** Whether a failed insert failed on a unique index (Payload's `ValidationError`, or the driver's own error). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof ValidationError) return true
  const text = String((error as { message?: unknown })?.message ?? error)
  return /unique|duplicate key|E11000|SQLITE_CONSTRAINT/i.test(text)
}
