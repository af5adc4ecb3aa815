import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { CAT_TOOL_TMX as TMX, file } from './import-fixtures'

const ROOT = path.resolve(__dirname, '..')

test('an editor imports a TMX from a CAT tool, previews its units, sets the language, and gets the alignment as it was', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByRole('tab', { name: 'An aligned file (TMX, XLIFF, JSON Lines)' }).click()
  await page.getByLabel('Aligned file', { exact: true }).setInputFiles(file('contract.tmx', TMX))
  await expect(page.getByTestId('aligned-summary')).toHaveText('contract.tmx · TMX, 2 beads: 2 paragraphs in the original, 2 paragraphs in the translation')
  await expect(page.getByTestId('aligned-warnings')).toContainText('Inline formatting codes were left out of 2 segments; their text was kept.')
  await expect(page.getByTestId('aligned-warnings')).toContainText('The file holds 3 languages; en-US → de-de was imported, the others were left out.')
  await expect(page.getByTestId('aligned-bead').nth(1)).toContainText('Press Save to keep it.')
  await expect(page.getByTestId('aligned-bead').nth(1)).toContainText('Drücken Sie Speichern, um es zu behalten.')
  await expect(page.getByLabel('Title')).toHaveValue('contract')
  await page.getByLabel('Language of the Translation').fill('de-CH')
  await page.getByRole('button', { name: 'Import' }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  await expect(page.getByTestId('bead-row')).toHaveCount(2)
  await expect(page.getByText('en-US → de-CH')).toBeVisible()
  await expect(page.getByTestId('bead-row').first()).toContainText('Der Vertrag endet am 1. Mai.')
})

test('a malformed XLIFF is refused with its line and reason, and nothing is stored', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByRole('tab', { name: /aligned file/ }).click()
  await page.getByLabel('Title').fill('Broken memory')
  const broken = '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="x" source-language="en" datatype="plaintext"><body>\n<trans-unit id="1"><source>Hi</target></trans-unit>\n</body></file></xliff>\n'
  await page.getByLabel('Aligned file', { exact: true }).setInputFiles(file('broken.xlf', broken))
  await expect(page.getByRole('alert').filter({ hasText: 'The file is not well-formed XML. Line 4, column' })).toContainText('closing tag </target> does not match <source> opened on line 4.')
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled()
  await page.getByLabel('Aligned file', { exact: true }).setInputFiles(file('page.xlf', '<html><body>Not XLIFF</body></html>'))
  await expect(page.getByRole('alert').filter({ hasText: 'Tandem cannot import this kind of file.' })).toContainText('neither TMX nor XLIFF')
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Broken memory' })).toHaveCount(0)
})

test('a 10,000-paragraph XLIFF 2.1 file imports with progress, and exports again with progress', async ({ editorPage: page }) => {
  test.setTimeout(180_000)
  const pair = path.resolve(ROOT, '../shared/eval/dev/speed/dev_speed_hb_en-de_10k.json')
  const xliff = execFileSync(process.execPath, [path.join(ROOT, 'scripts/tandem.mjs'), 'export', '--pair', pair, '--format', 'xliff21', '--one-sided', 'keep'], { maxBuffer: 64 * 1024 * 1024 })
  await page.goto('/alignments/new')
  await page.getByRole('tab', { name: /aligned file/ }).click()
  await page.getByLabel('Title').fill('Handbook, 10,000 paragraphs')
  await page.getByLabel('Aligned file', { exact: true }).setInputFiles(file('handbook-10k.xlf', xliff))
  await expect(page.getByTestId('aligned-summary')).toContainText('10,000 paragraphs in the original', { timeout: 60_000 })
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('progressbar')).toBeVisible()
  await page.waitForURL(/\/alignments\/\d+$/, { timeout: 120_000 })
  const id = /\/alignments\/(\d+)$/.exec(page.url())![1]

  await page.goto(`/alignments/${id}/export`)
  await page.getByLabel(/^TMX 1\.4b/).check()
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByRole('button', { name: 'Download' }).click()
  await expect(page.getByRole('progressbar')).toBeVisible()
  const tmx = readFileSync(await (await download).path(), 'utf8')
  expect(tmx.match(/<tu tuid=/g)?.length).toBeGreaterThan(9000)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded Handbook, 10,000 paragraphs \(en-de\)\.tmx \(9,\d{3} beads\)\.$/ })).toBeVisible()
})
