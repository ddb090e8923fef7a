import type { Payload } from 'payload'

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { MEDIA_SIZES, webpSizeName } from '../../src/media/sizes'
import {
  filesIn,
  makeAnimatedGif,
  makePhoto,
  makePngBomb,
  metadataLeft,
  NOT_AN_IMAGE,
  redness,
  SCRIPTED_SVG,
  truncate,
} from '../helpers/images'
import { bootPayload } from '../helpers/payload'

type StoredSize = { filename: string | null; width: number | null; height: number | null; mimeType: string | null }
type MediaDoc = {
  id: number | string
  alt: string
  filename: string
  mimeType: string
  width: number
  height: number
  focalX?: number
  focalY?: number
  blurDataURL?: string | null
  sizes: Record<string, StoredSize>
}

type Upload = { bytes: Buffer; name: string; mimetype: string }

let booted: TestPayload
let payload: Payload
let staticDir: string

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-'))
  booted = await bootPayload('media', { plugin: { media: { staticDir } } })
  payload = booted.payload
})

afterAll(async () => {
  await booted?.teardown()
  rmSync(staticDir, { recursive: true, force: true })
})

async function upload({ bytes, name, mimetype }: Upload, data: Record<string, unknown> = { alt: 'صورة من المراسل' }) {
  const doc = await payload.create({ collection: 'media', data, file: { data: bytes, name, mimetype, size: bytes.length } })
  return doc as unknown as MediaDoc
}

function stored(filename: string | null | undefined): Buffer {
  if (!filename) throw new Error('no file stored')
  return readFileSync(path.join(staticDir, filename))
}

async function count(): Promise<number> {
  return (await payload.count({ collection: 'media' })).totalDocs
}

