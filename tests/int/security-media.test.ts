import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Role } from '../../src/workflow'
import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { makePhoto } from '../helpers/images'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

let env: TestPayload
let http: HttpServer
let fixture: NewsroomFixture
let staticDir: string
let photo: Buffer
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'newsroom-security-media-'))
  env = await bootPayload('secmedia', { plugin: { media: { staticDir } } })
  fixture = await seedNewsroom(env.payload)
  http = await startHttpServer(env.payload)
  for (const role of ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const) {
    tokens[role] = await http.login(fixture.users[role].email, PASSWORD)
  }
  photo = await makePhoto({ width: 320, height: 200 })
})

afterAll(async () => {
  await http?.close()
  await env?.teardown()
  rmSync(staticDir, { recursive: true, force: true })
})

async function upload(role: Role, data: Record<string, unknown>): Promise<number | string> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `photo-${Date.now()}.jpg`)
  form.append('_payload', JSON.stringify(data))
  const response = await http.request('/api/media', { method: 'POST', body: form, token: tokens[role] })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number | string } }).doc.id
}

const row = async (id: number | string) =>
  (await env.payload.findByID({ collection: 'media', id, depth: 0 })) as unknown as { alt: string; uploadedBy?: unknown }

const patchAlt = (id: number | string, alt: string, role: Role) =>
  http.request(`/api/media/${id}`, { method: 'PATCH', token: tokens[role], json: { alt } })

describe('an image is changed or deleted only by its uploader, while no live article shows it, or by the chiefs', () => {
  test('the uploader is recorded from the session, whatever the request claims', async () => {
    const id = await upload('writer', { alt: 'صورة الوزير', uploadedBy: fixture.users.admin.id })
    expect((await row(id)).uploadedBy).toBe(fixture.users.writer.id)
    const forged = await http.request(`/api/media/${id}`, {
      method: 'PATCH',
      token: tokens.writer,
      json: { uploadedBy: fixture.users.reviewer.id },
    })
    expect(forged.status).toBe(200)
    expect((await row(id)).uploadedBy).toBe(fixture.users.writer.id)
    const anonymous = await (await http.request(`/api/media/${id}`)).json()
    expect(anonymous).not.toHaveProperty('uploadedBy')
  })

  test('regression: a colleague cannot edit, replace or delete someone else’s image', async () => {
    const id = await upload('writer', { alt: 'صورة أصلية' })
    for (const role of ['reviewer', 'section-editor'] as const) {
      const edit = await patchAlt(id, 'نص بديل مزيف', role)
      expect([403, 404]).toContain(edit.status)
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'replacement.jpg')
      form.append('_payload', JSON.stringify({ alt: 'بديلة' }))
      const replace = await http.request(`/api/media/${id}`, { method: 'PATCH', body: form, token: tokens[role] })
      expect([403, 404]).toContain(replace.status)
      const remove = await http.request(`/api/media/${id}`, { method: 'DELETE', token: tokens[role] })
      expect([403, 404]).toContain(remove.status)
    }
    expect((await row(id)).alt).toBe('صورة أصلية')
  })

  test('a bulk PATCH by a writer reaches only their own images', async () => {
    const own = await upload('writer', { alt: 'صورتي' })
    const other = await upload('reviewer', { alt: 'صورة المراجع' })
    const response = await http.request('/api/media?where[id][exists]=true', {
      method: 'PATCH',
      token: tokens.writer,
      json: { caption: 'تعليق جماعي' },
    })
    expect(response.status).toBeLessThan(500)
    const caption = async (id: number | string) =>
      ((await env.payload.findByID({ collection: 'media', id, depth: 0 })) as { caption?: string | null }).caption
    expect(await caption(own)).toBe('تعليق جماعي')
    expect(await caption(other)).toBeFalsy()
    expect(await caption(fixture.image)).toBeFalsy()
  })

  test('the uploader edits and deletes their own image while no live article shows it', async () => {
    const id = await upload('writer', { alt: 'قبل' })
    expect((await patchAlt(id, 'بعد', 'writer')).status).toBe(200)
    expect((await row(id)).alt).toBe('بعد')
    const draft = await createArticle(env.payload, fixture, 'draft', { featuredImage: id })
    expect((await patchAlt(id, 'بعد المسودة', 'writer')).status).toBe(200)
    await env.payload.delete({ collection: 'articles', id: draft })
    expect((await http.request(`/api/media/${id}`, { method: 'DELETE', token: tokens.writer })).status).toBe(200)
  })

  test('regression: the image of a live article is not changed or deleted by its uploader', async () => {
    const id = await upload('writer', { alt: 'صورة منشورة' })
    await createArticle(env.payload, fixture, 'published', { featuredImage: id })
    const edit = await patchAlt(id, 'نص تغيّر دون مراجعة', 'writer')
    expect([403, 404]).toContain(edit.status)
    const remove = await http.request(`/api/media/${id}`, { method: 'DELETE', token: tokens.writer })
    expect([403, 404]).toContain(remove.status)
    expect((await row(id)).alt).toBe('صورة منشورة')
  })

  test.each(['editor-in-chief', 'admin'] as const)('the %s edits any image, live or not', async (role) => {
    const id = await upload('writer', { alt: 'صورة' })
    await createArticle(env.payload, fixture, 'published', { featuredImage: id })
    expect((await patchAlt(id, `تصحيح ${role}`, role)).status).toBe(200)
    expect((await patchAlt(fixture.image, 'صورة الوزير', role)).status).toBe(200)
  })

  test('an image with no recorded uploader is for the chiefs alone', async () => {
    const edit = await patchAlt(fixture.image, 'تغيير', 'writer')
    expect([403, 404]).toContain(edit.status)
  })
})
