import type { PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { UploadProblem } from './validate'

import { bilingualText } from '../messages'

/**
 * The error thrown for a refused upload, on the `file` path: a `ValidationError` (400) for bad content,
 * an `APIError` with status 413 for a file over the size limit (the status Payload's own body parser uses).
 */
export function uploadError(problem: UploadProblem, collection: string, req: PayloadRequest): APIError {
  const errors = [{ path: 'file', message: bilingualText(problem.message) }]
  if (problem.status === 413) {
    return new APIError(bilingualText(problem.message), 413, { collection, errors }, true)
  }
  return new ValidationError({ collection, errors, req }, req.t)
}
