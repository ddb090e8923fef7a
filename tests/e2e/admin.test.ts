import type { Browser, BrowserContext, Page } from 'playwright-core'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RunningApp } from '../helpers/app'
import type { TestDatabase } from '../helpers/database'

import { buildApp, startApp } from '../helpers/app'
import { makePhoto } from '../helpers/images'
import { launchBrowser, signInThroughForm } from '../helpers/browser'
import { freshDatabase } from '../helpers/database'

const PASSWORD = 'admin-e2e-password'
/** Every step's screenshot, kept as a test artifact (git-ignored). */
const ARTIFACTS = path.resolve('.data/test-results/screenshots')
/** With UPDATE_SCREENSHOTS, the documentation's screenshots are refreshed too. */
const DOCS_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots') : undefined
/** Bounds of every wait: an action, a navigation, an HTTP request. Nothing in these tests waits longer. */
const ACTION_MS = 30_000
const NAVIGATION_MS = 90_000
const REQUEST_MS = 30_000

let database: TestDatabase
let app: RunningApp
let browser: Browser
let page: Page

/** The CDP capture works where page.screenshot() of the admin sometimes comes out blank. */
async function capture(name: string, target: Page = page): Promise<void> {
  try {
    const session = await target.context().newCDPSession(target)
    const { data } = (await Promise.race([
      session.send('Page.captureScreenshot', { format: 'png', fromSurface: false }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('screenshot timed out')), ACTION_MS)),
    ])) as { data: string }
    await session.detach().catch(() => undefined)
    const png = Buffer.from(data, 'base64')
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(path.join(ARTIFACTS, `${name}.png`), png)
    if (DOCS_SCREENSHOTS) {
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true })
      writeFileSync(path.join(DOCS_SCREENSHOTS, `${name}.png`), png)
    }
  } catch (error) {
    // A screenshot is evidence, not the thing under test: a failed capture is reported, never fatal.
    process.stderr.write(`screenshot ${name}: ${String(error)}\n`)
  }
}

/** A browser context whose every wait is bounded. */
async function newContext(locale = 'ar-EG'): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
  context.setDefaultTimeout(ACTION_MS)
  context.setDefaultNavigationTimeout(NAVIGATION_MS)
  return context
}

async function api(route: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  return fetch(`${app.url}${route}`, { ...init, headers, signal: AbortSignal.timeout(REQUEST_MS) })
}

async function token(email: string): Promise<string> {
  const response = await api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

type Doc = {
  id: number | string
  title?: string
  workflowStatus?: string
  _status?: string
  section?: number | string | { id: number | string } | null
  createdBy?: number | string | { id: number | string } | null
}

let adminToken: string | undefined
async function stateOf(id: number | string): Promise<Doc> {
  adminToken ??= await token('admin@newsroom.test')
  const response = await api(`/api/articles/${id}?draft=true&depth=0`, { token: adminToken })
  return (await response.json()) as Doc
}

async function articleCount(): Promise<number> {
  adminToken ??= await token('admin@newsroom.test')
  const response = await api('/api/articles?draft=true&depth=0&limit=0', { token: adminToken })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

/** Signs in as `email` through the login form, in a fresh browser context. */
async function signIn(email: string, locale = 'ar-EG'): Promise<Page> {
  const context = await newContext(locale)
  const tab = await context.newPage()
  await signInThroughForm(tab, app.url, email, PASSWORD, NAVIGATION_MS)
  return tab
}

/** Runs `steps` with a signed-in tab and always closes its context. */
async function as<T>(email: string, steps: (tab: Page) => Promise<T>): Promise<T> {
  const tab = await signIn(email)
  try {
    return await steps(tab)
  } catch (error) {
    await capture(`failure-${email.split('@')[0]}`, tab)
    throw error
  } finally {
    await Promise.race([tab.context().close(), new Promise((resolve) => setTimeout(resolve, ACTION_MS))]).catch(() => undefined)
  }
}

beforeAll(async () => {
  await buildApp()
  database = await freshDatabase('admin')
  app = await startApp({ DATABASE_URI: database.uri, PAYLOAD_SECRET: 'admin-e2e-secret-0123456789abcdef', SEED_DEMO: 'true', DEMO_PASSWORD: PASSWORD })
  browser = await launchBrowser()
  const context = await newContext()
  page = await context.newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  await database?.drop()
})

describe('the Arabic admin in a real browser', () => {
  test('an editor logs in through the Arabic login form', async () => {
    await page.goto(`${app.url}/admin/login`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    await page.fill('input[name="email"]', 'editor-in-chief@newsroom.test')
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: NAVIGATION_MS })
    await page.waitForSelector('.dashboard, [class*="dashboard"]', { timeout: NAVIGATION_MS })
    await capture('dashboard')
  })

  test('the article list shows the demo article in Arabic', async () => {
    await page.goto(`${app.url}/admin/collections/articles`)
    await page.waitForSelector('text=وزير الخارجية الصيني', { timeout: NAVIGATION_MS })
    await capture('articles-list')
  })

  test('the edit view lays the Arabic title out right to left', async () => {
    await page.click('text=وزير الخارجية الصيني')
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: NAVIGATION_MS })
    expect(await title.inputValue()).toBe('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية')
    const direction = await title.evaluate((element) => getComputedStyle(element).direction)
    expect(direction).toBe('rtl')
    await page.waitForSelector('text=الصين وروسيا', { timeout: NAVIGATION_MS }).catch(() => undefined)
    await capture('article-edit')
  })
})


