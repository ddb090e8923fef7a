import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'

import { filesIn, makePhoto } from '../helpers/images'
import { bootPayload } from '../helpers/payload'

/** The error a refused upload raised, for its status and the reason on the `file` path. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
  } catch (error) {
    const { status, data } = error as { status: number; data?: { errors?: { message: string }[] } }
    return { status, message: data?.errors?.[0]?.message ?? String(error) }
  }
  throw new Error('the upload was accepted')
}

describe('media options: configured limits', () => {
  let limited: TestPayload
  let limitedDir: string

  beforeAll(async () => {
    limitedDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-limits-'))
    limited = await bootPayload('media_limits', {
      plugin: {
        media: { staticDir: limitedDir, maxFileSize: 300 * 1024, maxInputPixels: 1_000_000, allowedTypes: ['image/jpeg', 'image/webp'] },
      },
    })
  })

  afterAll(async () => {
    await limited?.teardown()
    rmSync(limitedDir, { recursive: true, force: true })
  })

  const send = (bytes: Buffer, name: string, mimetype: string) =>
    limited.payload.create({ collection: 'media', data: { alt: 'صورة' }, file: { data: bytes, name, mimetype, size: bytes.length } })

  test.each([
    ['maxFileSize', () => makePhoto({ width: 1000, height: 1000, format: 'png' }).then((png) => sharp(png).jpeg({ quality: 100 }).toBuffer()), 413, /300 KB limit/],
    ['maxInputPixels', () => makePhoto({ width: 1250, height: 1000, format: 'webp' }), 400, /\(1\.3 megapixels\), above the 1-megapixel limit/],
    ['allowedTypes', () => makePhoto({ width: 300, height: 200, format: 'png' }), 400, /PNG images are not accepted here\. Accepted types: JPEG, WebP/],
  ] as const)('%s is enforced', async (_option, make, status, english) => {
    const bytes = await make()
    const refused = await refusal(send(bytes, 'photo.bin', 'application/octet-stream'))
    expect(refused.status).toBe(status)
    expect(refused.message).toMatch(english)
    expect(filesIn(limitedDir)).toEqual([])
    expect((await limited.payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  test('within the limits an upload is stored where media.staticDir says', async () => {
    const doc = await send(await makePhoto({ width: 1000, height: 750 }), 'fits.jpg', 'image/jpeg')
    expect(filesIn(limitedDir)).toContain(doc.filename)
  })
})
