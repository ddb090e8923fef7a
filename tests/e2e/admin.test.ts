import type { Browser, Page } from 'playwright-core'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RunningApp } from '../helpers/app'
import type { TestDatabase } from '../helpers/database'

import { buildApp, startApp } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { freshDatabase } from '../helpers/database'

const PASSWORD = 'admin-e2e-password'
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots') : undefined

let database: TestDatabase
let app: RunningApp
let browser: Browser
let page: Page

/** The CDP capture works where page.screenshot() of the admin sometimes comes out blank. */
async function capture(name: string): Promise<void> {
  if (!SCREENSHOTS) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  const session = await page.context().newCDPSession(page)
  const { data } = (await session.send('Page.captureScreenshot', { format: 'png', fromSurface: false })) as { data: string }
  writeFileSync(path.join(SCREENSHOTS, `${name}.png`), Buffer.from(data, 'base64'))
}

beforeAll(async () => {
  buildApp()
  database = await freshDatabase('admin')
  app = await startApp({ DATABASE_URI: database.uri, PAYLOAD_SECRET: 'admin-e2e-secret', SEED_DEMO: 'true', DEMO_PASSWORD: PASSWORD })
  browser = await launchBrowser()
  const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1366, height: 900 } })
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
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await page.waitForSelector('.dashboard, [class*="dashboard"]', { timeout: 60_000 })
    await capture('dashboard')
  })

  test('the article list shows the demo article in Arabic', async () => {
    await page.goto(`${app.url}/admin/collections/articles`)
    await page.waitForSelector('text=وزير الخارجية الصيني', { timeout: 60_000 })
    await capture('articles-list')
  })

  test('the edit view lays the Arabic title out right to left', async () => {
    await page.click('text=وزير الخارجية الصيني')
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 60_000 })
    expect(await title.inputValue()).toBe('وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية')
    const direction = await title.evaluate((element) => getComputedStyle(element).direction)
    expect(direction).toBe('rtl')
    await page.waitForSelector('text=الصين وروسيا', { timeout: 60_000 }).catch(() => undefined)
    await capture('article-edit')
  })
})
