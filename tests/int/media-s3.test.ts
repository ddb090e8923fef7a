import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { mediaStorage } from '../../dev/storage'
import { startHttpServer } from '../helpers/http'
import { makePhoto } from '../helpers/images'
import { bootPayload } from '../helpers/payload'
import { startS3Server } from '../helpers/s3server.mjs'
import { PASSWORD, seedNewsroom } from '../helpers/workflow'

/*
 * Media on S3-compatible storage, wired as the demo app wires it (dev/storage.ts, from S3_* variables),
 * against a real S3 server on loopback (gofakes3, speaking the S3 REST API the AWS SDK uses). An upload
 * over REST puts the original and every size in the bucket and nothing on the instance's disk; Payload
 * serves the files from the bucket; a delete removes them all.
 */

let s3: Awaited<ReturnType<typeof startS3Server>>
let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let token: string
let staticDir: string

beforeAll(async () => {
  s3 = await startS3Server({ bucket: 'newsroom-media' })
  staticDir = mkdtempSync(path.join(tmpdir(), 'newsroom-s3-static-'))
  env = await bootPayload('media_s3', {
    plugin: { media: { staticDir } },
    plugins: mediaStorage({
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: 'newsroom',
      S3_SECRET_ACCESS_KEY: 'newsroom-secret',
      S3_PREFIX: 'photos',
    }),
  })
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  token = await http.login(fixture.users.writer.email, PASSWORD)
}, 300_000)

afterAll(async () => {
  await http?.close()
  await env?.teardown()
  await s3?.stop()
  rmSync(staticDir, { recursive: true, force: true })
})

/** The keys in the bucket, as an S3 client lists them (ListObjectsV2 over HTTP). */
async function bucketKeys(): Promise<string[]> {
  const response = await fetch(`${s3.endpoint}/${s3.bucket}?list-type=2`)
  expect(response.status).toBe(200)
  const xml = await response.text()
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1] as string).sort()
}

type MediaDoc = { id: number | string; filename: string; url: string; blurDataURL?: string; sizes: Record<string, { filename?: string | null; url?: string | null }> }

describe('media on S3-compatible storage', () => {
  let doc: MediaDoc

  test('an upload puts the original and every size in the bucket, and nothing on the disk', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await makePhoto({ width: 1600, height: 1067, exif: true }))], { type: 'image/jpeg' }), 'قمة القاهرة.jpg')
    form.append('_payload', JSON.stringify({ alt: 'قادة عرب في قمة القاهرة' }))
    const response = await http.request('/api/media', { method: 'POST', token, body: form })
    const body = (await response.json()) as { doc: MediaDoc }
    expect(response.status, JSON.stringify(body)).toBe(201)
    doc = body.doc

    const sizes = Object.values(doc.sizes).map((size) => size.filename).filter((name): name is string => Boolean(name))
    expect(sizes.length).toBeGreaterThan(0)
    expect(await bucketKeys()).toEqual([doc.filename, ...sizes].map((name) => `photos/${name}`).sort())
    expect(existsSync(staticDir) ? readdirSync(staticDir) : []).toEqual([])
    // The placeholder is made from a generated size, which never touched the disk either.
    expect(doc.blurDataURL).toMatch(/^data:image\/\w+;base64,/)
  })

  test('Payload serves the original and a size from the bucket', async () => {
    for (const url of [doc.url, Object.values(doc.sizes).find((size) => size.url)?.url]) {
      expect(url).toBeTruthy()
      const response = await http.request(new URL(String(url), http.url).pathname)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^image\//)
      const { width } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect(width).toBeGreaterThan(0)
    }
  })

  test('the object in the bucket is the stored image, EXIF and GPS stripped', async () => {
    const response = await fetch(`${s3.endpoint}/${s3.bucket}/photos/${encodeURIComponent(doc.filename)}`)
    expect(response.status).toBe(200)
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(metadata.width).toBeGreaterThan(0)
    expect(metadata.exif).toBeUndefined()
  })

  test('deleting the image removes every object from the bucket', async () => {
    const response = await http.request(`/api/media/${doc.id}`, { method: 'DELETE', token })
    expect(response.status).toBe(200)
    expect(await bucketKeys()).toEqual([])
  })
})
