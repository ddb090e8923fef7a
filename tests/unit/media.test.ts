import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { MEDIA_MIME_TYPES } from '../../src/media/formats'
import { formatBytes, MEDIA_MESSAGES } from '../../src/messages'
import { resolveMediaOptions } from '../../src/media/options'
import { MEDIA_SIZES, mediaImageSizes } from '../../src/media/sizes'
import { sniffImageType } from '../../src/media/sniff'
import { mediaUploadConfig } from '../../src/media/uploadLimits'
import { checkPixels, checkUploadBytes, fileNameFor } from '../../src/media/validate'

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((value) => (typeof value === 'string' ? Buffer.from(value, 'latin1') : Buffer.from([value]))))

function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + compatible.length * 4
  const head = Buffer.alloc(8)
  head.writeUInt32BE(size, 0)
  head.write('ftyp', 4, 'latin1')
  return Buffer.concat([head, Buffer.from(major + '\0\0\0\0' + compatible.join(''), 'latin1'), Buffer.alloc(32)])
}

describe('sniffImageType', () => {
  test.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'), 'image/jpeg'],
    ['PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR'), 'image/png'],
    ['GIF87a', bytes('GIF87a', 1, 0, 1, 0), 'image/gif'],
    ['GIF89a', bytes('GIF89a', 1, 0, 1, 0), 'image/gif'],
    ['WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['AVIF (major brand)', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['AVIF sequence (compatible brand)', ftyp('mif1', 'avis', 'msf1'), 'image/avif'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    ['SVG after BOM, XML declaration, comment and doctype', Buffer.from('\uFEFF  <?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<SVG>'), 'image/svg+xml'],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), null],
    ['MP4', ftyp('isom', 'iso2', 'mp41'), null],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '), null],
    ['plain text', Buffer.from('This is not an image'), null],
    ['HTML', Buffer.from('<!doctype html><html><body>hi</body></html>'), null],
    ['PDF', Buffer.from('%PDF-1.7\n'), null],
    ['empty', Buffer.alloc(0), null],
    ['two bytes of a JPEG', bytes(0xff, 0xd8), null],
  ])('%s', (_label, input, expected) => {
    expect(sniffImageType(input)).toBe(expected)
  })

  test('refuses a non-byte input with a TypeError', () => {
    expect(() => sniffImageType('GIF89a' as unknown as Uint8Array)).toThrow(TypeError)
  })
})

describe('checkUploadBytes', () => {
  const limits = { maxFileSize: 1024, maxInputPixels: 1000, allowedTypes: ['image/jpeg', 'image/png'] as const }
  const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0)

  test.each([
    ['an empty file', Buffer.alloc(0), 400, 'file-empty'],
    ['a file over maxFileSize', Buffer.concat([jpeg, Buffer.alloc(2000)]), 413, 'file-too-large'],
    ['text named as an image', Buffer.from('hello'), 400, 'type-unknown'],
    ['SVG', Buffer.from('<svg><script>alert(1)</script></svg>'), 400, 'svg-refused'],
    ['a type left out of allowedTypes', bytes('GIF89a', 1, 0, 1, 0), 400, 'type-not-allowed'],
  ])('refuses %s', (_label, input, status, code) => {
    const result = checkUploadBytes(input, 'upload.jpg', { ...limits, allowedTypes: [...limits.allowedTypes] })
    expect(result).toMatchObject({ ok: false, problem: { status, code } })
  })

  test('accepts an allowed type and reports what the bytes are', () => {
    expect(checkUploadBytes(jpeg, 'photo.png', { ...limits, allowedTypes: [...limits.allowedTypes] })).toEqual({ ok: true, type: 'image/jpeg' })
  })

  test('every message exists in Arabic and English', () => {
    for (const [code, message] of Object.entries(MEDIA_MESSAGES)) {
      expect(message.ar, code).toMatch(/[\u0600-\u06FF]/)
      expect(message.en, code).toMatch(/^[A-Z{]/)
      expect(message.en, code).not.toMatch(/[\u0600-\u06FF]/)
    }
  })
})

describe('checkPixels', () => {
  const limits = { maxFileSize: 1, maxInputPixels: 50_000_000, allowedTypes: [] }
  test.each([
    ['a 50-megapixel photo', { width: 10_000, height: 5_000, frames: 1 }, null],
    ['one pixel more', { width: 10_000, height: 5_000, frames: 1, extra: 1 }, 'too-many-pixels'],
    ['a 20000×20000 bomb', { width: 20_000, height: 20_000, frames: 1 }, 'too-many-pixels'],
    ['an animation: frames count', { width: 1000, height: 1000, frames: 60 }, 'too-many-pixels'],
  ])('%s', (_label, { width, height, frames, extra }: { width: number; height: number; frames: number; extra?: number }, code) => {
    const result = checkPixels({ width: width + (extra ?? 0), height, frames }, 'x.png', limits)
    expect(result?.code ?? null).toBe(code)
  })
})

describe('fileNameFor', () => {
  test.each([
    ['photo.JPG', 'image/jpeg', 'photo.jpg'],
    ['scan.jpg', 'image/png', 'scan.png'],
    ['archive.tar.gif', 'image/gif', 'archive.tar.gif'],
    ['noextension', 'image/webp', 'noextension.webp'],
    ['.hidden', 'image/avif', '.hidden.avif'],
    ['صورة المراسل.jpeg', 'image/jpeg', 'صورة المراسل.jpg'],
  ] as const)('%s as %s → %s', (name, type, expected) => {
    expect(fileNameFor(name, type)).toBe(expected)
  })
})

