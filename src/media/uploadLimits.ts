import type { CollectionSlug, Config, Endpoint, PayloadHandler } from 'payload'

import type { ResolvedMediaOptions } from './options'

import { bilingualText, formatBytes, mediaMessage } from '../messages'
import { uploadError } from './errors'

/** Payload's multipart defaults: 20 MB per file, 50 MB per request. */
const PAYLOAD_FILE_SIZE_LIMIT = 20 * 1024 * 1024
const PAYLOAD_REQUEST_SIZE_LIMIT = 50 * 1024 * 1024
/** Room for the other form fields next to the largest accepted file. */
const FORM_FIELDS_ALLOWANCE = 1024 * 1024

/**
 * The Payload `upload` config (the multipart parser's options) with room for `media.maxFileSize`.
 * The parser cuts off any file over `limits.fileSize` (a 413) before collection hooks run, so a
 * `maxFileSize` above Payload's 20 MB default only holds over HTTP once the parser allows it too. Limits
 * already larger are kept; the cut-off message, which states the limit, is given in Arabic and English
 * unless one is set.
 */
export function mediaUploadConfig(upload: Config['upload'], media: ResolvedMediaOptions): NonNullable<Config['upload']> {
  const fileSize = Math.max(upload?.limits?.fileSize ?? PAYLOAD_FILE_SIZE_LIMIT, media.maxFileSize)
  const requestSizeLimit = Math.max(upload?.requestSizeLimit ?? PAYLOAD_REQUEST_SIZE_LIMIT, fileSize + FORM_FIELDS_ALLOWANCE)
  return {
    ...upload,
    limits: { ...upload?.limits, fileSize },
    requestSizeLimit,
    responseOnLimit: upload?.responseOnLimit ?? bilingualText(mediaMessage('upload-cut-off', { limit: formatBytes(fileSize) })),
  }
}

/** Payload's own routes of an upload collection that take a file: create, and update by id or by query. */
const UPLOAD_ROUTES = [
  { method: 'post', path: '/' },
  { method: 'patch', path: '/:id' },
  { method: 'patch', path: '/' },
] as const

/**
 * Endpoints in front of Payload's create and update of the media collection. A request whose
 * Content-Length already says that it cannot hold a file within `media.maxFileSize` is refused with a 413
 * that states the limit, before its body is read (the multipart parser would otherwise read up to its own
 * limit first, and answer without it); any other request goes on to Payload's own handler.
 */
export function oversizedUploadEndpoints(collection: string, media: ResolvedMediaOptions): Endpoint[] {
  const largestRequest = media.maxFileSize + FORM_FIELDS_ALLOWANCE
  return UPLOAD_ROUTES.map(({ method, path }) => {
    const handler: PayloadHandler = async (req) => {
      const declared = Number(req.headers.get('content-length'))
      if (Number.isSafeInteger(declared) && declared > largestRequest) {
        const message = mediaMessage('upload-cut-off', { limit: formatBytes(media.maxFileSize) })
        throw uploadError({ status: 413, code: 'upload-cut-off', message }, collection, req)
      }
      // Payload adds its own endpoints after the collection's: the next one on this route is Payload's.
      const payloads = req.payload.collections[collection as CollectionSlug]?.config.endpoints || []
      const next = payloads.find((endpoint) => endpoint.method === method && endpoint.path === path && endpoint.handler !== handler)
      if (!next) throw new Error(`[payload-newsroom] Payload has no ${method.toUpperCase()} ${path} endpoint on "${collection}".`)
      return next.handler(req)
    }
    return { method, path, handler }
  })
}
