import type { PayloadRequest } from 'payload'

/**
 * `true` when the request's writes run in a database transaction. MongoDB without a replica set (and
 * servers speaking its protocol without transactions, such as FerretDB) has none: the adapter's
 * `beginTransaction` answers `null` and each write commits on its own, so code that relies on a rollback
 * must undo its own writes there.
 */
export async function runsInTransaction(req: PayloadRequest): Promise<boolean> {
  return Boolean(await req.transactionID)
}
