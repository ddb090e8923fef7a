import type { CollectionBeforeChangeHook } from 'payload'

import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage } from '../src/messages'

/**
 * The workflow history is append-only: an event, once written, is never changed — not even by trusted
 * server code, so the history stays trustworthy whatever API is used.
 */
export const refuseWorkflowEventChangeBeforeChange: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update') {
    throw new WorkflowError(403, 'events-append-only', integrationMessage('events-append-only'))
  }
  return data
}
