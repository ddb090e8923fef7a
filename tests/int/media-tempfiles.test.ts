import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { TestPayload } from '../helpers/payload'
import type { RestServer } from '../helpers/restServer'

import { filesIn, makePhoto, metadataLeft, truncate } from '../helpers/images'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let booted: TestPayload
let server: RestServer
let staticDir: string
let tempFileDir: string
let authorization: string

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-temp-'))
  tempFileDir = mkdtempSync(path.join(tmpdir(), 'newsroom-upload-temp-'))
  booted = await bootPayload('media_tempfiles', {
    plugin: { media: { staticDir } },
    config: { upload: { useTempFiles: true, tempFileDir } },
  })
  await booted.payload.create({
    collection: 'users',
    data: { email: 'desk@example.com', password: 'temp-files-password', roles: ['admin'] },
  })
  server = await startRestServer(booted.payload)
  authorization = await server.login('desk@example.com', 'temp-files-password')
})

afterAll(async () => {
  await server?.close()
  await booted?.teardown()
  rmSync(staticDir, { recursive: true, force: true })
  rmSync(tempFileDir, { recursive: true, force: true })
})

function send(bytes: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'صورة عبر ملف مؤقت' }))
  return server.request('/api/media', { method: 'POST', body: form, headers: { Authorization: authorization } })
}

describe('with upload.useTempFiles (uploads buffered on disk, not in memory)', () => {
  test('a photo is checked, stored upright and stripped, and the temporary file removed', async () => {
    const response = await send(await makePhoto({ width: 1000, height: 700, orientation: 6, exif: true }), 'temp.jpg')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; width: number; height: number; blurDataURL: string } }
    expect(doc).toMatchObject({ width: 700, height: 1000 })
    expect(doc.blurDataURL).toMatch(/^data:image\/webp;base64,/)
    expect(await metadataLeft(readFileSync(path.join(staticDir, doc.filename)))).toEqual([])
    expect(filesIn(tempFileDir)).toEqual([])
  })

  test('a damaged photo is refused with a 400 and leaves no file anywhere', async () => {
    const before = filesIn(staticDir)
    const response = await send(truncate(await makePhoto({ width: 1000, height: 700 })), 'cut.jpg')
    expect(response.status).toBe(400)
    expect(filesIn(staticDir)).toEqual(before)
    expect(filesIn(tempFileDir)).toEqual([])
  })
})
