import type { CollectionBeforeDeleteHook } from 'payload'

import { WorkflowError } from '../src/workflow-server/errors'
import { integrationMessage } from '../src/messages'

/** The workflow history is append-only: no event is ever deleted, whatever API is used. */
export const refuseWorkflowEventDeleteBeforeDelete: CollectionBeforeDeleteHook = () => {
  throw new WorkflowError(403, 'events-append-only', integrationMessage('events-append-only'))
}
