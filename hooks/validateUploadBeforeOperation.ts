import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { UploadLimits } from '../src/media/validate'

import { uploadError } from '../src/media/errors'
import { readImageHeader } from '../src/media/image'
import { formatBytes, mediaMessage } from '../src/messages'
import { uploadedBytes, uploadedSize } from '../src/media/uploadedFile'
import { checkPixels, checkUploadBytes, remoteSourceRefused, unreadableImage } from '../src/media/validate'

/** Payload fetches the file itself when a create carries `url` and `filename` instead of a file. */
function asksForRemoteFile(req: PayloadRequest): boolean {
  const data: unknown = req.data
  if (!data || typeof data !== 'object') return false
  const { url, filename } = data as { url?: unknown; filename?: unknown }
  return typeof url === 'string' && typeof filename === 'string'
}

/**
 * Refuses a bad upload before Payload reads or writes anything: empty, over the size limit, not an image
 * by its bytes (whatever its name), SVG, a type that is not allowed, or more pixels than `maxInputPixels`
 * by its header (a decompression bomb is caught here, before its pixels are decoded). Each refusal is a
 * 400 (413 for size) on the `file` path, in Arabic and English. A create that asks the server to fetch
 * the image from a URL is refused too: a fetched file would bypass these checks.
 */
export const validateUploadBeforeOperation =
  (limits: UploadLimits): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) {
      if (operation === 'create' && !args.overrideAccess && asksForRemoteFile(req)) {
        throw uploadError(remoteSourceRefused(), collection.slug, req)
      }
      return args
    }

    const size = await uploadedSize(file)
    if (size > limits.maxFileSize) {
      const message = mediaMessage('file-too-large', {
        name: file.name,
        size: formatBytes(size),
        limit: formatBytes(limits.maxFileSize),
      })
      throw uploadError({ status: 413, code: 'file-too-large', message }, collection.slug, req)
    }

    const bytes = await uploadedBytes(file)
    const checked = checkUploadBytes(bytes, file.name, limits)
    if (!checked.ok) throw uploadError(checked.problem, collection.slug, req)

    const { sharp } = req.payload.config
    if (!sharp) {
      throw new Error(`[payload-newsroom] The "${collection.slug}" collection needs sharp: pass \`sharp\` to buildConfig.`)
    }
    let header
    try {
      header = await readImageHeader(sharp, bytes)
    } catch (error) {
      throw uploadError(unreadableImage(file.name, error instanceof Error ? error.message : String(error)), collection.slug, req)
    }
    const tooLarge = checkPixels(header, file.name, limits)
    if (tooLarge) throw uploadError(tooLarge, collection.slug, req)

    return args
  }