describe('starting an article in the admin', () => {
  test('opening "create new" shows the form and saves nothing', async () => {
    const before = await articleCount()
    await as('editor-in-chief@newsroom.test', async (tab) => {
      await tab.goto(`${app.url}/admin/collections/articles/create`)
      await tab.locator('input[name="title"]').waitFor()
      expect(new URL(tab.url()).pathname).toBe('/admin/collections/articles/create')
      await tab.locator('text=جاري إنشاء مقال جديد').waitFor()
      await capture('create-editor-in-chief', tab)
    })
    expect(await articleCount()).toBe(before)
  })

  test('a writer creates an article from the list and saves it as a draft', async () => {
    const title = 'وزير الخارجية الروسي يبحث مع نظيره الصيني ملفات التعاون'
    const id = await as('writer@newsroom.test', async (tab) => {
      await tab.goto(`${app.url}/admin/collections/articles`)
      await tab.locator('a[href$="/collections/articles/create"]').first().click()
      await tab.waitForURL(/\/collections\/articles\/create$/)
      const titleInput = tab.locator('input[name="title"]')
      await titleInput.waitFor()
      // The writer's own section is chosen for them.
      await tab.locator('#field-section', { hasText: 'عرب وعالم' }).waitFor()
      await titleInput.fill(title)
      // The slug to come appears while the title is typed, and its input reads left to right.
      const preview = tab.locator('.newsroom-slug-preview bdi')
      await preview.waitFor()
      expect(await preview.textContent()).toMatch(/^wazir-al-kharijiya/)
      expect(await tab.locator('input[name="slug"]').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
      await tab.fill('input[name="kicker"]', 'الصين وروسيا')
      const body = tab.locator('.rich-text-lexical [contenteditable="true"]').first()
      await body.click()
      await tab.keyboard.type('التقى وزير الخارجية الروسي نظيره الصيني في بكين.')
      await capture('create-writer-filled', tab)
      await tab.click('#action-save-draft')
      // The saved document's id: digits on SQL databases, an ObjectId's hexadecimal digits on MongoDB.
      await tab.waitForURL(/\/collections\/articles\/[0-9a-f]+$/, { timeout: NAVIGATION_MS })
      await capture('create-writer-saved', tab)
      // One state in the header: the workflow's.
      await tab.locator('.newsroom-workflow-status', { hasText: 'مسودة' }).waitFor({ timeout: NAVIGATION_MS })

      // Submitting checks what publishing needs: the image is missing, and the refusal says so.
      await tab.locator('.newsroom-workflow-buttons button', { hasText: 'إرسال للمراجعة' }).click()
      const refusal = tab.locator('.newsroom-workflow-refusal')
      await refusal.waitFor()
      expect(await refusal.textContent()).toContain('المقال غير جاهز للنشر')
      expect(await refusal.textContent()).toContain('الصورة الرئيسية: يجب إضافة صورة رئيسية للمقال.')
      await tab.locator('#field-featuredImage.error').waitFor()
      await capture('create-writer-submit-refused', tab)
      return new URL(tab.url()).pathname.split('/').pop() as string
    })
    const saved = await stateOf(id)
    expect(saved.title).toBe(title)
    expect(saved.workflowStatus).toBe('draft')
    expect(saved._status).toBe('draft')
    expect(saved.section).not.toBeNull()
    expect(saved.createdBy).not.toBeNull()
  }, 240_000)
})

describe('the review workflow through the admin buttons', () => {
  let articleId: number | string

  let shortTitleId: number | string
  let draftBody: string

  async function click(tab: Page, label: string): Promise<void> {
    const button = tab.locator('.newsroom-workflow-buttons button', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    await button.waitFor({ timeout: NAVIGATION_MS })
    await button.click()
  }

  async function until(id: number | string, state: string): Promise<void> {
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      if ((await stateOf(id)).workflowStatus === state) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`article ${String(id)} never reached ${state}: ${JSON.stringify(await stateOf(id))}`)
  }

  async function openArticle(tab: Page): Promise<void> {
    await tab.goto(`${app.url}/admin/collections/articles/${articleId}`)
    await tab.locator('input[name="title"]').waitFor({ timeout: NAVIGATION_MS })
  }

  beforeAll(async () => {
    const writer = await token('writer@newsroom.test')
    const sections = (await (await api('/api/sections')).json()) as { docs: { id: number | string }[] }
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await makePhoto({ width: 1200, height: 800 }))], { type: 'image/jpeg' }), 'lavrov.jpg')
    form.append('_payload', JSON.stringify({ alt: 'لافروف ووانج يي خلال اجتماعهما' }))
    const upload = await api('/api/media', { method: 'POST', body: form, token: writer })
    expect(upload.status).toBe(201)
    const image = ((await upload.json()) as { doc: { id: number | string } }).doc.id
    draftBody = JSON.stringify({
        title: 'لافروف يلتقي وانج يي في بكين لبحث التعاون',
        section: sections.docs[0]?.id,
        featuredImage: image,
        body: {
          root: {
            type: 'root', format: '', indent: 0, version: 1, direction: 'rtl',
            children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'rtl', textFormat: 0, textStyle: '',
              children: [{ type: 'text', text: 'التقى وزير الخارجية الروسي نظيره الصيني.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
          },
        },
        _status: 'draft',
      })
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      token: writer,
      headers: { 'content-type': 'application/json' },
      body: draftBody,
    })
    expect(created.status).toBe(201)
    articleId = ((await created.json()) as { doc: Doc }).doc.id
    const short = await api('/api/articles?draft=true', {
      method: 'POST',
      token: writer,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...JSON.parse(draftBody), title: 'عاجل' }),
    })
    expect(short.status).toBe(201)
    shortTitleId = ((await short.json()) as { doc: Doc }).doc.id
  })

  test('a refusal gives the server\'s precise reason and marks the field', async () => {
    await as('writer@newsroom.test', async (writer) => {
      await writer.goto(`${app.url}/admin/collections/articles/${shortTitleId}`)
      await click(writer, 'إرسال للمراجعة')
      const refusal = writer.locator('.newsroom-workflow-refusal')
      await refusal.waitFor()
      expect(await refusal.textContent()).toContain('العنوان: العنوان قصير جدًا: 4 من 8 أحرف على الأقل')
      await writer.locator('.field-type.error:has(input[name="title"])').waitFor()
      await capture('workflow-refused-title', writer)
    })
    expect((await stateOf(shortTitleId)).workflowStatus).toBe('draft')
  })

  // One step per test, so a failure names the step; each needs the one before it.
  test('the writer submits the draft for review', async () => {
    await as('writer@newsroom.test', async (writer) => {
      await openArticle(writer)
      // Only what the server allows a writer on a draft: submit, never publish.
      const writerButtons = writer.locator('.newsroom-workflow-buttons button')
      await writerButtons.first().waitFor({ timeout: NAVIGATION_MS })
      await capture('workflow-writer', writer)
      expect((await writerButtons.allTextContents()).map((text) => text.trim())).toEqual(['إرسال للمراجعة'])
      await click(writer, 'إرسال للمراجعة')
      await until(articleId, 'in_review')
      // The view reloads and says what happened.
      await writer.locator('.newsroom-workflow-done', { hasText: 'الحالة الآن «قيد المراجعة»' }).waitFor({ timeout: NAVIGATION_MS })
      await writer.locator('.newsroom-workflow-status', { hasText: 'قيد المراجعة' }).waitFor()
      await capture('workflow-submitted', writer)
    })
  }, 240_000)

  test('the reviewer finds it in the queue and requests changes in a dialog', async () => {
    expect((await stateOf(articleId)).workflowStatus).toBe('in_review')
    await as('reviewer@newsroom.test', async (reviewer) => {
      await reviewer.goto(`${app.url}/admin/review-queue`)
      await reviewer.waitForSelector('text=لافروف يلتقي وانج يي', { timeout: NAVIGATION_MS })
      await capture('review-queue', reviewer)
      await openArticle(reviewer)
      await click(reviewer, 'طلب تعديلات')
      const dialog = reviewer.locator('dialog.newsroom-workflow-dialog[open]')
      await dialog.waitFor()
      // Focus moves into the dialog; it is a real dialog, not a strip in the header.
      await reviewer.waitForFunction(() => document.activeElement?.getAttribute('name') === 'comment', undefined, { timeout: ACTION_MS })
      const box = await dialog.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThan(400)
      await capture('workflow-request-changes-dialog', reviewer)
      // Escape closes it without acting.
      await reviewer.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      expect((await stateOf(articleId)).workflowStatus).toBe('in_review')
      await click(reviewer, 'طلب تعديلات')
      await dialog.waitFor()
      await reviewer.locator('dialog textarea[name="comment"]').fill('أضف اسم المصدر في الفقرة الأولى.')
      await click(reviewer, 'تأكيد')
      await until(articleId, 'changes_requested')
    })
  }, 240_000)

  test('the writer resubmits and the reviewer approves', async () => {
    expect((await stateOf(articleId)).workflowStatus).toBe('changes_requested')
    await as('writer@newsroom.test', async (writer) => {
      // The dashboard says that the article came back, with the reviewer's request.
      await writer.goto(`${app.url}/admin`)
      const returned = writer.locator('.newsroom-changes-requested')
      await returned.locator('text=لافروف يلتقي وانج يي').waitFor({ timeout: NAVIGATION_MS })
      expect(await returned.textContent()).toContain('أضف اسم المصدر في الفقرة الأولى.')
      await capture('dashboard-changes-requested', writer)
      await openArticle(writer)
      await click(writer, 'إرسال للمراجعة')
      await until(articleId, 'in_review')
    })

    await as('reviewer@newsroom.test', async (reviewer) => {
      await openArticle(reviewer)
      await click(reviewer, 'اعتماد')
      await until(articleId, 'approved')
    })
  }, 240_000)

  test('the section editor schedules it, cancels the schedule, then publishes; anonymous readers get it', async () => {
    expect((await stateOf(articleId)).workflowStatus).toBe('approved')
    await as('section-editor@newsroom.test', async (editor) => {
      await openArticle(editor)
      // Scheduling asks for a time in a dialog (read in the newsroom's zone): tomorrow at 09:30.
      await click(editor, 'جدولة النشر')
      const dialog = editor.locator('dialog.newsroom-workflow-dialog[open]')
      await dialog.waitFor()
      const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10)
      await editor.locator('dialog input[name="publishAt"]').fill(`${tomorrow}T09:30`)
      await capture('workflow-schedule-dialog', editor)
      await click(editor, 'تأكيد')
      await until(articleId, 'scheduled')
      await editor.locator('.newsroom-workflow-status', { hasText: 'مجدول' }).waitFor({ timeout: NAVIGATION_MS })
      await capture('workflow-scheduled', editor)
      // Nobody reads it before its time.
      expect((await api(`/api/articles/${articleId}`)).status).not.toBe(200)

      await click(editor, 'إلغاء الجدولة')
      await until(articleId, 'approved')
      await editor.locator('.newsroom-workflow-status', { hasText: 'معتمد' }).waitFor({ timeout: NAVIGATION_MS })

      await click(editor, 'نشر')
      await until(articleId, 'published')
      await editor.locator('.newsroom-workflow-done', { hasText: 'الحالة الآن «منشور»' }).waitFor({ timeout: NAVIGATION_MS })
      await capture('workflow-published', editor)
    })

    const published = await api(`/api/articles/${articleId}`)
    expect(published.status).toBe(200)
    expect(((await published.json()) as Doc)._status).toBe('published')
  }, 240_000)

  test('editing an approved article says that it goes back to draft, and the buttons follow', async () => {
    const writer = await token('writer@newsroom.test')
    const reviewer = await token('reviewer@newsroom.test')
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      token: writer,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...JSON.parse(draftBody), title: 'وانج يي يستقبل لافروف في قاعة الشعب الكبرى' }),
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: Doc }).doc.id
    for (const [action, who] of [['submit', writer], ['approve', reviewer]] as const) {
      const response = await api(`/api/articles/${id}/workflow`, {
        method: 'POST',
        token: who,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action }),
      })
      expect(response.status).toBe(200)
    }
    await as('section-editor@newsroom.test', async (editor) => {
      await editor.goto(`${app.url}/admin/collections/articles/${id}`)
      const publish = editor.locator('.newsroom-workflow-buttons button', { hasText: /^\s*نشر\s*$/ })
      await publish.waitFor({ timeout: NAVIGATION_MS })
      await editor.locator('.newsroom-workflow-edit-note').waitFor()
      await capture('workflow-approved-edit-note', editor)
      await editor.fill('input[name="kicker"]', 'تعديل بعد الاعتماد')
      await until(id, 'draft')
      await editor.locator('.newsroom-workflow-status', { hasText: 'مسودة' }).waitFor({ timeout: NAVIGATION_MS })
      await publish.waitFor({ state: 'detached', timeout: NAVIGATION_MS })
    })
  }, 300_000)
})
