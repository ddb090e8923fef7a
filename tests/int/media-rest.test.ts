import type { Payload } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'
import type { RestServer } from '../helpers/restServer'

import { resolveMediaOptions } from '../../src/media/options'
import { MEDIA_SIZES, webpSizeName } from '../../src/media/sizes'
import { mediaUploadConfig } from '../../src/media/uploadLimits'
import { filesIn, makePhoto, makePngBomb, metadataLeft, NOT_AN_IMAGE, SCRIPTED_SVG, truncate } from '../helpers/images'
import { sendStartOfUpload } from '../helpers/partialUpload'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }
type MediaBody = {
  doc: {
    id: number | string
    filename: string
    url: string
    mimeType: string
    width: number
    height: number
    blurDataURL: string
    sizes: Record<string, { url: string; width: number; height: number; mimeType: string }>
  }
}

let booted: TestPayload
let payload: Payload
let server: RestServer
let staticDir: string
let authorization: string

const MiB = 1024 * 1024
const MAX_FILE_SIZE = 24 * MiB

const admin = { email: 'photo-desk@example.com', password: 'correct horse battery staple' }

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-rest-'))
  // A file limit above Payload's 20 MB multipart default, which mediaUploadConfig raises to match.
  const media = { staticDir, maxFileSize: MAX_FILE_SIZE }
  booted = await bootPayload('media_rest', {
    plugin: { media },
    config: { upload: mediaUploadConfig(undefined, resolveMediaOptions(media)) },
  })
  payload = booted.payload
  await payload.create({ collection: 'users', data: { ...admin, name: 'مكتب الصور', roles: ['admin'] } })
  server = await startRestServer(payload)
  authorization = await server.login(admin.email, admin.password)
})

afterAll(async () => {
  await server?.close()
  await booted?.teardown()
  rmSync(staticDir, { recursive: true, force: true })
})

/** A multipart upload as the admin sends it: the file, and the other fields as JSON in `_payload`. */
function uploadRequest(bytes: Buffer, name: string, type: string, data: Record<string, unknown>, auth?: string): RequestInit {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return { method: 'POST', body: form, headers: auth ? { Authorization: auth } : {} }
}

const upload = (bytes: Buffer, name: string, type: string, data: Record<string, unknown> = { alt: 'صورة من وكالة' }) =>
  server.request('/api/media', uploadRequest(bytes, name, type, data, authorization))

async function count(): Promise<number> {
  return (await payload.count({ collection: 'media' })).totalDocs
}

function fileError(body: ErrorBody): { path?: string; message?: string } | undefined {
  return body.errors?.[0]?.data?.errors?.[0]
}

