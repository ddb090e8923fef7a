import type { CollectionBeforeDeleteHook } from 'payload'

import { WorkflowError } from '../src/endpoints/errors'
import { integrationMessage } from '../src/endpoints/messages'

/** The workflow history is append-only: no event is ever deleted, whatever API is used. */
export const refuseWorkflowEventDeleteBeforeDelete: CollectionBeforeDeleteHook = () => {
  throw new WorkflowError(403, 'events-append-only', integrationMessage('events-append-only'))
}
