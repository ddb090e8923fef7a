import { existsSync, readdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import sharp from 'sharp'

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif'

type PhotoOptions = {
  width: number
  height: number
  format?: PhotoFormat
  /** EXIF orientation to write (1–8); 6 means "rotate 90° clockwise to view". */
  orientation?: number
  /** Writes camera EXIF and a GPS position, as a phone would. */
  exif?: boolean
}

/** A GPS position, camera and owner written into test photos, so their removal can be checked. */
export const TEST_EXIF = {
  IFD0: { Make: 'NewsroomCam', Model: 'X100', Copyright: 'Agency test photo', Artist: 'Test Photographer' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 2/1 4/1', GPSLongitudeRef: 'E', GPSLongitude: '31/1 14/1 9/1' },
} as const

/**
 * A photo-like image: a colour gradient with grain, so encoders work as hard as on a real photo. The top
 * left quarter is red and the rest blue-ish, so orientation can be checked from the pixels.
 */
export async function makePhoto({ width, height, format = 'jpeg', orientation, exif = false }: PhotoOptions): Promise<Buffer> {
  const channels = 3
  const pixels = Buffer.alloc(width * height * channels)
  let seed = 12345
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      const grain = (seed >> 16) % 24
      const marker = x < width / 2 && y < height / 2
      const offset = (y * width + x) * channels
      pixels[offset] = marker ? 220 + (grain % 16) : Math.floor((x / width) * 80) + grain
      pixels[offset + 1] = marker ? 20 + grain : Math.floor((y / height) * 120) + grain
      pixels[offset + 2] = marker ? 20 + grain : 150 + grain
    }
  }
  let image = sharp(pixels, { raw: { width, height, channels } })
  if (exif || orientation) {
    image = image.withMetadata({ ...(orientation ? { orientation } : {}), ...(exif ? { exif: TEST_EXIF } : {}) })
  }
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 88 }).toBuffer()
    case 'png':
      return image.png().toBuffer()
    case 'webp':
      return image.webp({ quality: 85 }).toBuffer()
    case 'avif':
      return image.avif({ quality: 50, effort: 0 }).toBuffer()
    case 'gif':
      return image.gif().toBuffer()
  }
}

/** An animated GIF of `frames` solid frames. */
export async function makeAnimatedGif(width: number, height: number, frames: number): Promise<Buffer> {
  const channels = 3
  const strip = Buffer.alloc(width * height * frames * channels)
  for (let frame = 0; frame < frames; frame++) {
    const start = frame * width * height * channels
    for (let index = 0; index < width * height; index++) {
      strip[start + index * channels] = (frame * 80) % 256
      strip[start + index * channels + 1] = 90
      strip[start + index * channels + 2] = 200 - frame * 20
    }
  }
  return sharp(strip, { raw: { width, height: height * frames, channels, pageHeight: height } })
    .gif({ loop: 0, delay: Array.from({ length: frames }, () => 120) })
    .toBuffer()
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * A decompression bomb: a valid, complete 1-bit greyscale PNG of `width` × `height` black pixels. It is a
 * few hundred kilobytes on disk; decoding it would take `width × height` bytes (400 MB at 20000²).
 */
export function makePngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8)) // filter byte 0, then packed pixels
  const raw = Buffer.alloc(row.length * height) // all zero: every row is the same
  const idat = deflateSync(raw, { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** An SVG that runs a script when opened in a browser. */
export const SCRIPTED_SVG = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">' +
    '<script>alert(document.cookie)</script><rect width="100" height="100" fill="red"/></svg>\n',
)

/** Plain text, to be sent under an image's name. */
export const NOT_AN_IMAGE = Buffer.from('This is a press release, not a photograph.\nهذا بيان صحفي وليس صورة.\n')

/** The first `fraction` of a file, as an interrupted transfer leaves it. */
export function truncate(bytes: Buffer, fraction = 0.5): Buffer {
  return Buffer.from(bytes.subarray(0, Math.floor(bytes.length * fraction)))
}

/** The files in a folder, sorted (an absent folder has none). */
export function filesIn(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory).sort() : []
}

/** What a stored file carries besides pixels; every entry must be absent from what the media collection stores. */
export async function metadataLeft(bytes: Buffer): Promise<string[]> {
  const metadata = await sharp(bytes).metadata()
  const left: string[] = []
  if (metadata.exif) left.push('exif')
  if (metadata.orientation !== undefined) left.push('orientation')
  if (metadata.xmp) left.push('xmp')
  if (metadata.iptc) left.push('iptc')
  if (metadata.icc) left.push('icc')
  for (const marker of [TEST_EXIF.IFD0.Make, TEST_EXIF.IFD0.Artist, 'Exif\0\0']) {
    if (bytes.includes(Buffer.from(marker, 'latin1'))) left.push(`bytes "${marker.replace(/\0/g, '\\0')}"`)
  }
  return left
}

/** Mean red minus mean blue of a region: positive where the test photos' red marker is. */
export async function redness(bytes: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  // stats() reads the image as given, so the region is cut out first.
  const cut = await sharp(bytes).extract(region).png().toBuffer()
  const { channels } = await sharp(cut).stats()
  return (channels[0]?.mean ?? 0) - (channels[2]?.mean ?? 0)
}
