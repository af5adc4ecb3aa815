import { expect, pageAs, test } from './fixtures'

test('every answer carries the security headers, pages a nonce-based Content-Security-Policy', async ({ editorPage: page }) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toContain('unsafe-eval')
  expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin', 'cross-origin-opener-policy': 'same-origin' })
  // Next.js put the same nonce on its own scripts, so the page hydrated: a client-side link works.
  const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy']!)![1]
  expect(await response!.text()).toContain(`nonce="${nonce}"`)
  await page.getByRole('link', { name: 'New alignment' }).first().click()
  await expect(page.getByRole('heading', { name: 'New alignment' })).toBeVisible()
  const api = await page.request.get('/api/health')
  expect(api.headers()['x-content-type-options']).toBe('nosniff')
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
  expect((await page.request.get(script!)).headers()['x-content-type-options']).toBe('nosniff')
})

test('another site cannot make a signed-in editor’s browser change anything: route handlers and server actions refuse cross-site writes', async ({ editorPage: page }) => {
  await page.goto('/')
  const evil = { origin: 'https://evil.example' }
  const apiWrite = await page.request.post('/api/alignments', { headers: evil, data: { newProjectName: 'Forged', title: 'Forged', source: { text: 'a', language: 'en' }, target: { text: 'b', language: 'de' } } })
  expect(apiWrite.status()).toBe(403)
  expect((await apiWrite.json()).error.code).toBe('FORBIDDEN')
  const action = await page.request.post('/projects/1/members', { headers: { ...evil, 'next-action': '7f00000000000000000000000000000000000000aa', 'content-type': 'text/plain;charset=UTF-8' }, data: '[]' })
  expect(action.status()).toBe(403)
  const noOrigin = await page.request.post('/api/alignments/1/edits', { headers: { 'sec-fetch-site': 'cross-site' }, data: { operation: 'undo', expectedVersion: 1 } })
  expect(noOrigin.status()).toBe(403)
  const signOut = await page.request.post('/api/auth/sign-out', { headers: evil })
  expect(signOut.status()).toBe(403)
  // Still signed in, and nothing was created.
  await page.reload()
  await expect(page.getByRole('link', { name: 'Forged' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Erik Editor' })).toBeVisible()
})

test('a viewer meets another project’s alignment as “not found” everywhere, and their own project’s audit log as closed', async ({ browser }) => {
  const editor = await pageAs(browser, 'editor')
  await editor.goto('/alignments/new')
  await editor.getByRole('combobox', { name: /^Project/ }).selectOption('new')
  await editor.getByLabel('Name of the new project').fill('Private to Erik')
  await editor.getByLabel('Title').fill('Unpublished translation')
  await editor.getByLabel('Text of the Original').fill('Secret one.\n\nSecret two.')
  await editor.getByLabel('Text of the Translation').fill('Geheim eins.\n\nGeheim zwei.')
  await editor.getByRole('button', { name: 'Align' }).click()
  await editor.waitForURL(/\/alignments\/\d+$/)
  const id = Number(editor.url().split('/').at(-1))
  const projectId = (await (await editor.request.get(`/api/alignments/${id}/view`)).json()).projectId as number
  await editor.context().close()

  const viewer = await pageAs(browser, 'viewer')
  for (const path of [`/alignments/${id}`, `/alignments/${id}/audit`, `/projects/${projectId}/members`]) {
    const response = await viewer.goto(path)
    expect(response!.status(), path).toBe(404)
    await expect(viewer.getByText('Secret one.')).toHaveCount(0)
  }
  const api = await viewer.request.get(`/api/alignments/${id}/view`)
  expect(api.status()).toBe(404)
  expect(JSON.stringify(await api.json())).not.toContain('Secret')
  // Same answer as for an alignment that does not exist at all.
  expect((await viewer.request.get('/api/alignments/987654/edits')).status()).toBe(404)

  await viewer.goto('/')
  await viewer.getByRole('link', { name: /Ceasefire enforcement plan/ }).click()
  await viewer.waitForURL(/\/alignments\/\d+$/)
  await viewer.goto(`${viewer.url()}/audit`)
  await expect(viewer.getByText('The audit log is open to owners and editors of the project.')).toBeVisible()
  const sampleId = Number(viewer.url().split('/').at(-2))
  const write = await viewer.request.post(`/api/alignments/${sampleId}/realign`, { headers: { origin: new URL(viewer.url()).origin }, data: { expectedVersion: 1 } })
  expect(write.status()).toBe(403)
  await viewer.context().close()
})
