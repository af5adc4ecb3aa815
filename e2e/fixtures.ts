import { test as base, type Browser, type Page } from '@playwright/test'
import path from 'node:path'

export type DemoRole = 'owner' | 'editor' | 'reviewer' | 'viewer'

/** A page signed in as the demo account with that role (see e2e/global-setup.ts). */
export async function pageAs(browser: Browser, role: DemoRole, options: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    storageState: path.join(__dirname, '.auth', `${role}.json`),
    locale: options.locale ?? 'en-US',
  })
  return context.newPage()
}

export const test = base.extend<{ editorPage: Page }>({
  editorPage: async ({ browser }, use) => {
    const page = await pageAs(browser, 'editor')
    await use(page)
    await page.context().close()
  },
})

export { expect } from '@playwright/test'
