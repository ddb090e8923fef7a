import { APIError } from 'payload'

import type { Bilingual, Problem } from '../workflow/types'

/**
 * An error with a bilingual message, for hooks and access checks: the REST and GraphQL responses carry
 * `"<Arabic> — <English>"` as the message and `{ code, message: { ar, en }, problems }` as data.
 */
export class WorkflowError extends APIError {
  constructor(status: number, code: string, message: Bilingual, problems?: readonly Problem[]) {
    super(`${message.ar} — ${message.en}`, status, { code, message, ...(problems ? { problems } : {}) }, true)
  }
}
