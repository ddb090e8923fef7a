/** The image formats the media collection knows, by MIME type. */
export const MEDIA_FORMATS = {
  'image/jpeg': { extension: 'jpg', label: 'JPEG', animated: false },
  'image/png': { extension: 'png', label: 'PNG', animated: false },
  'image/webp': { extension: 'webp', label: 'WebP', animated: true },
  'image/avif': { extension: 'avif', label: 'AVIF', animated: false },
  'image/gif': { extension: 'gif', label: 'GIF', animated: true },
} as const satisfies Record<string, { extension: string; label: string; animated: boolean }>

/** A raster image type the media collection can accept. */
export type MediaMimeType = keyof typeof MEDIA_FORMATS

/** Every raster type the media collection can accept, in the order they are documented. */
export const MEDIA_MIME_TYPES = Object.keys(MEDIA_FORMATS) as MediaMimeType[]

/** What a file's first bytes say it is: one of the raster types, or SVG (recognised so it can be refused). */
export type SniffedType = MediaMimeType | 'image/svg+xml'

export function isMediaMimeType(value: unknown): value is MediaMimeType {
  return typeof value === 'string' && Object.hasOwn(MEDIA_FORMATS, value)
}
