import { expect, pageAs, test } from './fixtures'
import type { Page } from '@playwright/test'

// Imported text is untrusted: whatever markup it holds is shown as text and never runs.
// Each payload, if it ever ran, would set window.__pwned; every page also records
// Content-Security-Policy violations, so a payload the policy had to stop would show too.
const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `<svg onload="window.__pwned = 'svg'"></svg>`,
  `<a href="javascript:window.__pwned = 'link'">click me</a>`,
  `"><iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
]
const TITLE = `<img src=x onerror="window.__pwned = 'title'"> Payload test`

async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`))
  })
}

/** Nothing ran and nothing even tried to: no flag, no blocked script. */
async function expectNothingRan(page: Page) {
  // Give late handlers (image errors, lazy frames) a moment to fire.
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
  expect(await page.locator('script:not([src]):not([nonce])').count()).toBe(0)
  expect(await page.locator('main img, main svg[onload], main iframe').count()).toBe(0)
}

test('an editor imports texts full of script and image payloads (pasted, as a title, and as .txt and .html uploads) and every page shows them as text; nothing runs', async ({ browser }) => {
  const page = await pageAs(browser, 'editor')
  await watch(page)
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill(TITLE)
  await page.getByLabel('Text of the Original').fill(PAYLOADS.join('\n\n'))
  await page.locator('input[name="targetFile"]').setInputFiles({ name: 'payloads.txt', mimeType: 'text/plain', buffer: Buffer.from(PAYLOADS.map((p) => `Übersetzt: ${p}`).join('\n\n')) })
  await expect(page.getByTestId('target-paragraph-count')).toHaveText(`${PAYLOADS.length} paragraphs`)
  await page.getByRole('button', { name: 'Align' }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  const alignmentUrl = page.url()

  // The alignment screen: the title and every paragraph, literally.
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible()
  for (const payload of PAYLOADS) {
    await expect(page.getByText(payload, { exact: true })).toBeVisible()
    await expect(page.getByText(`Übersetzt: ${payload}`, { exact: true })).toBeVisible()
  }
  await expectNothingRan(page)

  // A text edit carrying a payload, then the audit log that quotes it.
  const id = Number(alignmentUrl.split('/').at(-1))
  const view = await (await page.request.get(`/api/alignments/${id}/view`)).json()
  const edited = await page.request.post(`/api/alignments/${id}/edits`, {
    headers: { origin: new URL(alignmentUrl).origin },
    data: { operation: 'edit-paragraph-text', expectedVersion: view.version, side: 'target', position: 0, text: `<img src=x onerror="window.__pwned = 'edit'">` },
  })
  expect(edited.status()).toBe(200)
  await page.goto(`/alignments/${id}/audit`)
  await expect(page.getByTestId('audit-row').first()).toContainText(`<img src=x onerror="window.__pwned = 'edit'">`)
  await expect(page.getByText(`Who changed ${TITLE}`, { exact: false })).toBeVisible()
  await expectNothingRan(page)

  // The projects page lists the title.
  await page.goto('/')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
  await expectNothingRan(page)

  // HTML files: whatever the import makes of the markup, none of it runs.
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('HTML payload test')
  const html = `<!doctype html><html><head><script>window.__pwned = 'head'</script></head><body onload="window.__pwned = 'body'">${PAYLOADS.map((p) => `<p>${p}</p>`).join('\n\n')}</body></html>`
  await page.locator('input[name="sourceFile"]').setInputFiles({ name: 'original.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await page.locator('input[name="targetFile"]').setInputFiles({ name: 'translation.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await page.getByRole('button', { name: 'Align' }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  await expect(page.getByRole('heading', { name: 'HTML payload test' })).toBeVisible()
  await expectNothingRan(page)
  await page.context().close()
})

test('a member’s name holding markup is shown as text on the members page', async ({ browser }) => {
  const page = await pageAs(browser, 'owner')
  await watch(page)
  await page.goto('/')
  await page.getByRole('region', { name: /opinion article/ }).getByRole('link', { name: 'Members' }).click()
  const name = `<img src=x onerror="window.__pwned = 'name'">`
  await page.getByLabel('E-mail').fill(`payload-${Date.now()}@test.example`)
  await page.getByLabel('Name (for a new account)').fill(name)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByTestId('member-row').filter({ hasText: name })).toBeVisible()
  await expectNothingRan(page)
  await page.context().close()
})

test('the Content-Security-Policy is the second wall: markup that reached the page anyway cannot run, and the violation is reported', async ({ browser }) => {
  const page = await pageAs(browser, 'viewer')
  await watch(page)
  const reports: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/csp-report')) reports.push(request.postData() ?? '')
  })
  await page.goto('/')
  await expectNothingRan(page)
  // Simulate a rendering bug: imported markup written into the page as HTML.
  await page.evaluate(() => {
    const box = document.createElement('div')
    box.innerHTML = `<img src="/no-such-image.png" onerror="window.__pwned = 'bug'"><a id="js-link" href="javascript:window.__pwned = 'bug'">x</a>`
    document.body.append(box)
  })
  await page.locator('#js-link').click()
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
  // The inline handler and the javascript: link, each blocked.
  expect(violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2)
  expect(violations).toContainEqual(expect.stringMatching(/^script-src-attr inline/))
  await expect.poll(() => reports.length, { timeout: 10_000 }).toBeGreaterThan(0)
  expect(reports.join('\n')).toContain('script-src')
  await page.context().close()
})
