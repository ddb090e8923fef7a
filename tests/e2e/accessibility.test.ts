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

/**
 * axe-core (the accessibility engine browsers' own audits use) on the pages a newsroom works in all day:
 * login, the article list, the edit view and the review queue, in Arabic and in English. Serious and
 * critical findings in the plugin's own components fail the test; the rest, in Payload's admin, are
 * written to .data/test-results/axe-<page>.json and listed in docs/accessibility.md.
 */

const PASSWORD = 'axe-e2e-password'
const RESULTS = path.resolve('.data/test-results')
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const ACTION_MS = 30_000
const NAVIGATION_MS = 90_000

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
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } })
  context.setDefaultTimeout(ACTION_MS)
  context.setDefaultNavigationTimeout(NAVIGATION_MS)
  return context
}

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const tab = await context.newPage()
  await signInThroughForm(tab, app.url, email, PASSWORD, NAVIGATION_MS)
  return tab
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

    await tab.locator('.cell-title a, td a').first().click()
    await tab.locator('input[name="title"]').waitFor({ timeout: NAVIGATION_MS })
    await tab.locator('.newsroom-workflow-buttons').waitFor({ timeout: NAVIGATION_MS })
    const edit = await audit(tab, `${language}-edit`)

    await tab.goto(`${app.url}/admin/review-queue`)
    await tab.locator('.newsroom-review-queue').waitFor({ timeout: NAVIGATION_MS })
    const queue = await audit(tab, `${language}-review-queue`)

    expect(summary([...list, ...edit, ...queue].filter((f) => f.ours))).toBe('')
  }, 240_000)
})
