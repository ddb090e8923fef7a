import type { SniffedType } from './formats'

/** How many leading bytes are searched for an `<svg` root element. */
const SVG_SEARCH_LENGTH = 4096

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, index) => bytes[offset + index] === byte)
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0))
}

const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const GIF87 = ascii('GIF87a')
const GIF89 = ascii('GIF89a')
const RIFF = ascii('RIFF')
const WEBP = ascii('WEBP')
const FTYP = ascii('ftyp')
const AVIF_BRANDS = new Set(['avif', 'avis'])

function readUint32BE(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset)
}

function brandAt(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4))
}

/**
 * AVIF is an ISO base media file whose `ftyp` box names `avif` (still) or `avis` (sequence) as its major
 * brand or among its compatible brands. HEIC and MP4 share the container but not the brands.
 */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, FTYP, 4)) return false
  const boxSize = Math.min(readUint32BE(bytes, 0), bytes.length)
  if (boxSize < 16) return false
  if (AVIF_BRANDS.has(brandAt(bytes, 8))) return true
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    if (AVIF_BRANDS.has(brandAt(bytes, offset))) return true
  }
  return false
}

/**
 * SVG is text: after an optional byte-order mark, XML declaration, comments and doctype, the root element
 * is `<svg`. Any text that starts with `<` and holds an `<svg` element near its start counts, so a
 * disguised SVG is still recognised (and refused).
 */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_SEARCH_LENGTH))
  const text = head.replace(/^\uFEFF/, '').trimStart()
  return text.startsWith('<') && /<svg[\s>/]/i.test(text)
}

/**
 * The image type a file's bytes declare, whatever its name or the type the client claimed:
 * JPEG, PNG, GIF, WebP and AVIF by their signatures, SVG by its root element; `null` for anything else.
 *
 * @example
 * sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])) // 'image/jpeg'
 * sniffImageType(Buffer.from('hello')) // null
 */
export function sniffImageType(bytes: Uint8Array): SniffedType | null {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`Expected a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`)
  }
  if (startsWith(bytes, JPEG)) return 'image/jpeg'
  if (startsWith(bytes, PNG)) return 'image/png'
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'image/gif'
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp'
  if (isAvif(bytes)) return 'image/avif'
  if (isSvg(bytes)) return 'image/svg+xml'
  return null
}