describe('uploads over REST (multipart, as the admin sends them)', () => {
  test('an agency photo is stored upright and stripped, with every size served over HTTP', async () => {
    const photo = await makePhoto({ width: 1800, height: 1200, orientation: 6, exif: true })
    const response = await upload(photo, 'AFP_2041.jpeg', 'image/jpeg', { alt: 'مراسلون في الميدان', caption: 'تعليق' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as MediaBody
    expect(doc).toMatchObject({ filename: 'AFP_2041.jpg', mimeType: 'image/jpeg', width: 1200, height: 1800 })
    expect(doc.blurDataURL).toMatch(/^data:image\/webp;base64,/)

    const served = await server.request(doc.url)
    expect(served.status).toBe(200)
    const original = Buffer.from(await served.arrayBuffer())
    expect(await metadataLeft(original)).toEqual([])

    for (const spec of MEDIA_SIZES) {
      for (const [name, format] of [
        [spec.name, 'jpeg'],
        [webpSizeName(spec.name), 'webp'],
      ] as const) {
        const size = doc.sizes[name]
        if (!size) throw new Error(`no size ${name}`)
        const file = await server.request(size.url)
        expect(file.status, name).toBe(200)
        const bytes = Buffer.from(await file.arrayBuffer())
        const metadata = await sharp(bytes).metadata()
        expect([metadata.format, metadata.width, metadata.height], name).toEqual([format, size.width, size.height])
        expect(await metadataLeft(bytes), name).toEqual([])
      }
    }
  })
})

describe('bad input over REST: a clear 400, nothing left behind, the server stays up', () => {
  const cases: [string, () => Promise<[Buffer, string, string]>, RegExp, RegExp][] = [
    [
      'a truncated JPEG',
      async () => [truncate(await makePhoto({ width: 1200, height: 800 })), 'cut.jpg', 'image/jpeg'],
      /تالف أو ناقص/,
      /could not be read: the file is damaged or incomplete/,
    ],
    ['a text file renamed .jpg', async () => [NOT_AN_IMAGE, 'photo.jpg', 'image/jpeg'], /ليس صورة معروفة/, /not a recognised image/],
    [
      'a 20000×20000 PNG bomb',
      async () => [makePngBomb(20000, 20000), 'bomb.png', 'image/png'],
      /تتجاوز الحد المسموح به/,
      /20000×20000 \(400 megapixels\), above the 50-megapixel limit/,
    ],
    ['a zero-byte file', async () => [Buffer.alloc(0), 'empty.jpg', 'image/jpeg'], /فارغ/, /is empty/],
    ['an SVG with a script', async () => [SCRIPTED_SVG, 'logo.svg', 'image/svg+xml'], /SVG مرفوضة/, /SVG files are refused/],
  ]

  test.each(cases)('%s', async (_label, make, arabic, english) => {
    const [bytes, name, type] = await make()
    const filesBefore = filesIn(staticDir)
    const countBefore = await count()
    const response = await upload(bytes, name, type)
    expect(response.status).toBe(400)
    const reason = fileError((await response.json()) as ErrorBody)
    expect(reason?.path).toBe('file')
    expect(reason?.message).toMatch(arabic)
    expect(reason?.message).toMatch(english)
    expect(filesIn(staticDir)).toEqual(filesBefore)
    expect(await count()).toBe(countBefore)
  })

  test('a file over media.maxFileSize is cut off while it streams in, with a 413 stating the limit in both languages', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_FILE_SIZE + MiB)])
    const filesBefore = filesIn(staticDir)
    const countBefore = await count()
    // Streamed, without a Content-Length, so only the parser can tell that the file is too large.
    const multipart = new Request(server.origin, uploadRequest(bytes, 'huge.jpg', 'image/jpeg', { alt: 'صورة من وكالة' }))
    const response = await server.request('/api/media', {
      method: 'POST',
      body: multipart.body,
      headers: { Authorization: authorization, 'content-type': multipart.headers.get('content-type') ?? '' },
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(((await response.json()) as ErrorBody).errors?.[0]?.message).toBe(
      'حجم الملف يتجاوز الحد المسموح به للرفع (24 MB). — The file is larger than the 24 MB upload limit.',
    )
    expect(filesIn(staticDir)).toEqual(filesBefore)
    expect(await count()).toBe(countBefore)
  })

  test('an upload whose Content-Length is over the limit is refused before its body is sent, stating the limit', async () => {
    const countBefore = await count()
    const answer = await sendStartOfUpload(`${server.origin}/api/media`, 60 * MiB, authorization, 30_000)
    expect(answer.status).toBe(413)
    expect(answer.sent).toBeLessThan(MiB)
    const reason = fileError(JSON.parse(answer.body) as ErrorBody)
    expect(reason?.path).toBe('file')
    expect(reason?.message).toBe('حجم الملف يتجاوز الحد المسموح به للرفع (24 MB). — The file is larger than the 24 MB upload limit.')
    expect(await count()).toBe(countBefore)
  })

  test("a file above Payload's 20 MB default but within media.maxFileSize reaches the image checks", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(22 * MiB)])
    const response = await upload(bytes, 'large.jpg', 'image/jpeg')
    expect(response.status).toBe(400)
    expect(fileError((await response.json()) as ErrorBody)?.message).toMatch(/could not be read/)
  })

  test('an anonymous upload is refused with a 403 before the image is decoded, with nothing stored', async () => {
    const filesBefore = filesIn(staticDir)
    // A truncated JPEG passes the header checks; only decoding would find the damage (a 400).
    const damaged = truncate(await makePhoto({ width: 600, height: 400 }))
    const response = await server.request('/api/media', uploadRequest(damaged, 'anon.jpg', 'image/jpeg', { alt: 'مجهول' }))
    expect(response.status).toBe(403)
    expect(filesIn(staticDir)).toEqual(filesBefore)
  })

  test('asking the server to fetch the image from a URL is refused', async () => {
    const countBefore = await count()
    const response = await server.request('/api/media', {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify({ alt: 'من رابط', filename: 'remote.jpg', url: 'https://example.com/remote.jpg' }),
    })
    expect(response.status).toBe(400)
    expect(fileError((await response.json()) as ErrorBody)?.message).toMatch(/not fetched from URLs/)
    expect(await count()).toBe(countBefore)
  })

  test('after every refusal the server still serves and accepts uploads', async () => {
    const list = await server.request('/api/media?limit=1')
    expect(list.status).toBe(200)
    const response = await upload(await makePhoto({ width: 640, height: 480, format: 'webp' }), 'after.webp', 'image/webp')
    expect(response.status).toBe(201)
  })
})
