import type { Bilingual } from '../workflow/types'
import type { MediaMimeType } from './formats'
import type { ImageHeader } from './image'
import type { MediaMessageCode } from '../messages'

import { isMediaMimeType, MEDIA_FORMATS } from './formats'
import { decodedPixels } from './image'
import { formatBytes, formatMegapixels, mediaMessage } from '../messages'
import { sniffImageType } from './sniff'

/** The limits an upload is checked against (the resolved `media` options). */
export type UploadLimits = {
  maxFileSize: number
  maxInputPixels: number
  allowedTypes: readonly MediaMimeType[]
}

/** Why an upload is refused: the HTTP status, a code, and the message in both languages. */
export type UploadProblem = {
  status: 400 | 413
  code: MediaMessageCode
  message: Bilingual
}

export type UploadCheck = { ok: true; type: MediaMimeType } | { ok: false; problem: UploadProblem }

function problem(status: 400 | 413, code: MediaMessageCode, params: Record<string, string | number> = {}): UploadProblem {
  return { status, code, message: mediaMessage(code, params) }
}

function allowedLabels(limits: UploadLimits): string {
  return limits.allowedTypes.map((type) => MEDIA_FORMATS[type].label).join(', ')
}

/**
 * Checks an upload's bytes in order — empty, too large, what the bytes say it is (the file name and the
 * client's claimed type are ignored), SVG, allowed types — and returns the sniffed type or the first problem.
 *
 * @example
 * checkUploadBytes(Buffer.from('hello'), 'photo.jpg', limits) // { ok: false, problem: { status: 400, code: 'type-unknown', … } }
 */
export function checkUploadBytes(bytes: Uint8Array, name: string, limits: UploadLimits): UploadCheck {
  if (bytes.length === 0) return { ok: false, problem: problem(400, 'file-empty', { name }) }
  if (bytes.length > limits.maxFileSize) {
    return {
      ok: false,
      problem: problem(413, 'file-too-large', { name, size: formatBytes(bytes.length), limit: formatBytes(limits.maxFileSize) }),
    }
  }
  const sniffed = sniffImageType(bytes)
  if (sniffed === 'image/svg+xml') return { ok: false, problem: problem(400, 'svg-refused', { name }) }
  if (!isMediaMimeType(sniffed)) {
    return { ok: false, problem: problem(400, 'type-unknown', { name, allowed: allowedLabels(limits) }) }
  }
  if (!limits.allowedTypes.includes(sniffed)) {
    return {
      ok: false,
      problem: problem(400, 'type-not-allowed', { type: MEDIA_FORMATS[sniffed].label, allowed: allowedLabels(limits) }),
    }
  }
  return { ok: true, type: sniffed }
}

/** A problem when decoding every frame would exceed `maxInputPixels`; `null` when the image is within it. */
export function checkPixels(
  header: Pick<ImageHeader, 'width' | 'height' | 'frames'>,
  name: string,
  limits: UploadLimits,
): UploadProblem | null {
  const pixels = decodedPixels(header)
  if (pixels <= limits.maxInputPixels) return null
  return problem(400, 'too-many-pixels', {
    name,
    width: header.width,
    height: header.frames > 1 ? `${header.height}×${header.frames}` : header.height,
    megapixels: formatMegapixels(pixels),
    limit: formatMegapixels(limits.maxInputPixels),
  })
}

/** The problem reported when sharp cannot read or decode the image; `reason` is sharp's own words. */
export function unreadableImage(name: string, reason: string): UploadProblem {
  return problem(400, 'image-unreadable', { name, reason: reason.split('\n')[0]?.trim() || 'unknown error' })
}

/** The problem reported when a create asks Payload to fetch the file from a URL instead of sending it. */
export function remoteSourceRefused(): UploadProblem {
  return problem(400, 'remote-refused')
}

/** `photo.JPG` → `photo.jpg`, `scan.jpg` holding PNG bytes → `scan.png`: the stored name tells the truth. */
export function fileNameFor(name: string, type: MediaMimeType): string {
  const extension = MEDIA_FORMATS[type].extension
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  return `${stem || 'image'}.${extension}`
}
