import type { CollectionBeforeOperationHook } from 'payload'

import { commitTransaction } from 'payload'

/**
 * SQLite only. Payload's forgot-password reserves the request (`resetPasswordRequestedAt`) on a connection
 * outside the request's transaction, but SQLite has one writer and the request's transaction holds it
 * from its start: the reservation failed with "database is locked" and every request answered 500. The
 * transaction has written nothing yet at this point, so it is committed here and the operation goes on
 * without one (its update of the token opens a transaction of its own).
 */
export const releaseTransactionBeforeForgotPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword' || !req.transactionID) return args
  await commitTransaction(req)
  return args
}
