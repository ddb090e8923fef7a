import type { Config } from 'payload'

import type { ResolvedMediaOptions } from './options'

import { bilingualText, mediaMessage } from '../messages'

/** Payload's multipart defaults: 20 MB per file, 50 MB per request. */
const PAYLOAD_FILE_SIZE_LIMIT = 20 * 1024 * 1024
const PAYLOAD_REQUEST_SIZE_LIMIT = 50 * 1024 * 1024
/** Room for the other form fields next to the largest accepted file. */
const FORM_FIELDS_ALLOWANCE = 1024 * 1024

/**
 * The Payload `upload` config (the multipart parser's options) with room for `media.maxFileSize`.
 * The parser cuts off any file over `limits.fileSize` (a 413) before collection hooks run, so a
 * `maxFileSize` above Payload's 20 MB default only holds over HTTP once the parser allows it too. Limits
 * already larger are kept; the cut-off message is given in Arabic and English unless one is set.
 */
export function mediaUploadConfig(upload: Config['upload'], media: ResolvedMediaOptions): NonNullable<Config['upload']> {
  const fileSize = Math.max(upload?.limits?.fileSize ?? PAYLOAD_FILE_SIZE_LIMIT, media.maxFileSize)
  const requestSizeLimit = Math.max(upload?.requestSizeLimit ?? PAYLOAD_REQUEST_SIZE_LIMIT, fileSize + FORM_FIELDS_ALLOWANCE)
  return {
    ...upload,
    limits: { ...upload?.limits, fileSize },
    requestSizeLimit,
    responseOnLimit: upload?.responseOnLimit ?? bilingualText(mediaMessage('upload-cut-off')),
  }
}
