import type { Browser, BrowserContext, Page } from 'playwright-core'

import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RunningApp } from '../helpers/app'
import type { TestDatabase } from '../helpers/database'

import { buildApp, startApp } from '../helpers/app'
import { launchBrowser, signInThroughForm } from '../helpers/browser'
import { freshDatabase } from '../helpers/database'
import { makePhoto } from '../helpers/images'

/**
 * axe-core (the accessibility engine browsers' own audits use) on the pages a newsroom works in all day:
 * login, the article list, the edit view and the review queue, in Arabic and in English. Serious and
 * critical findings in the plugin's own components fail the test; the rest, in Payload's admin, are
 * written to .data/test-results/axe-<page>.json and listed in docs/accessibility.md. The same pages are
 * checked for what axe cannot see: no sideways scrolling at 1440 px, Tab leaving the body editor, and
 * the focus after a workflow action and around the request-changes dialog.
 */

const PASSWORD = 'axe-e2e-password'
const RESULTS = path.resolve('.data/test-results')
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const ACTION_MS = 30_000
const NAVIGATION_MS = 90_000
const WINDOW = { width: 1440, height: 900 }
/** A scrollbar's width of slack: the page may not scroll sideways at all. */
const WIDTH_TOLERANCE = 4
/** Presses of Tab (or Shift+Tab) that must take the focus out of the body editor. */
const PRESSES_TO_LEAVE = 3

let database: TestDatabase
let app: RunningApp
let browser: Browser

type Finding = { id: string; impact: string; help: string; targets: string[]; ours: boolean }

/** The plugin's components all carry a class beginning with `newsroom-`: a node inside one is ours. */
const OURS = '[class*="newsroom-"]'

async function audit(tab: Page, name: string): Promise<Finding[]> {
  await tab.addScriptTag({ path: AXE_SOURCE })
  type Violation = { id: string; impact: string; help: string; nodes: { target: string[]; impact: string; element?: Element; ours?: boolean }[] }
  const violations = (await tab.evaluate(async (ours) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'], elementRef: true })
    for (const violation of result.violations) {
      for (const node of violation.nodes) {
        node.ours = node.element?.closest(ours) !== null && node.element !== undefined
        delete node.element
      }
    }
    return result.violations
  }, OURS)) as Violation[]
  const findings: Finding[] = []
  for (const violation of violations) {
    for (const node of violation.nodes) {
      const impact = node.impact ?? violation.impact
      if (impact !== 'serious' && impact !== 'critical') continue
      const targets = node.target.map(String)
      findings.push({ id: violation.id, impact, help: violation.help, targets, ours: node.ours === true })
    }
  }
  mkdirSync(RESULTS, { recursive: true })
  writeFileSync(path.join(RESULTS, `axe-${name}.json`), `${JSON.stringify(findings, null, 2)}\n`)
  return findings
}

async function newContext(locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: WINDOW })
  context.setDefaultTimeout(ACTION_MS)
  context.setDefaultNavigationTimeout(NAVIGATION_MS)
  return context
}

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const tab = await context.newPage()
  await signInThroughForm(tab, app.url, email, PASSWORD, NAVIGATION_MS)
  return tab
}

/** How wide the page is: wider than the window means a horizontal scrollbar. */
const pageWidth = (tab: Page) => tab.evaluate(() => document.documentElement.scrollWidth)

/** Where the focus is, in words a failure message can show. */
async function focusedElement(tab: Page) {
  return tab.evaluate(() => {
    const element = document.activeElement
    const field = document.querySelector('.rich-text-lexical')
    return {
      description: element ? `${element.tagName.toLowerCase()}.${String(element.className)} «${(element.textContent ?? '').trim().slice(0, 40)}»` : 'nothing',
      isBody: element === document.body || element === null,
      inBodyEditor: element !== null && field !== null && field.contains(element),
      /** Before (-1) or after (1) the body editor field in the document. */
      side: element && field ? (field.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? -1 : 1) : 0,
      inWorkflow: element?.closest('[class*="newsroom-workflow"]') !== null && element !== null,
      offScreen: element ? element.getBoundingClientRect().right < 0 || element.getBoundingClientRect().bottom < 0 : false,
    }
  })
}

