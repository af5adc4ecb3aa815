import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, pageAs, test } from './fixtures'

const KIT = path.resolve(__dirname, '../../shared/formats')
const HANDBOOK = /Debian Administrator's Handbook, chapter 7/

async function openExport(page: Page): Promise<string> {
  await page.goto('/')
  const href = await page.getByRole('link', { name: HANDBOOK }).getAttribute('href')
  await page.goto(`${href}/export`)
  return href!
}

async function download(page: Page): Promise<{ name: string; text: string; file: string }> {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download' }).click()
  const done = await event
  const file = await done.path()
  return { name: done.suggestedFilename(), text: readFileSync(file, 'utf8'), file }
}

test('an editor exports the handbook chapter as TMX 1.4b, and the file is valid against the DTD', async ({ editorPage: page }) => {
  await openExport(page)
  await expect(page.getByRole('heading', { name: /^Export “Debian Administrator's Handbook/ })).toBeVisible()
  await page.getByLabel(/^TMX 1\.4b/).check()
  await expect(page.getByTestId('export-count')).toHaveText(/^\d+ beads will be exported\.$/)
  const { name, text, file } = await download(page)
  expect(name).toBe("Debian Administrator's Handbook, chapter 7 Solving Problems and Finding Relevant Information (en-de).tmx")
  expect(text.charCodeAt(0)).not.toBe(0xfeff)
  expect(text).toMatch(/<header creationtool="Tandem" creationtoolversion="[^"]+" segtype="paragraph" o-tmf="Tandem" adminlang="en" srclang="en" datatype="plaintext" creationdate="\d{8}T\d{6}Z">/)
  expect(text).toContain('<prop type="x-tandem-review-status">UNREVIEWED</prop>')
  // Validation by the official DTD, offline (xmllint --nonet, the kit's catalog).
  expect(execFileSync(path.join(KIT, 'validate.sh'), ['tmx', file], { encoding: 'utf8' })).toContain('valid tmx')
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${name}` })).toBeVisible()
})

test('a viewer asks for approved beads only, is told there are none, and takes CSV with a byte-order mark for Excel instead', async ({ browser }) => {
  const page = await pageAs(browser, 'viewer')
  await openExport(page)
  await page.getByLabel(/^CSV/).check()
  await page.getByLabel(/^Only approved/).check()
  await expect(page.getByTestId('export-count')).toHaveText('No bead matches these options: there is nothing to export.')
  await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled()
  await page.getByLabel(/^All \(/).check()
  await page.getByLabel('Byte-order mark for Excel').check()
  await expect(page.getByText('UTF-8, with a byte-order mark')).toBeVisible()
  const { name, text } = await download(page)
  expect(name).toMatch(/\(en-de\)\.csv$/)
  expect(text.startsWith('\uFEFFbead,type,source,target,source_from,source_to,target_from,target_to,confidence,origin,confirmed,review_status,comments,annotations\r\n')).toBe(true)
  await page.context().close()
})

test('one-sided beads are left out of XLIFF unless the user keeps them, and the file with them still validates', async ({ editorPage: page }) => {
  await page.goto('/')
  const href = await page.getByRole('link', { name: 'Ceasefire enforcement plan: English original and German translation' }).getAttribute('href')
  await page.goto(`${href}/export`)
  await page.getByLabel(/^XLIFF 1\.2/).check()
  await expect(page.getByLabel('Leave them out')).toBeChecked()
  const skipped = Number((await page.getByTestId('export-count').textContent())!.match(/\d+/)![0])
  await page.getByLabel('Keep them').check()
  await expect(page.getByText('A 1-0 bead becomes a unit without target (not translated)')).toBeVisible()
  const kept = Number((await page.getByTestId('export-count').textContent())!.match(/\d+/)![0])
  expect(kept).toBeGreaterThan(skipped)
  const xliff = await download(page)
  expect(xliff.text.match(/<trans-unit /g)).toHaveLength(kept)
  expect(execFileSync(path.join(KIT, 'validate.sh'), ['xliff12', xliff.file], { encoding: 'utf8' })).toContain('valid xliff12')
})

test('an alignment of another project has no export, on the page and in the API', async ({ editorPage: page, browser }) => {
  const created = await page.request.post('/api/alignments', {
    data: { newProjectName: 'Editor only', title: 'Private pair', source: { text: 'One.\n\nTwo.', language: 'en' }, target: { text: 'Eins.\n\nZwei.', language: 'de' } },
  })
  const id = (JSON.parse((await created.text()).trim().split('\n').pop()!) as { id: number }).id
  expect((await page.request.get(`/api/alignments/${id}/export?format=tmx`)).status()).toBe(200)
  const viewer = await pageAs(browser, 'viewer')
  expect((await viewer.request.get(`/api/alignments/${id}/export?format=tmx`)).status()).toBe(404)
  const missing = await viewer.request.get('/api/alignments/2000000000/export?format=tmx')
  expect([missing.status(), (await missing.json()).error.code]).toEqual([404, 'NOT_FOUND'])
  expect((await viewer.goto(`/alignments/${id}/export`))!.status()).toBe(404)
  const bad = await page.request.get(`/api/alignments/${id}/export?format=docx`)
  expect([bad.status(), (await bad.json()).error.code]).toEqual([400, 'INVALID_INPUT'])
  // Nothing approved: a clear refusal with its status, never an empty or cut-off file.
  const none = await page.request.get(`/api/alignments/${id}/export?format=xliff21&beads=approved`)
  expect([none.status(), (await none.json()).error.message]).toEqual([400, 'No bead matches the export options (approved beads only, one-sided beads left out): there is nothing to export.'])
  await viewer.context().close()
})

test('the export page speaks German', async ({ browser }) => {
  const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
  await openExport(page)
  await expect(page.getByRole('heading', { name: /^„Debian Administrator's Handbook/ })).toBeVisible()
  await expect(page.getByText('Einseitige Paare (1-0: nicht übersetzt, 0-1: von der Übersetzung hinzugefügt)')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Herunterladen' })).toBeEnabled()
  await page.context().close()
})

test('an export the server refuses while the page is open (the beads changed meanwhile) is explained in German', async ({ browser }) => {
  const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
  const href = await openExport(page)
  // The server's real refusal when nothing matches, replayed for the page's next download:
  // the page itself never asks for an empty selection (its button is disabled then).
  const refused = await page.request.get(`/api${href}/export?format=xliff21&beads=approved`)
  expect(refused.status()).toBe(400)
  const body = await refused.text()
  await page.route('**/export?*', (route) => route.fulfill({ status: 400, contentType: 'application/json', body }))
  await page.getByRole('button', { name: 'Herunterladen' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Eingabe.' })).toHaveText(
    'Bitte prüfen Sie Ihre Eingabe. Kein Paar entspricht den Exportoptionen (nur freigegebene Paare, einseitige Paare ausgelassen): Es gibt nichts zu exportieren.',
  )
  await page.screenshot({ path: test.info().outputPath('export-refused-de.png'), fullPage: true })
  await page.context().close()
})