/** The error a refused upload raised, for its status and the reason on the `file` path. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; path?: string; message: string }> {
  try {
    await promise
  } catch (error) {
    const { status, data } = error as { status: number; data?: { errors?: { path?: string; message: string }[] } }
    const first = data?.errors?.[0]
    return { status, path: first?.path, message: first?.message ?? String(error) }
  }
  throw new Error('the upload was accepted')
}

describe('media uploads through the Local API', () => {
  let doc: MediaDoc
  const width = 2400
  const height = 1600

  beforeAll(async () => {
    // A phone photo held sideways: stored 2400×1600 with "rotate 90° clockwise" in EXIF, and a GPS position.
    const photo = await makePhoto({ width, height, orientation: 6, exif: true })
    doc = await upload({ bytes: photo, name: 'IMG_2041.JPG', mimetype: 'image/jpeg' })
  })

  test('stores the original upright: orientation applied, dimensions swapped', async () => {
    expect(doc).toMatchObject({ width: height, height: width, mimeType: 'image/jpeg', filename: 'IMG_2041.jpg' })
    const original = stored(doc.filename)
    const metadata = await sharp(original).metadata()
    expect([metadata.width, metadata.height]).toEqual([height, width])
    // The red marker sat top-left in the sensor's frame; turned upright it is top-right.
    const quarter = { width: height / 4, height: width / 4 }
    expect(await redness(original, { left: (height * 3) / 4, top: 0, ...quarter })).toBeGreaterThan(100)
    expect(await redness(original, { left: 0, top: 0, ...quarter })).toBeLessThan(0)
  })

  test.each(MEDIA_SIZES.map((spec) => [spec.name, spec] as const))('size %s exists as JPEG and as WebP', async (name, spec) => {
    // Upright the photo is 1600 × 2400: width-only sizes keep that ratio and are never enlarged.
    const uprightWidth = height
    const uprightHeight = width
    const expectedWidth = spec.height ? spec.width : Math.min(spec.width, uprightWidth)
    const expectedHeight = spec.height ?? Math.round((expectedWidth * uprightHeight) / uprightWidth)
    for (const [sizeName, format, mimeType] of [
      [name, 'jpeg', 'image/jpeg'],
      [webpSizeName(name), 'webp', 'image/webp'],
    ] as const) {
      const size = doc.sizes[sizeName]
      expect(size, sizeName).toMatchObject({ mimeType, width: expectedWidth, height: expectedHeight })
      const metadata = await sharp(stored(size?.filename)).metadata()
      expect([metadata.format, metadata.width, metadata.height], sizeName).toEqual([format, expectedWidth, expectedHeight])
    }
  })

  test('no stored file keeps EXIF, GPS, orientation, XMP or ICC data', async () => {
    const filenames = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
    expect(filenames).toHaveLength(1 + MEDIA_SIZES.length * 2)
    for (const filename of filenames) {
      expect(await metadataLeft(stored(filename)), String(filename)).toEqual([])
    }
  })

  test('stores a blurred placeholder of a few hundred bytes as a WebP data URL', async () => {
    expect(doc.blurDataURL).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/]+=*$/)
    const bytes = Buffer.from(String(doc.blurDataURL).split(',')[1] ?? '', 'base64')
    expect(bytes.length).toBeLessThan(1000)
    const metadata = await sharp(bytes).metadata()
    expect(metadata.format).toBe('webp')
    expect(metadata.width).toBe(16)
    // Portrait, like the upright photo.
    expect(metadata.height).toBeGreaterThan(16)
  })

  test('the placeholder cannot be set or changed from outside', async () => {
    const updated = (await payload.update({
      collection: 'media',
      id: doc.id,
      data: { blurDataURL: 'data:image/webp;base64,AAAA', caption: 'تعليق جديد' },
    })) as unknown as MediaDoc
    expect(updated.blurDataURL).toBe(doc.blurDataURL)
    const created = await upload(
      { bytes: await makePhoto({ width: 400, height: 300 }), name: 'small.jpg', mimetype: 'image/jpeg' },
      { alt: 'صورة صغيرة', blurDataURL: 'data:text/html;base64,PHNjcmlwdD4=' },
    )
    expect(created.blurDataURL).toMatch(/^data:image\/webp;base64,/)
  })
})

describe('formats', () => {
  test.each([
    ['PNG', 'png', 'image/png'],
    ['WebP', 'webp', 'image/webp'],
    ['AVIF', 'avif', 'image/avif'],
    ['GIF', 'gif', 'image/gif'],
  ] as const)('%s keeps its format, with WebP twins of every size', async (_label, format, mimeType) => {
    const bytes = await makePhoto({ width: 900, height: 600, format, exif: format !== 'gif' })
    const doc = await upload({ bytes, name: `agency-photo.${format}`, mimetype: mimeType })
    expect(doc).toMatchObject({ mimeType, width: 900, height: 600 })
    expect((await sharp(stored(doc.filename)).metadata()).format).toBe(format === 'avif' ? 'heif' : format)
    for (const spec of MEDIA_SIZES) {
      const original = doc.sizes[spec.name]
      const webp = doc.sizes[webpSizeName(spec.name)]
      expect(original?.mimeType, spec.name).toBe(mimeType)
      expect(webp?.mimeType, spec.name).toBe('image/webp')
      // Width-only sizes are never enlarged; the fixed frame always is exactly its size.
      expect(original?.width, spec.name).toBe(spec.height ? spec.width : Math.min(spec.width, 900))
      expect(webp?.width, spec.name).toBe(original?.width)
      expect(await metadataLeft(stored(original?.filename)), spec.name).toEqual([])
      expect(await metadataLeft(stored(webp?.filename)), spec.name).toEqual([])
    }
    expect(await metadataLeft(stored(doc.filename))).toEqual([])
  })

  test('an animated GIF keeps its frames in the original and in the WebP sizes', async () => {
    const doc = await upload({ bytes: await makeAnimatedGif(400, 300, 4), name: 'loop.gif', mimetype: 'image/gif' })
    expect(doc).toMatchObject({ mimeType: 'image/gif', width: 400, height: 300 })
    expect((await sharp(stored(doc.filename)).metadata()).pages).toBe(4)
    expect((await sharp(stored(doc.sizes.thumbnailWebp?.filename)).metadata()).pages).toBe(4)
  })

  test('the type comes from the bytes: PNG bytes named .jpg are stored as PNG, under .png', async () => {
    const bytes = await makePhoto({ width: 500, height: 400, format: 'png' })
    const doc = await upload({ bytes, name: 'scan.jpg', mimetype: 'image/jpeg' })
    expect(doc).toMatchObject({ mimeType: 'image/png', filename: 'scan.png' })
    expect(doc.sizes.thumbnail?.mimeType).toBe('image/png')
  })
})

describe('the og size is cropped around the focal point', () => {
  test('a focal point on the left keeps the left of a panorama, on the right the right', async () => {
    // 3000×1000, the left 40 % red and the rest blue. og (1200×630) keeps 1200 of the 1890 pixels the
    // panorama is scaled to: around x = 10 % that is mostly red, around 50 % or 90 % mostly blue.
    const red = await sharp({ create: { width: 1200, height: 1000, channels: 3, background: { r: 230, g: 20, b: 20 } } })
      .png()
      .toBuffer()
    const panorama = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: { r: 20, g: 40, b: 220 } } })
      .composite([{ input: red, left: 0, top: 0 }])
      .jpeg()
      .toBuffer()
    const file = { bytes: panorama, name: 'panorama.jpg', mimetype: 'image/jpeg' }
    const left = await upload(file, { alt: 'بانوراما', focalX: 10, focalY: 50 })
    const centre = await upload(file, { alt: 'بانوراما' })
    const right = await upload(file, { alt: 'بانوراما', focalX: 90, focalY: 50 })
    expect(left).toMatchObject({ focalX: 10, focalY: 50 })
    expect(centre).toMatchObject({ focalX: 50, focalY: 50 })
    const whole = { left: 0, top: 0, width: 1200, height: 630 }
    for (const name of ['og', 'ogWebp']) {
      expect(await redness(stored(left.sizes[name]?.filename), whole), name).toBeGreaterThan(0)
      expect(await redness(stored(centre.sizes[name]?.filename), whole), name).toBeLessThan(0)
      expect(await redness(stored(right.sizes[name]?.filename), whole), name).toBeLessThan(-150)
    }
  })
})

describe('bad input is refused with a 400, leaving nothing behind', () => {
  const cases: [string, () => Promise<Upload>, RegExp, RegExp][] = [
    [
      'a truncated JPEG',
      async () => ({ bytes: truncate(await makePhoto({ width: 1200, height: 800 })), name: 'cut.jpg', mimetype: 'image/jpeg' }),
      /تالف أو ناقص/,
      /damaged or incomplete/,
    ],
    [
      'a truncated PNG',
      async () => ({ bytes: truncate(await makePhoto({ width: 600, height: 400, format: 'png' })), name: 'cut.png', mimetype: 'image/png' }),
      /تالف أو ناقص/,
      /damaged or incomplete/,
    ],
    [
      'a text file renamed .jpg',
      async () => ({ bytes: NOT_AN_IMAGE, name: 'photo.jpg', mimetype: 'image/jpeg' }),
      /ليس صورة معروفة/,
      /not a recognised image/,
    ],
    [
      'a 20000×20000 PNG bomb',
      async () => ({ bytes: makePngBomb(20000, 20000), name: 'bomb.png', mimetype: 'image/png' }),
      /20000×20000/,
      /\(400 megapixels\), above the 50-megapixel limit/,
    ],
    ['a zero-byte file', async () => ({ bytes: Buffer.alloc(0), name: 'empty.jpg', mimetype: 'image/jpeg' }), /فارغ/, /is empty/],
    [
      'an SVG with a script',
      async () => ({ bytes: SCRIPTED_SVG, name: 'logo.svg', mimetype: 'image/svg+xml' }),
      /SVG مرفوضة/,
      /SVG files are refused/,
    ],
    [
      'an SVG with a script named .png',
      async () => ({ bytes: SCRIPTED_SVG, name: 'logo.png', mimetype: 'image/png' }),
      /SVG مرفوضة/,
      /SVG files are refused/,
    ],
  ]

  test.each(cases)('%s', async (_label, make, arabic, english) => {
    const input = await make()
    const filesBefore = filesIn(staticDir)
    const countBefore = await count()
    const refused = await refusal(upload(input))
    expect(refused.status).toBe(400)
    expect(refused.path).toBe('file')
    expect(refused.message).toMatch(arabic)
    expect(refused.message).toMatch(english)
    expect(filesIn(staticDir)).toEqual(filesBefore)
    expect(await count()).toBe(countBefore)
  })

  test('a file over the size limit is refused with a 413', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20 * 1024 * 1024)])
    const filesBefore = filesIn(staticDir)
    const refused = await refusal(upload({ bytes, name: 'huge.jpg', mimetype: 'image/jpeg' }))
    expect(refused).toMatchObject({ status: 413, path: 'file' })
    expect(refused.message).toMatch(/20 MB limit/)
    expect(refused.message).toMatch(/يتجاوز الحد/)
    expect(filesIn(staticDir)).toEqual(filesBefore)
  })

  test('a missing alt text is refused before any file is written', async () => {
    const filesBefore = filesIn(staticDir)
    const countBefore = await count()
    const bytes = await makePhoto({ width: 800, height: 600 })
    const refused = await refusal(upload({ bytes, name: 'no-alt.jpg', mimetype: 'image/jpeg' }, { caption: 'بلا نص بديل' }))
    expect(refused).toMatchObject({ status: 400, path: 'alt' })
    expect(filesIn(staticDir)).toEqual(filesBefore)
    expect(await count()).toBe(countBefore)
  })

  test('replacing a file with a bad one leaves the document and its files as they were', async () => {
    const doc = await upload({ bytes: await makePhoto({ width: 800, height: 600 }), name: 'keep.jpg', mimetype: 'image/jpeg' })
    const filesBefore = filesIn(staticDir)
    const refused = await refusal(
      payload.update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: { data: makePngBomb(20000, 20000), name: 'bomb.png', mimetype: 'image/png', size: 1 },
      }),
    )
    expect(refused.status).toBe(400)
    expect(filesIn(staticDir)).toEqual(filesBefore)
    const after = (await payload.findByID({ collection: 'media', id: doc.id })) as unknown as MediaDoc
    expect(after).toMatchObject({ filename: doc.filename, width: 800, height: 600, blurDataURL: doc.blurDataURL })
  })
})
