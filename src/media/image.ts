import type { SharpDependency } from 'payload'

import type { MediaMimeType } from './formats'

import { MEDIA_FORMATS } from './formats'
import { ORIGINAL_ENCODING, PLACEHOLDER } from './sizes'

/** What an image's header says about it, read without decoding its pixels. */
export type ImageHeader = {
  width: number
  /** Height of one frame. */
  height: number
  /** Frames in an animation; 1 for a still image. */
  frames: number
  /** EXIF orientation (1–8) when the file carries one. */
  orientation?: number
  /** A palette (indexed colour) PNG or GIF, kept indexed when re-encoded. */
  palette: boolean
}

/** The pixels a decoder would have to hold for every frame of the image. */
export function decodedPixels(header: Pick<ImageHeader, 'width' | 'height' | 'frames'>): number {
  return header.width * header.height * header.frames
}

/**
 * Reads the header only: cheap even for a decompression bomb, whose header states its true size. sharp's
 * own pixel limit is lifted for this read so the caller can report the dimensions it refuses.
 */
export async function readImageHeader(sharp: SharpDependency, input: Buffer): Promise<ImageHeader> {
  const metadata = await sharp(input, { limitInputPixels: false }).metadata()
  const frames = metadata.pages ?? 1
  const height = metadata.pageHeight ?? metadata.height
  return { width: metadata.width, height, frames, orientation: metadata.orientation, palette: metadata.isPalette }
}

/** The stored original: upright, without EXIF, XMP, IPTC or ICC data, in its own format. */
export type NormalizedImage = {
  data: Buffer
  width: number
  height: number
}

/**
 * Decodes the whole image (so truncated or damaged data fails here, before anything is stored), applies
 * the EXIF orientation, and re-encodes it in its own format without any metadata. `maxInputPixels` is
 * passed to sharp as `limitInputPixels`, so the decoder itself refuses anything larger.
 *
 * Animations keep every frame; sharp cannot rotate them, so their orientation tag is dropped unapplied.
 */
export async function normalizeImage(
  sharp: SharpDependency,
  input: Buffer,
  type: MediaMimeType,
  { maxInputPixels, header }: { maxInputPixels: number; header: ImageHeader },
): Promise<NormalizedImage> {
  const animated = MEDIA_FORMATS[type].animated && header.frames > 1
  let pipeline = sharp(input, { limitInputPixels: maxInputPixels, failOn: 'error', animated })
  if (!animated) pipeline = pipeline.rotate()
  const { format, options } = ORIGINAL_ENCODING[type]
  const keepPalette = type === 'image/png' && header.palette ? { palette: true } : {}
  const { data, info } = await pipeline.toFormat(format, { ...options, ...keepPalette }).toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.pageHeight ?? info.height }
}

/**
 * A tiny WebP of the image as a `data:` URL (a few hundred bytes), for frontends to show blurred while
 * the real image loads.
 */
export async function blurDataURL(sharp: SharpDependency, input: Buffer | string): Promise<string> {
  const data = await sharp(input, { failOn: 'error' })
    .rotate()
    .resize({ width: PLACEHOLDER.width, withoutEnlargement: false })
    .webp({ quality: PLACEHOLDER.quality })
    .toBuffer()
  return `data:image/webp;base64,${data.toString('base64')}`
}
