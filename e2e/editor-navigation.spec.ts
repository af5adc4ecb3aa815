// Finding one's way through an alignment: beads worth a look, paragraph numbers, text search
// with highlighted matches, the overview plot, and what other roles may (not) do.
import { expect, pageAs, test } from './fixtures'
import { ceasefireSample, createAlignment, EditorPage, stored, withConfidences } from './editor-fixtures'

test('an editor jumps between beads that are not 1-1, low-confidence and unconfirmed beads, and to paragraph N', async ({ editorPage: page }) => {
  // Beads 3 and 6 of the sample get a low confidence, so the spec does not hang on the aligner's calibration.
  const id = await withConfidences(page.request, await createAlignment(page.request, ceasefireSample()), [3, 6])
  const editor = await new EditorPage(page, id).open()
  const db = await stored(page.request, editor.id)
  const nonOne = db.beads.flatMap((b, k) => (b.srcEnd - b.srcStart === 1 && b.tgtEnd - b.tgtStart === 1 ? [] : [k + 1]))
  const low = db.beads.flatMap((b, k) => (b.confidence < 0.9 ? [k + 1] : []))
  expect(nonOne.length).toBeGreaterThan(1)
  expect(low).toEqual([3, 6])
  await expect(page.getByTestId('count-non-one')).toContainText(`${nonOne.length} not 1-1`)

  await editor.press('t')
  expect(await editor.activeBead()).toBe(nonOne[0])
  await editor.press('t')
  expect(await editor.activeBead()).toBe(nonOne[1])
  await editor.press('Shift+T')
  expect(await editor.activeBead()).toBe(nonOne[0])
  await editor.press('n')
  expect(await editor.activeBead()).toBe(low.find((n) => n > nonOne[0]!) ?? low[0])
  await editor.press('Space u')
  await editor.saved(2)
  // The next unconfirmed bead after a confirmed one is simply the next bead.
  expect(await editor.activeBead()).toBe(low.find((n) => n > nonOne[0]!)! + 1)

  await editor.press('g')
  const go = page.getByTestId('goto-dialog')
  await go.getByLabel('in the translation (1–15)').check()
  await go.getByLabel('Paragraph number').fill('12')
  await go.getByLabel('Paragraph number').press('Enter')
  await expect(go).toBeHidden()
  await expect(page.locator('#editor-active-cell')).toContainText('[Zum Originalbeitrag in englischer Sprache]')
  await expect(page.getByText(/^Bead \d+ of 14 · translation ¶ 12$/)).toBeVisible()
})

test('an editor searches both texts and sees every match highlighted, the current one marked', async ({ editorPage: page }) => {
  const editor = await new EditorPage(page, await createAlignment(page.request, ceasefireSample())).open()
  await editor.press('/')
  const box = page.getByRole('searchbox', { name: 'Search the texts' })
  await expect(box).toBeFocused()
  await box.fill('financial times')
  await expect(page.getByTestId('search-count')).toHaveText('1 of 8')
  await expect(page.locator('mark[data-highlight="current"]')).toHaveText('Financial Times')
  // Matches on both sides of the bead are highlighted.
  const bead3 = editor.row(3)
  await expect(bead3.locator('mark')).toHaveCount(2)
  await box.press('Enter')
  await expect(page.getByTestId('search-count')).toHaveText('2 of 8')
  await expect(page.locator('#editor-active-cell mark[data-highlight="current"]')).toHaveText('Financial Times')
  await expect(page.getByText(/^Bead 3 of 14 · translation ¶ 3$/)).toBeVisible()
  await box.press('Shift+Enter')
  await expect(page.getByTestId('search-count')).toHaveText('1 of 8')
  await page.getByLabel('Search in').selectOption('target')
  await expect(page.getByTestId('search-count')).toHaveText('1 of 4')
  await box.fill('no such words')
  await expect(page.getByTestId('search-count')).toHaveText('no matches')
  await box.press('Escape')
  await expect(editor.list).toBeFocused()
  await expect(page.locator('mark')).toHaveCount(0)
})

test('the overview plots the whole alignment and a click there jumps to that bead', async ({ editorPage: page }) => {
  const id = await withConfidences(page.request, await createAlignment(page.request, ceasefireSample()), [3, 6])
  const editor = await new EditorPage(page, id).open()
  const plot = page.getByTestId('overview')
  await expect(plot).toHaveAttribute('aria-label', /Overview of 14 beads: .* 6 not 1-1, 2 low confidence, 14 unconfirmed/)
  // Six amber dots (beads that are not 1-1) in one path: a subpath per dot.
  expect(((await page.getByTestId('overview-non-one').getAttribute('d')) ?? '').match(/M/g)).toHaveLength(6)
  const box = (await plot.boundingBox())!
  // Bottom right: the German website boilerplate at the end.
  await plot.click({ position: { x: box.width - 2, y: box.height - 2 } })
  expect(await editor.activeBead()).toBe(14)
  await plot.click({ position: { x: 2, y: 2 } })
  expect(await editor.activeBead()).toBe(1)
})

