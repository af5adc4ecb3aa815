// Helpers for the account specs: fresh accounts made the way people get them (an owner adds
// them; they activate from the link), each browser context with its own client address so
// that the per-address sign-in limit of one spec does not spend another's.
import type { Browser, Page } from '@playwright/test'
import { expect, pageAs } from './fixtures'

let addresses = 0
/** A context whose requests say they come from a distinct client (X-Forwarded-For, as behind a proxy). */
export async function freshContext(browser: Browser) {
  addresses += 1
  return browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${(process.pid % 200) + addresses}` } })
}

export const SAMPLE_PROJECT = /opinion article/

/** The owner adds `email` to the opinion-article sample in `role`; returns the activation link. */
export async function addPerson(browser: Browser, email: string, role: 'Editor' | 'Reviewer' | 'Viewer' | 'Owner', name = 'New Person') {
  const owner = await pageAs(browser, 'owner')
  await openMembers(owner)
  await owner.getByLabel('E-mail').fill(email)
  await owner.getByLabel('Name (for a new account)').fill(name)
  await owner.locator('select[name="role"]').selectOption({ label: role })
  await owner.getByRole('button', { name: 'Add', exact: true }).click()
  const url = await owner.getByTestId('activation-url').inputValue()
  await owner.context().close()
  return url
}

export async function openMembers(page: Page) {
  await page.goto('/')
  await page.getByRole('region', { name: SAMPLE_PROJECT }).getByRole('link', { name: 'Members' }).click()
  await expect(page.getByRole('heading', { name: /^Members of/ })).toBeVisible()
}

/** Opens the activation link in a fresh context, sets name and password; returns the signed-in page. */
export async function activate(browser: Browser, url: string, password: string, name = 'Activated Person') {
  const page = await (await freshContext(browser)).newPage()
  await page.goto(url)
  await page.getByLabel('Your name').fill(name)
  await page.locator('input[name="password"]').fill(password)
  await page.getByLabel('Password again').fill(password)
  await page.getByRole('button', { name: 'Activate and sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible()
  return page
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}
