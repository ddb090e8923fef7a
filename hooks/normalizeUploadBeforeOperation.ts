import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { UploadLimits } from '../src/media/validate'

import { uploadError } from '../src/media/errors'
import { isMediaMimeType } from '../src/media/formats'
import { normalizeImage, readImageHeader } from '../src/media/image'
import { sniffImageType } from '../src/media/sniff'
import { replaceUploadedFile, uploadedBytes } from '../src/media/uploadedFile'
import { fileNameFor, unreadableImage } from '../src/media/validate'

/**
 * Decoding is the expensive step, so it runs only for requests that may write: otherwise Payload's own
 * access check refuses the request right after this hook.
 */
async function mayWrite(
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update',
  req: PayloadRequest,
  overrideAccess: boolean | undefined,
): Promise<boolean> {
  if (overrideAccess) return true
  const access = collection.access[operation]
  if (!access) return true
  return Boolean(await access({ req }))
}

/**
 * Replaces the uploaded image with its normalized form before Payload stores it or makes its sizes:
 * fully decoded (a truncated or damaged file is refused here with a 400), turned upright by its EXIF
 * orientation, and re-encoded in its own format without EXIF, GPS, XMP, IPTC or ICC data. Every stored
 * file — the original and each size made from it — is therefore free of metadata. The file name's
 * extension is corrected to the real format. Runs after `validateUploadBeforeOperation`.
 */
export const normalizeUploadBeforeOperation =
  (limits: UploadLimits): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    const sharp = req.payload.config.sharp
    if (!file || !sharp) return args
    if (!(await mayWrite(collection, operation, req, args.overrideAccess))) return args

    const bytes = await uploadedBytes(file)
    const type = sniffImageType(bytes)
    if (!isMediaMimeType(type)) return args

    let normalized
    try {
      const header = await readImageHeader(sharp, bytes)
      normalized = await normalizeImage(sharp, bytes, type, { maxInputPixels: limits.maxInputPixels, header })
    } catch (error) {
      throw uploadError(unreadableImage(file.name, error instanceof Error ? error.message : String(error)), collection.slug, req)
    }
    await replaceUploadedFile(req, file, { data: normalized.data, mimetype: type, name: fileNameFor(file.name, type) })
    return args
  }
