import type { PayloadRequest } from 'payload'

import { readFile, stat, writeFile } from 'node:fs/promises'

/** The file Payload attached to the request (multipart upload or Local API `file`). */
export type UploadedFile = NonNullable<PayloadRequest['file']>

/** Payload keeps the bytes in memory, or on disk when the host enables `upload.useTempFiles`. */
function onDisk(file: UploadedFile): string | undefined {
  return file.tempFilePath && file.data.length === 0 ? file.tempFilePath : undefined
}

/** The upload's size in bytes, measured (not the size the client declared), without reading a temporary file. */
export async function uploadedSize(file: UploadedFile): Promise<number> {
  const path = onDisk(file)
  return path ? (await stat(path)).size : file.data.length
}

/** The uploaded bytes, from memory or from the temporary file. */
export async function uploadedBytes(file: UploadedFile): Promise<Buffer> {
  const path = onDisk(file)
  return path ? readFile(path) : file.data
}

/** Replaces the uploaded bytes (in memory, and in the temporary file when there is one) for Payload to store. */
export async function replaceUploadedFile(
  req: PayloadRequest,
  file: UploadedFile,
  replacement: { data: Buffer; mimetype: string; name: string },
): Promise<void> {
  const path = onDisk(file)
  if (path) {
    await writeFile(path, replacement.data)
    req.file = { ...file, mimetype: replacement.mimetype, name: replacement.name, size: replacement.data.length }
    return
  }
  req.file = { ...file, ...replacement, size: replacement.data.length }
}
