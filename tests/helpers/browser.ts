import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`)
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** Signs in through the admin's login form in `tab`, and waits until it has left the login page. */
export async function signInThroughForm(tab: Page, baseURL: string, email: string, password: string, timeout: number): Promise<void> {
  await tab.goto(`${baseURL}/admin/login`)
  await tab.fill('input[name="email"]', email)
  await tab.fill('input[name="password"]', password)
  await tab.click('button[type="submit"]')
  await tab.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout })
}