/** Presses `key` until the focus leaves the body editor (at most PRESSES_TO_LEAVE times); the presses it took. */
async function pressUntilOutsideEditor(tab: Page, key: string): Promise<number> {
  for (let presses = 1; presses <= PRESSES_TO_LEAVE; presses++) {
    await tab.keyboard.press(key)
    if (!(await focusedElement(tab)).inBodyEditor) return presses
  }
  return Number.POSITIVE_INFINITY
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.impact} ${f.id} ${f.targets.join(' ')}`).join('\n')

beforeAll(async () => {
  await buildApp()
  database = await freshDatabase('axe')
  app = await startApp({ DATABASE_URI: database.uri, PAYLOAD_SECRET: 'axe-e2e-secret-0123456789abcdef0123', SEED_DEMO: 'true', DEMO_PASSWORD: PASSWORD })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  await database?.drop()
})

describe.each([
  ['ar', 'ar-EG'],
  ['en', 'en-US'],
])('axe-core on the admin (%s)', (language, locale) => {
  let context: BrowserContext
  let tab: Page
  let editURL = ''

  beforeAll(async () => {
    context = await newContext(locale)
    tab = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
  })

  test('login page', async () => {
    await tab.goto(`${app.url}/admin/login`)
    await tab.locator('input[name="email"]').waitFor()
    const findings = await audit(tab, `${language}-login`)
    expect(summary(findings.filter((f) => f.ours))).toBe('')
  })

  test('article list, edit view and review queue', async () => {
    await tab.close()
    tab = await signIn(context, 'editor-in-chief@newsroom.test')
    // The browser's language picks the admin's: Accept-Language en-US gives the English admin.
    expect(await tab.getAttribute('html', 'lang')).toBe(language)
    await tab.goto(`${app.url}/admin/collections/articles`)
    await tab.locator('.collection-list, [class*="collection-list"]').first().waitFor({ timeout: NAVIGATION_MS })
    const list = await audit(tab, `${language}-list`)
    expect(await pageWidth(tab)).toBeLessThanOrEqual(WINDOW.width + WIDTH_TOLERANCE)

    await tab.locator('.cell-title a, td a').first().click()
    await tab.locator('input[name="title"]').waitFor({ timeout: NAVIGATION_MS })
    await tab.locator('.newsroom-workflow-buttons').waitFor({ timeout: NAVIGATION_MS })
    const edit = await audit(tab, `${language}-edit`)
    // Lexical parks its hidden floating controls 10,000 px to the left: in Arabic that once made the page 10,919 px wide.
    expect(await pageWidth(tab)).toBeLessThanOrEqual(WINDOW.width + WIDTH_TOLERANCE)
    editURL = tab.url()

    await tab.goto(`${app.url}/admin/review-queue`)
    await tab.locator('.newsroom-review-queue').waitFor({ timeout: NAVIGATION_MS })
    const queue = await audit(tab, `${language}-review-queue`)

    expect(summary([...list, ...edit, ...queue].filter((f) => f.ours))).toBe('')
  }, 240_000)

  test('Tab and Shift+Tab leave the body editor for the fields around it', async () => {
    await tab.goto(editURL)
    const editable = tab.locator('.rich-text-lexical [contenteditable="true"]')
    await editable.waitFor({ timeout: NAVIGATION_MS })
    const text = await editable.textContent()

    await editable.click()
    expect((await focusedElement(tab)).inBodyEditor).toBe(true)
    expect(await pressUntilOutsideEditor(tab, 'Tab')).toBeLessThanOrEqual(PRESSES_TO_LEAVE)
    const forwards = await focusedElement(tab)
    expect(forwards.isBody, forwards.description).toBe(false)
    expect(forwards.side, forwards.description).toBe(1)

    await editable.click()
    expect(await pressUntilOutsideEditor(tab, 'Shift+Tab')).toBeLessThanOrEqual(PRESSES_TO_LEAVE)
    const backwards = await focusedElement(tab)
    expect(backwards.isBody, backwards.description).toBe(false)
    expect(backwards.side, backwards.description).toBe(-1)

    // Back from the control after the field, Shift+Tab reaches the text without stopping on a control
    // nobody sees (Lexical parks its link editor off screen, still focusable).
    await editable.click()
    await tab.keyboard.press('Tab')
    const stops: string[] = []
    for (let presses = 0; presses < 6 && !(await editable.evaluate((element) => element === document.activeElement)); presses++) {
      await tab.keyboard.press('Shift+Tab')
      const stop = await focusedElement(tab)
      if (stop.offScreen) stops.push(stop.description)
    }
    expect(await editable.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(stops).toEqual([])

    // Tab moved the focus only: no indent, no tab character.
    expect(await editable.textContent()).toBe(text)
    expect(await editable.locator('[style*="padding-inline-start"], [style*="padding-left"]').count()).toBe(0)
  }, 120_000)
})

describe('focus after workflow actions', () => {
  let context: BrowserContext
  let tab: Page

  beforeAll(async () => {
    context = await newContext('ar-EG')
    tab = await signIn(context, 'editor-in-chief@newsroom.test')
  })
  afterAll(async () => {
    await context?.close()
  })

  const workflowButton = (name: string) => tab.locator('.newsroom-workflow-buttons').getByRole('button', { name, exact: true })

  /** Waits for the focus to reach `selector`, then says where it is (also when it never got there). */
  async function focusAfter(name: string, selector: string) {
    await tab.waitForFunction((wanted) => document.activeElement?.matches(wanted) === true, selector, { timeout: ACTION_MS }).catch(() => undefined)
    const focused = await focusedElement(tab)
    expect(focused.isBody, `after «${name}»: ${focused.description}`).toBe(false)
    expect(focused.inWorkflow, `after «${name}»: ${focused.description}`).toBe(true)
  }

  /** Takes an action from its button and waits for the reloaded view to say so: what it says has the focus. */
  async function act(name: string, stateAfter: string) {
    await workflowButton(name).click()
    const done = tab.locator('.newsroom-workflow-done', { hasText: stateAfter })
    await done.waitFor({ timeout: NAVIGATION_MS })
    await focusAfter(name, '.newsroom-workflow-done')
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status')
  }

  test('the result or refusal of an action takes the focus; the request-changes dialog gives it back on Escape', async () => {
    await tab.goto(`${app.url}/admin/collections/articles`)
    await tab.locator('.cell-title a, td a').first().click()
    await workflowButton('إلغاء النشر').waitFor({ timeout: NAVIGATION_MS })
    const id = new URL(tab.url()).pathname.split('/').at(-1)
    // The seeded article is published: unpublish and reopen it, each from its button.
    await act('إلغاء النشر', 'أُلغي نشره')
    await act('إعادة فتح', 'مسودة')

    // It has no featured image, which review needs: the refusal takes the focus.
    await workflowButton('إرسال للمراجعة').click()
    await tab.locator('.newsroom-workflow-refusal').waitFor()
    await focusAfter('إرسال للمراجعة (refused)', '.newsroom-workflow-refusal')
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')

    // With an image it goes to review.
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor-in-chief@newsroom.test', password: PASSWORD }),
    })
    const authorization = `JWT ${((await login.json()) as { token: string }).token}`
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await makePhoto({ width: 1200, height: 800 }))], { type: 'image/jpeg' }), 'photo.jpg')
    form.append('_payload', JSON.stringify({ alt: 'لافروف ووانج يي خلال اجتماعهما' }))
    const upload = await fetch(`${app.url}/api/media`, { method: 'POST', body: form, headers: { authorization } })
    expect(upload.status).toBe(201)
    const image = ((await upload.json()) as { doc: { id: number | string } }).doc.id
    const attached = await fetch(`${app.url}/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ featuredImage: image }),
    })
    expect(attached.status).toBe(200)
    await tab.reload()
    await act('إرسال للمراجعة', 'قيد المراجعة')

    const opener = workflowButton('طلب تعديلات')
    await opener.click()
    const dialog = tab.locator('dialog.newsroom-workflow-dialog[open]')
    await dialog.waitFor()
    await tab.waitForFunction(() => document.activeElement?.getAttribute('name') === 'comment', undefined, { timeout: ACTION_MS })
    await tab.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true)
  }, 240_000)
})
