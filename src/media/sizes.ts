import type { ImageSize } from 'payload'

import type { MediaMimeType } from './formats'

/** One responsive size: a width, and for fixed-frame sizes a height (cropped around the focal point). */
export type MediaSizeSpec = {
  readonly name: string
  readonly width: number
  /** Set for sizes with a fixed frame; the image is enlarged if needed and cropped around the focal point. */
  readonly height?: number
}

/**
 * The sizes every image is stored in, besides the original. Width-only sizes keep the aspect ratio and
 * are never enlarged (a smaller upload is stored at its own size).
 */
export const MEDIA_SIZES: readonly MediaSizeSpec[] = [
  { name: 'thumbnail', width: 320 },
  { name: 'card', width: 768 },
  { name: 'hero', width: 1600 },
  { name: 'og', width: 1200, height: 630 },
]

/** Each size also exists as WebP under the size name with this suffix: `card` → `cardWebp`. */
export const WEBP_SIZE_SUFFIX = 'Webp'

/** Quality of the WebP sizes (sharp's scale, 1–100). */
export const WEBP_QUALITY = 80

/**
 * How the stored original is re-encoded after orientation is applied and metadata removed:
 * in its own format, at a quality close to the upload's.
 */
export const ORIGINAL_ENCODING = {
  'image/jpeg': { format: 'jpeg', options: { quality: 90 } },
  'image/png': { format: 'png', options: {} },
  'image/webp': { format: 'webp', options: { quality: 90 } },
  'image/avif': { format: 'avif', options: { quality: 60 } },
  'image/gif': { format: 'gif', options: {} },
} as const satisfies Record<MediaMimeType, { format: string; options: Record<string, number> }>

/** The blurred placeholder: a WebP this many pixels wide, stored as a base64 data URL. */
export const PLACEHOLDER = { width: 16, quality: 40 } as const

/** The name of the WebP twin of a size. */
export function webpSizeName(name: string): string {
  return `${name}${WEBP_SIZE_SUFFIX}`
}

/** File names carry the size name, so a size and its WebP twin never collide (even for a WebP original). */
const generateImageName: NonNullable<ImageSize['generateImageName']> = ({ extension, height, originalName, sizeName, width }) =>
  `${originalName}-${sizeName}-${width}x${height}.${extension}`

function toImageSize(spec: MediaSizeSpec, name: string): ImageSize {
  if (spec.height === undefined) {
    // `fit: 'inside'` keeps Payload on its plain resize path: a width-only size needs no focal crop.
    return { name, width: spec.width, fit: 'inside', withoutEnlargement: true, generateImageName }
  }
  // Fixed frame: always exactly width × height, cropped around the focal point by Payload.
  return { name, width: spec.width, height: spec.height, withoutEnlargement: false, generateImageName }
}

/**
 * Payload `imageSizes` for the specs: each size in the upload's own format, then each as WebP.
 *
 * @example
 * mediaImageSizes([{ name: 'card', width: 768 }]).map((size) => size.name) // ['card', 'cardWebp']
 */
export function mediaImageSizes(specs: readonly MediaSizeSpec[] = MEDIA_SIZES): ImageSize[] {
  const original = specs.map((spec) => toImageSize(spec, spec.name))
  const webp = specs.map((spec) => ({
    ...toImageSize(spec, webpSizeName(spec.name)),
    formatOptions: { format: 'webp', options: { quality: WEBP_QUALITY } },
  })) satisfies ImageSize[]
  return [...original, ...webp]
}
