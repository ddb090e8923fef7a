import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateResponseCache } from '../src/frontend/responseCache'

/**
 * Any saved or deleted article, section, source, image or staff member may change what the frontend
 * API answers: its in-memory answers are dropped at once, so the next request sees the change.
 */
export const invalidateFrontendCacheAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateResponseCache(req.payload)
  return doc
}

export const invalidateFrontendCacheAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateResponseCache(req.payload)
  return doc
}