test('the aligner’s reasons are shown on demand, in the interface language', async ({ browser }) => {
  const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
  const editor = await new EditorPage(page, await createAlignment(page.request, ceasefireSample())).open()
  await editor.press('t')
  const details = page.getByTestId('bead-details')
  await expect(details.getByRole('heading', { name: 'Perle 4' })).toBeVisible()
  await expect(details.getByTestId('reasons')).toContainText('Ein Absatz des Originals in 2 geteilt.')
  await editor.press('i')
  await expect(details).toBeHidden()
  await editor.row(4).getByTestId('bead-confidence').hover()
  await expect(page.getByRole('tooltip')).toContainText('Ein Absatz des Originals in 2 geteilt.')
  await editor.press('?')
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toContainText('Alles oberhalb dieser Perle bestätigen')
  await page.context().close()
})

test('a viewer reads the alignment but cannot change it, in the page or through the API', async ({ browser }) => {
  const page = await pageAs(browser, 'viewer')
  await page.goto('/')
  await page.getByRole('link', { name: /Ceasefire enforcement plan/ }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  const editor = new EditorPage(page, Number(page.url().split('/').at(-1)))
  await expect(editor.list).toBeFocused()
  await expect(page.getByTestId('read-only')).toHaveText('Read only: your role (Viewer) cannot change this alignment.')
  await expect(page.getByRole('button', { name: 'Merge with the next bead' })).toBeDisabled()
  const before = await stored(page.request, editor.id)
  await editor.press('m Space')
  await expect(editor.status).toContainText('Read only')
  const beadId = before.beads[0]!.id
  const response = await page.request.post(`/api/alignments/${editor.id}/edits`, { data: { operation: 'merge-beads', expectedVersion: before.version, beadId } })
  expect(response.status()).toBe(403)
  expect((await stored(page.request, editor.id)).version).toBe(before.version)
  // The search and the history still work for readers.
  await editor.press('h')
  await expect(page.getByTestId('history')).toContainText('This paragraph has not been changed.')
  await page.context().close()
})

test('another project’s alignment answers 404, its edits too', async ({ browser }) => {
  const owner = await pageAs(browser, 'editor')
  const id = await createAlignment(owner.request, { source: ['One.', 'Two.'], target: ['Eins.', 'Zwei.'] })
  const stranger = await pageAs(browser, 'reviewer')
  expect((await stranger.goto(`/alignments/${id}`))!.status()).toBe(404)
  expect((await stranger.request.get(`/api/alignments/${id}/view`)).status()).toBe(404)
  const edit = await stranger.request.post(`/api/alignments/${id}/edits`, { data: { operation: 'undo', expectedVersion: 1 } })
  expect(edit.status()).toBe(404)
  expect((await stranger.request.get(`/api/alignments/${id}/revisions?side=source&position=0`)).status()).toBe(404)
  await owner.context().close()
  await stranger.context().close()
})

test('a long alignment opens with its first screen at once and the rest of the texts right after', async ({ editorPage: page }) => {
  // 300 paragraph pairs: more than the page brings with it (the first 150 beads' texts).
  const source = Array.from({ length: 300 }, (_, k) => `Paragraph ${k + 1} of the report on harbour number ${k * 7 + 3}.`)
  const target = Array.from({ length: 300 }, (_, k) => `Absatz ${k + 1} des Berichts über Hafen Nummer ${k * 7 + 3}.`)
  source[299] = 'The closing paragraph mentions the lighthouse keeper Amundsen.'
  target[299] = 'Der letzte Absatz erwähnt den Leuchtturmwärter Amundsen.'
  const id = await createAlignment(page.request, { source, target })
  // The page itself carries the first beads' texts only…
  const html = await (await page.request.get(`/alignments/${id}`)).text()
  expect(html).toContain('Paragraph 1 of the report')
  expect(html).not.toContain('Amundsen')
  // …and the editor loads the rest at once.
  const editor = await new EditorPage(page, id).open()
  await expect(editor.row(1)).toContainText('Paragraph 1 of the report')
  await expect(editor.saveState).toHaveText('All changes saved · version 1')
  await editor.press('End')
  await expect(editor.row(300)).toContainText('The closing paragraph mentions the lighthouse keeper Amundsen.')
  await editor.press('/')
  await page.keyboard.type('Leuchtturm')
  await expect(page.getByTestId('search-count')).toHaveText('1 of 1')
  await expect(page.locator('mark[data-highlight="current"]')).toHaveText('Leuchtturm')
})
