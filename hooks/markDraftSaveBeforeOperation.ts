import type { CollectionBeforeOperationHook } from 'payload'

import { DRAFT_SAVE } from '../src/content/draftSave'

/**
 * Records whether this create or update saves a draft. The rules of a finished article are then applied only when it
 * goes live (`checkedWhenPublished`), and by the workflow when it is submitted.
 */
export const markDraftSaveBeforeOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { draft, data } = args as { draft?: boolean; data?: { _status?: unknown } }
  req.context[DRAFT_SAVE] = draft === true && data?._status !== 'published'
  return args
}
