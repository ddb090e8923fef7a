import path from 'node:path'

import type { MediaMimeType } from './formats'

import {
  DEFAULT_MEDIA_ALLOWED_TYPES,
  DEFAULT_MEDIA_MAX_FILE_SIZE,
  DEFAULT_MEDIA_MAX_INPUT_PIXELS,
  DEFAULT_MEDIA_STATIC_DIR,
} from '../defaults'
import { isMediaMimeType, MEDIA_MIME_TYPES } from './formats'

/** Limits and storage of the `media` upload collection. */
export type MediaOptions = {
  /**
   * Largest accepted upload, in bytes. Payload's multipart parser has its own limit (`upload.limits.fileSize`
   * in the Payload config, 20 MB unless set): to accept more over HTTP, raise that one too.
   * @default 20 * 1024 * 1024 (20 MB)
   */
  maxFileSize?: number
  /**
   * Most pixels an upload may decode to (width × height × frames); larger images are refused from their
   * header, before decoding, and sharp is given the same `limitInputPixels`. Guards against
   * decompression bombs. At most 268402689 (sharp's own limit, which applies to Payload's resizing).
   * @default 50_000_000 (50 megapixels)
   */
  maxInputPixels?: number
  /**
   * Accepted image types, recognised from the file's bytes (never its name). Any of
   * 'image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'. SVG is never accepted.
   * @default ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
   */
  allowedTypes?: MediaMimeType[]
  /**
   * Folder where the files are stored; a relative path is resolved from the working directory at start-up.
   * @default '.data/media'
   */
  staticDir?: string
}

export type ResolvedMediaOptions = Required<MediaOptions>

/** sharp's default `limitInputPixels` (16383 × 16383), which applies to the sizes Payload makes. */
const SHARP_PIXEL_LIMIT = 0x3fff * 0x3fff

function positiveInteger(value: unknown, name: string, example: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`[payload-newsroom] media.${name} must be a positive whole number, such as ${example}; got ${String(value)}.`)
  }
  return value
}

/** Applies the media defaults and checks the values, once, at start-up. */
export function resolveMediaOptions(options: MediaOptions = {}): ResolvedMediaOptions {
  const maxFileSize = positiveInteger(options.maxFileSize ?? DEFAULT_MEDIA_MAX_FILE_SIZE, 'maxFileSize', '20971520 (20 MB)')
  const maxInputPixels = positiveInteger(options.maxInputPixels ?? DEFAULT_MEDIA_MAX_INPUT_PIXELS, 'maxInputPixels', '50000000')
  if (maxInputPixels > SHARP_PIXEL_LIMIT) {
    throw new Error(
      `[payload-newsroom] media.maxInputPixels cannot exceed ${SHARP_PIXEL_LIMIT} (sharp's own limit, which Payload's resizing keeps); got ${maxInputPixels}.`,
    )
  }

  const allowedTypes = [...new Set<unknown>(options.allowedTypes ?? DEFAULT_MEDIA_ALLOWED_TYPES)]
  const unknown = allowedTypes.filter((type) => !isMediaMimeType(type))
  if (unknown.length > 0) {
    throw new Error(
      `[payload-newsroom] media.allowedTypes has ${unknown.map(String).join(', ')}; use only ${MEDIA_MIME_TYPES.join(', ')} (SVG is never accepted).`,
    )
  }
  if (allowedTypes.length === 0) {
    throw new Error(`[payload-newsroom] media.allowedTypes is empty; list at least one of ${MEDIA_MIME_TYPES.join(', ')}.`)
  }

  const staticDir = options.staticDir ?? DEFAULT_MEDIA_STATIC_DIR
  if (typeof staticDir !== 'string' || staticDir.trim() === '') {
    throw new Error('[payload-newsroom] media.staticDir must be a folder path, such as ".data/media".')
  }

  return {
    maxFileSize,
    maxInputPixels,
    allowedTypes: allowedTypes.filter(isMediaMimeType),
    staticDir: path.resolve(process.cwd(), staticDir),
  }
}
