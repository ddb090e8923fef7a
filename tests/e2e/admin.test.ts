import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RunningApp } from '../helpers/app'
import type { TestDatabase } from '../helpers/database'

import { buildApp, startApp } from '../helpers/app'
import { makePhoto } from '../helpers/images'
import { launchBrowser, signInThroughForm } from '../helpers/browser'
import { freshDatabase } from '../helpers/database'
import { sendStartOfUpload } from '../helpers/partialUpload'

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
  featuredImage?: number | string | { id: number | string } | null
  createdBy?: number | string | { id: number | string } | null
}

let adminToken: string | undefined
/** The photo files the writer chooses in the upload drawer, and a 60 MB one. */
let files: string
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

/** One signed-in tab per person and browser language, kept from step to step as a person keeps their session. */
const sessions = new Map<string, Page>()

/** Runs `steps` in `email`'s signed-in tab (its browser asking for `locale`), signing in the first time. */
async function as<T>(email: string, steps: (tab: Page) => Promise<T>, locale = 'ar-EG'): Promise<T> {
  const key = `${locale} ${email}`
  const tab = sessions.get(key) ?? (await signIn(email, locale))
  sessions.set(key, tab)
  try {
    return await steps(tab)
  } catch (error) {
    await capture(`failure-${locale}-${email.split('@')[0]}`, tab)
    // A tab left in an unknown state is not reused: the next step signs in afresh.
    sessions.delete(key)
    await Promise.race([tab.context().close(), new Promise((resolve) => setTimeout(resolve, ACTION_MS))]).catch(() => undefined)
    throw error
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
  if (files) rmSync(files, { recursive: true, force: true })
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
})

const MiB = 1024 * 1024

/** What one pass of the walk types, and every label and message it reads, in the admin's language. */
type Pass = {
  language: 'ar' | 'en'
  /** The browser's language, from which the admin takes its own. */
  locale: string
  /** The article's title (in Arabic in both passes: the content is Arabic, the admin's language varies). */
  title: string
  slugStart: RegExp
  alt: string
  labels: { submit: string; requestChanges: string; approve: string; schedule: string; cancelSchedule: string; publish: string; confirm: string }
  states: { draft: string; inReview: string; approved: string; scheduled: string }
  messages: {
    notReady: string
    imageMissing: string
    titleTooShort: string
    tooLarge: string
    submitted: string
    returned: string
    published: string
  }
}

const PASSES: Pass[] = [
  {
    language: 'ar',
    locale: 'ar-EG',
    title: 'وزير الخارجية الروسي يبحث مع نظيره الصيني ملفات التعاون',
    slugStart: /^wazir-al-kharijiya/,
    alt: 'الوزيران الروسي والصيني قبل محادثاتهما',
    labels: {
      submit: 'إرسال للمراجعة',
      requestChanges: 'طلب تعديلات',
      approve: 'اعتماد',
      schedule: 'جدولة النشر',
      cancelSchedule: 'إلغاء الجدولة',
      publish: 'نشر',
      confirm: 'تأكيد',
    },
    states: { draft: 'مسودة', inReview: 'قيد المراجعة', approved: 'معتمد', scheduled: 'مجدول' },
    messages: {
      notReady: 'المقال غير جاهز للنشر',
      imageMissing: 'الصورة الرئيسية: يجب إضافة صورة رئيسية للمقال.',
      titleTooShort: 'العنوان: العنوان قصير جدًا: 4 من 8 أحرف على الأقل',
      tooLarge: 'حجم الملف «huge.jpg» (60 MB) يتجاوز الحد المسموح به (20 MB).',
      submitted: 'الحالة الآن «قيد المراجعة»',
      returned: 'أُعيدت إليك للتعديل',
      published: 'الحالة الآن «منشور»',
    },
  },
  {
    language: 'en',
    locale: 'en-US',
    title: 'لافروف يلتقي وانج يي في بكين لبحث التعاون',
    slugStart: /^lavrov-/,
    alt: 'وانج يي يصافح لافروف في بكين',
    labels: {
      submit: 'Submit for review',
      requestChanges: 'Request changes',
      approve: 'Approve',
      schedule: 'Schedule',
      cancelSchedule: 'Cancel schedule',
      publish: 'Publish',
      confirm: 'Confirm',
    },
    states: { draft: 'Draft', inReview: 'In review', approved: 'Approved', scheduled: 'Scheduled' },
    messages: {
      notReady: 'The article is not ready to be published',
      imageMissing: 'Featured image: Add a featured image.',
      titleTooShort: 'Title: The title is too short: 4 of at least 8 characters',
      tooLarge: 'The file “huge.jpg” (60 MB) is larger than the 20 MB limit.',
      submitted: 'the article is now “In review”',
      returned: 'Sent back to you for changes',
      published: 'the article is now “Published”',
    },
  },
]

