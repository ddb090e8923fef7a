import type { CollectionBeforeChangeHook } from 'payload'

import { blurDataURL } from '../src/media/image'

type Args = {
  /** The field that holds the placeholder. */
  field: string
  /** The image size the placeholder is made from when Payload has just made it (smaller is faster). */
  sourceSize: string
}

/**
 * Stores a tiny blurred WebP of the new image as a `data:` URL whenever a file is uploaded. Without a new
 * file the stored placeholder is kept, whatever the request sent: it always describes the stored image.
 */
export const blurPlaceholderBeforeChange =
  ({ field, sourceSize }: Args): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const sharp = req.payload.config.sharp
    const file = req.file
    const source =
      req.payloadUploadSizes?.[sourceSize] ?? (file && file.data.length > 0 ? file.data : file?.tempFilePath)
    if (!sharp || !file || !source) {
      const kept: unknown = originalDoc?.[field]
      return { ...data, [field]: typeof kept === 'string' ? kept : null }
    }
    return { ...data, [field]: await blurDataURL(sharp, source) }
  }