describe('mediaImageSizes', () => {
  const sizes = mediaImageSizes()

  test('each size exists in the original format and as WebP, named <size> and <size>Webp', () => {
    expect(sizes.map((size) => size.name)).toEqual([
      'thumbnail',
      'card',
      'hero',
      'og',
      'thumbnailWebp',
      'cardWebp',
      'heroWebp',
      'ogWebp',
    ])
    for (const size of sizes) {
      expect(size.formatOptions?.format, size.name).toBe(size.name.endsWith('Webp') ? 'webp' : undefined)
    }
  })

  test('widths and the og frame', () => {
    expect(MEDIA_SIZES.map(({ name, width, height }) => [name, width, height])).toEqual([
      ['thumbnail', 320, undefined],
      ['card', 768, undefined],
      ['hero', 1600, undefined],
      ['og', 1200, 630],
    ])
    const og = sizes.find((size) => size.name === 'og')
    expect(og).toMatchObject({ width: 1200, height: 630, withoutEnlargement: false })
    expect(og?.fit).toBeUndefined()
    for (const name of ['thumbnail', 'card', 'hero']) {
      expect(sizes.find((size) => size.name === name)).toMatchObject({ fit: 'inside', withoutEnlargement: true })
    }
  })

  test('file names carry the size name, so a WebP original never collides with its WebP size', () => {
    const names = sizes.map((size) =>
      size.generateImageName?.({ extension: 'webp', height: 240, originalName: 'photo', sizeName: size.name, width: 320 }),
    )
    expect(new Set(names).size).toBe(sizes.length)
    expect(names[0]).toBe('photo-thumbnail-320x240.webp')
  })
})

describe('resolveMediaOptions', () => {
  test('defaults', () => {
    expect(resolveMediaOptions()).toEqual({
      maxFileSize: 20 * 1024 * 1024,
      maxInputPixels: 50_000_000,
      allowedTypes: MEDIA_MIME_TYPES,
      staticDir: path.resolve(process.cwd(), '.data/media'),
    })
  })

  test('keeps given values, removes repeated types, resolves the folder', () => {
    expect(
      resolveMediaOptions({ maxFileSize: 5_000_000, maxInputPixels: 1_000_000, allowedTypes: ['image/png', 'image/png'], staticDir: '/srv/media' }),
    ).toEqual({ maxFileSize: 5_000_000, maxInputPixels: 1_000_000, allowedTypes: ['image/png'], staticDir: '/srv/media' })
  })

  test.each([
    ['SVG in allowedTypes', { allowedTypes: ['image/svg+xml'] }, /media\.allowedTypes has image\/svg\+xml.*SVG is never accepted/],
    ['an empty allowedTypes', { allowedTypes: [] }, /media\.allowedTypes is empty/],
    ['a zero maxFileSize', { maxFileSize: 0 }, /media\.maxFileSize must be a positive whole number/],
    ['a fractional maxInputPixels', { maxInputPixels: 1.5 }, /media\.maxInputPixels must be a positive whole number/],
    ['a maxInputPixels above sharp’s own limit', { maxInputPixels: 400_000_000 }, /media\.maxInputPixels cannot exceed 268402689/],
    ['an empty staticDir', { staticDir: ' ' }, /media\.staticDir must be a folder path/],
  ])('refuses %s', (_label, input, message) => {
    expect(() => resolveMediaOptions(input as never)).toThrow(message)
  })
})

describe('mediaUploadConfig', () => {
  const media = resolveMediaOptions()

  test("keeps Payload's 20 MB parser limit when media.maxFileSize fits in it, with a bilingual cut-off message", () => {
    const upload = mediaUploadConfig(undefined, media)
    expect(upload.limits?.fileSize).toBe(20 * 1024 * 1024)
    expect(upload.responseOnLimit).toBe('حجم الملف يتجاوز الحد المسموح به للرفع (20 MB). — The file is larger than the 20 MB upload limit.')
  })

  test('raises the parser limits to a larger media.maxFileSize, never lowers the host’s', () => {
    const large = mediaUploadConfig({ limits: { files: 1 } }, { ...media, maxFileSize: 80 * 1024 * 1024 })
    expect(large.limits).toEqual({ files: 1, fileSize: 80 * 1024 * 1024 })
    expect(large.requestSizeLimit).toBeGreaterThan(80 * 1024 * 1024)
    expect(large.responseOnLimit).toMatch(/\(80 MB\)\. — The file is larger than the 80 MB upload limit\.$/)
    const host = mediaUploadConfig({ limits: { fileSize: 100 * 1024 * 1024 }, responseOnLimit: 'Too big' }, media)
    expect(host).toMatchObject({ limits: { fileSize: 100 * 1024 * 1024 }, responseOnLimit: 'Too big' })
  })
})

test('formatBytes', () => {
  expect([0, 512, 1024, 1536, 300 * 1024, 20 * 1024 * 1024, 1.5 * 1024 ** 3].map(formatBytes)).toEqual([
    '0 B',
    '512 B',
    '1 KB',
    '1.5 KB',
    '300 KB',
    '20 MB',
    '1.5 GB',
  ])
})