async function click(tab: Page, label: string): Promise<void> {
  const button = tab.locator('.newsroom-workflow-buttons button', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
  await button.waitFor({ timeout: NAVIGATION_MS })
  await button.click()
}

/** Waits until the article is in `state`, or until `check` holds for it. */
async function until(id: number | string, state: string | ((doc: Doc) => boolean)): Promise<void> {
  const reached = typeof state === 'string' ? (doc: Doc) => doc.workflowStatus === state : state
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (reached(await stateOf(id))) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`article ${String(id)} never reached ${String(state)}: ${JSON.stringify(await stateOf(id))}`)
}

async function openArticle(tab: Page, id: number | string): Promise<void> {
  await tab.goto(`${app.url}/admin/collections/articles/${id}`)
  await tab.locator('input[name="title"]').waitFor({ timeout: NAVIGATION_MS })
}

describe('the newsroom walk: each person, in the browser, through the admin only', () => {
  let shortTitleId: number | string
  let draftBody: string

  beforeAll(async () => {
    files = mkdtempSync(path.join(tmpdir(), 'newsroom-admin-e2e-'))
    const photo = await makePhoto({ width: 1200, height: 800 })
    writeFileSync(path.join(files, 'lavrov.jpg'), photo)
    // 60 MB of zeros, sparse on disk: its size alone is what the admin has to refuse.
    writeFileSync(path.join(files, 'huge.jpg'), '')
    truncateSync(path.join(files, 'huge.jpg'), 60 * MiB)

    // The refusal paths and the last test start from drafts made over the API, with an image uploaded there.
    const writer = await token('writer@newsroom.test')
    const sections = (await (await api('/api/sections')).json()) as { docs: { id: number | string }[] }
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'lavrov.jpg')
    form.append('_payload', JSON.stringify({ alt: 'لافروف ووانج يي خلال اجتماعهما' }))
    const upload = await api('/api/media', { method: 'POST', body: form, token: writer })
    expect(upload.status).toBe(201)
    const image = ((await upload.json()) as { doc: { id: number | string } }).doc.id
    draftBody = JSON.stringify({
      title: 'لافروف يلتقي وانج يي لبحث التعاون',
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
    const short = await api('/api/articles?draft=true', {
      method: 'POST',
      token: writer,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...JSON.parse(draftBody), title: 'عاجل' }),
    })
    expect(short.status).toBe(201)
    shortTitleId = ((await short.json()) as { doc: Doc }).doc.id
  })

  test('an upload larger than the limit is refused from its Content-Length, before its body is sent', async () => {
    const answer = await sendStartOfUpload(`${app.url}/api/media`, 60 * MiB, `JWT ${await token('writer@newsroom.test')}`, REQUEST_MS)
    expect(answer.status).toBe(413)
    expect(answer.sent).toBeLessThan(MiB)
    const { errors } = JSON.parse(answer.body) as { errors: { message: string }[] }
    expect(errors[0]?.message).toBe('حجم الملف يتجاوز الحد المسموح به للرفع (20 MB). — The file is larger than the 20 MB upload limit.')
  })

  describe.each(PASSES)('in the $language admin', (pass) => {
    let articleId: number | string
    /** The Arabic pass keeps the screenshots' names (the documentation uses them); the English one is prefixed. */
    const shot = (name: string) => (pass.language === 'ar' ? name : `${pass.language}-${name}`)
    const asPerson = <T>(email: string, steps: (tab: Page) => Promise<T>) => as(email, steps, pass.locale)

    // One step per test, so a failure names the step; each needs the one before it.
    test('the writer starts an article from the list; without an image, submitting is refused', async () => {
      articleId = await asPerson('writer@newsroom.test', async (tab) => {
        expect(await tab.getAttribute('html', 'lang')).toBe(pass.language)
        await tab.goto(`${app.url}/admin/collections/articles`)
        await tab.locator('a[href$="/collections/articles/create"]').first().click()
        await tab.waitForURL(/\/collections\/articles\/create$/)
        const titleInput = tab.locator('input[name="title"]')
        await titleInput.waitFor()
        // The writer's own section is chosen for them.
        await tab.locator('#field-section', { hasText: 'عرب وعالم' }).waitFor()
        await titleInput.fill(pass.title)
        // The slug to come appears while the title is typed, and its input reads left to right.
        const preview = tab.locator('.newsroom-slug-preview bdi')
        await preview.waitFor()
        expect(await preview.textContent()).toMatch(pass.slugStart)
        expect(await tab.locator('input[name="slug"]').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
        await tab.fill('input[name="kicker"]', 'الصين وروسيا')
        const body = tab.locator('.rich-text-lexical [contenteditable="true"]').first()
        await body.click()
        await tab.keyboard.type('التقى وزير الخارجية الروسي نظيره الصيني في بكين.')
        await capture(shot('create-writer-filled'), tab)
        await tab.click('#action-save-draft')
        // The saved document's id: digits on SQL databases, an ObjectId's hexadecimal digits on MongoDB.
        await tab.waitForURL(/\/collections\/articles\/[0-9a-f]+$/, { timeout: NAVIGATION_MS })
        await capture(shot('create-writer-saved'), tab)
        // One state in the header: the workflow's.
        await tab.locator('.newsroom-workflow-status', { hasText: pass.states.draft }).waitFor({ timeout: NAVIGATION_MS })

        // Submitting checks what publishing needs: the image is missing, and the refusal says so.
        await click(tab, pass.labels.submit)
        const refusal = tab.locator('.newsroom-workflow-refusal')
        await refusal.waitFor()
        expect(await refusal.textContent()).toContain(pass.messages.notReady)
        expect(await refusal.textContent()).toContain(pass.messages.imageMissing)
        await tab.locator('#field-featuredImage.error').waitFor()
        await capture(shot('create-writer-submit-refused'), tab)
        return new URL(tab.url()).pathname.split('/').pop() as string
      })
      const saved = await stateOf(articleId)
      expect(saved.title).toBe(pass.title)
      expect(saved.workflowStatus).toBe('draft')
      expect(saved._status).toBe('draft')
      expect(saved.section).not.toBeNull()
      expect(saved.createdBy).not.toBeNull()
    }, 240_000)

    test('the writer adds the image in the upload drawer (a 60 MB file is refused at once) and submits', async () => {
      const uploads: string[] = []
      await asPerson('writer@newsroom.test', async (tab) => {
        // Uploads are multipart; the admin also POSTs to /api/media to read images (a GET in disguise).
        const recordUpload = (request: Request) => {
          const multipart = request.headers()['content-type']?.startsWith('multipart/form-data') === true
          if (request.method() === 'POST' && multipart && new URL(request.url()).pathname === '/api/media') uploads.push(request.url())
        }
        tab.on('request', recordUpload)
        await openArticle(tab, articleId)
        const field = tab.locator('#field-featuredImage')

        // The picker of existing images shows each one's thumbnail, not only its alt text.
        await field.locator('.upload__listToggler').click()
        const picker = tab.locator('.list-drawer.drawer--is-open')
        const thumbnail = picker.locator('.thumbnail img').first()
        await thumbnail.waitFor()
        await tab.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await thumbnail.elementHandle())
        await picker.getByText('لافروف ووانج يي خلال اجتماعهما').waitFor()
        await capture(shot('image-picker'), tab)
        await picker.locator('.list-drawer__header-close').click()
        await picker.waitFor({ state: 'detached' })

        // A new image, made in the upload drawer. A file over the limit is refused as soon as it is chosen,
        // with the limit stated, and dropped from the form: nothing is sent.
        await field.locator('.upload__createNewToggler').click()
        const drawer = tab.locator('.doc-drawer.drawer--is-open')
        await drawer.locator('input[type="file"]').setInputFiles(path.join(files, 'huge.jpg'))
        const tooLarge = drawer.locator('.newsroom-upload-refusal')
        await tooLarge.waitFor()
        expect(await tooLarge.textContent()).toBe(pass.messages.tooLarge)
        await drawer.locator('.file-field .dropzone').waitFor()
        await capture(shot('upload-too-large'), tab)
        expect(uploads).toEqual([])

        await drawer.locator('input[type="file"]').setInputFiles(path.join(files, 'lavrov.jpg'))
        await tooLarge.waitFor({ state: 'detached' })
        await drawer.locator('input[name="alt"]').fill(pass.alt)
        await capture(shot('upload-filled'), tab)
        await drawer.locator('#action-save').click()
        await drawer.waitFor({ state: 'detached', timeout: NAVIGATION_MS })
        await field.locator('.thumbnail img').waitFor()
        tab.off('request', recordUpload)
        expect(uploads).toHaveLength(1)
        await capture(shot('featured-image-chosen'), tab)

        // Autosave keeps the draft (a saved article offers no "save draft" button), and submitting needs it saved.
        await until(articleId, (doc) => doc.featuredImage !== null && doc.featuredImage !== undefined)
        // Only what the server allows a writer on a draft: submit, never publish.
        const writerButtons = tab.locator('.newsroom-workflow-buttons button')
        await writerButtons.first().waitFor({ timeout: NAVIGATION_MS })
        expect((await writerButtons.allTextContents()).map((text) => text.trim())).toEqual([pass.labels.submit])
        await capture(shot('workflow-writer'), tab)
        await click(tab, pass.labels.submit)
        await until(articleId, 'in_review')
        // The view reloads and says what happened.
        await tab.locator('.newsroom-workflow-done', { hasText: pass.messages.submitted }).waitFor({ timeout: NAVIGATION_MS })
        await tab.locator('.newsroom-workflow-status', { hasText: pass.states.inReview }).waitFor()
        await capture(shot('workflow-submitted'), tab)
      })
      const image = (await stateOf(articleId)).featuredImage
      const media = (await (await api(`/api/media/${typeof image === 'object' && image ? image.id : String(image)}`)).json()) as {
        alt: string
        filename: string
        sizes: Record<string, { url: string | null }>
      }
      expect(media.alt).toBe(pass.alt)
      expect(media.filename).toMatch(/^lavrov/)
      expect(media.sizes.thumbnail?.url).toBeTruthy()
    }, 240_000)

    test("a refusal gives the server's precise reason and marks the field", async () => {
      await asPerson('writer@newsroom.test', async (writer) => {
        await writer.goto(`${app.url}/admin/collections/articles/${shortTitleId}`)
        await click(writer, pass.labels.submit)
        const refusal = writer.locator('.newsroom-workflow-refusal')
        await refusal.waitFor()
        expect(await refusal.textContent()).toContain(pass.messages.titleTooShort)
        await writer.locator('.field-type.error:has(input[name="title"])').waitFor()
        await capture(shot('workflow-refused-title'), writer)
      })
      expect((await stateOf(shortTitleId)).workflowStatus).toBe('draft')
    })

    test('the reviewer finds it in the queue and requests changes in a dialog', async () => {
      expect((await stateOf(articleId)).workflowStatus).toBe('in_review')
      await asPerson('reviewer@newsroom.test', async (reviewer) => {
        await reviewer.goto(`${app.url}/admin/review-queue`)
        await reviewer.locator('.newsroom-review-queue').getByText(pass.title).waitFor({ timeout: NAVIGATION_MS })
        await capture(shot('review-queue'), reviewer)
        await openArticle(reviewer, articleId)
        await click(reviewer, pass.labels.requestChanges)
        const dialog = reviewer.locator('dialog.newsroom-workflow-dialog[open]')
        await dialog.waitFor()
        // Focus moves into the dialog; it is a real dialog, not a strip in the header.
        await reviewer.waitForFunction(() => document.activeElement?.getAttribute('name') === 'comment', undefined, { timeout: ACTION_MS })
        const box = await dialog.boundingBox()
        expect(box?.width ?? 0).toBeGreaterThan(400)
        await capture(shot('workflow-request-changes-dialog'), reviewer)
        // Escape closes it without acting.
        await reviewer.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })
        expect((await stateOf(articleId)).workflowStatus).toBe('in_review')
        await click(reviewer, pass.labels.requestChanges)
        await dialog.waitFor()
        await reviewer.locator('dialog textarea[name="comment"]').fill('أضف اسم المصدر في الفقرة الأولى.')
        await click(reviewer, pass.labels.confirm)
        await until(articleId, 'changes_requested')
      })
    }, 240_000)

    test('the writer sees it on the dashboard and resubmits; the reviewer approves', async () => {
      expect((await stateOf(articleId)).workflowStatus).toBe('changes_requested')
      await asPerson('writer@newsroom.test', async (writer) => {
        // The dashboard says that the article came back, with the reviewer's request.
        await writer.goto(`${app.url}/admin`)
        const returned = writer.locator('.newsroom-changes-requested')
        await returned.getByText(pass.title).waitFor({ timeout: NAVIGATION_MS })
        expect(await returned.textContent()).toContain(pass.messages.returned)
        expect(await returned.textContent()).toContain('أضف اسم المصدر في الفقرة الأولى.')
        await capture(shot('dashboard-changes-requested'), writer)
        await openArticle(writer, articleId)
        await click(writer, pass.labels.submit)
        await until(articleId, 'in_review')
      })

      await asPerson('reviewer@newsroom.test', async (reviewer) => {
        await openArticle(reviewer, articleId)
        await click(reviewer, pass.labels.approve)
        await until(articleId, 'approved')
      })
    }, 240_000)

    test('the section editor schedules it, cancels the schedule, then publishes; anonymous readers get it', async () => {
      expect((await stateOf(articleId)).workflowStatus).toBe('approved')
      await asPerson('section-editor@newsroom.test', async (editor) => {
        await openArticle(editor, articleId)
        // Scheduling asks for a time in a dialog (read in the newsroom's zone): tomorrow at 09:30.
        await click(editor, pass.labels.schedule)
        const dialog = editor.locator('dialog.newsroom-workflow-dialog[open]')
        await dialog.waitFor()
        const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10)
        await editor.locator('dialog input[name="publishAt"]').fill(`${tomorrow}T09:30`)
        await capture(shot('workflow-schedule-dialog'), editor)
        await click(editor, pass.labels.confirm)
        await until(articleId, 'scheduled')
        await editor.locator('.newsroom-workflow-status', { hasText: pass.states.scheduled }).waitFor({ timeout: NAVIGATION_MS })
        await capture(shot('workflow-scheduled'), editor)
        // Nobody reads it before its time.
        expect((await api(`/api/articles/${articleId}`)).status).not.toBe(200)

        await click(editor, pass.labels.cancelSchedule)
        await until(articleId, 'approved')
        await editor.locator('.newsroom-workflow-status', { hasText: pass.states.approved }).waitFor({ timeout: NAVIGATION_MS })

        await click(editor, pass.labels.publish)
        await until(articleId, 'published')
        await editor.locator('.newsroom-workflow-done', { hasText: pass.messages.published }).waitFor({ timeout: NAVIGATION_MS })
        await capture(shot('workflow-published'), editor)
      })

      const published = await api(`/api/articles/${articleId}`)
      expect(published.status).toBe(200)
      const read = (await published.json()) as Doc
      expect(read._status).toBe('published')
      expect(read.title).toBe(pass.title)
    }, 240_000)
  })

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
