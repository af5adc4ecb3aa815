import { expect, pageAs, test } from './fixtures'
import { CAT_TOOL_TMX as TMX, file } from './import-fixtures'

test.describe('a German editor reads what the import says in German', () => {
  test('a malformed TMX is refused with its line, column and tags in German', async ({ browser }) => {
    const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
    await page.goto('/alignments/new')
    await page.getByRole('tab', { name: /alignierte Datei/ }).click()
    const broken = '<tmx version="1.4">\n<body>\n  <tu><tuv xml:lang="en"><seg>x</tuv>\n</body></tmx>\n'
    await page.getByLabel('Alignierte Datei', { exact: true }).setInputFiles(file('kaputt.tmx', broken))
    const alert = page.getByRole('alert').filter({ hasText: 'Die Datei ist kein wohlgeformtes XML.' })
    await expect(alert).toHaveText('Die Datei ist kein wohlgeformtes XML. Zeile 3, Spalte 32: Das schließende Tag </tuv> passt nicht zu <seg>, geöffnet in Zeile 3.')
    await page.screenshot({ path: test.info().outputPath('malformed-tmx-de.png'), fullPage: true })
    await page.getByLabel('Alignierte Datei', { exact: true }).setInputFiles(file('seite.xml', '<html><body>Kein XLIFF</body></html>'))
    await expect(page.getByRole('alert').filter({ hasText: 'Diese Art von Datei kann Tandem nicht importieren.' })).toContainText(
      '„seite.xml“ ist XML mit dem Wurzelelement <html>, weder TMX noch XLIFF.',
    )
    await page.context().close()
  })

  test('too large: over 20 MB before the upload, too many paragraphs after the server read it', async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
    await page.goto('/alignments/new')
    await page.getByRole('tab', { name: /alignierte Datei/ }).click()
    const input = page.getByLabel('Alignierte Datei', { exact: true })
    await input.setInputFiles(file('riesig.tmx', new Uint8Array(21 * 1024 * 1024).fill(0x61)))
    await expect(page.getByRole('alert').filter({ hasText: 'riesig.tmx ist 21 MB groß; die Grenze liegt bei 20 MB.' })).toBeVisible()
    const unit = '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu>'
    const many = `<tmx version="1.4"><header srclang="en"/><body>${unit.repeat(50_001)}</body></tmx>`
    await input.setInputFiles(file('viele.tmx', many))
    const alert = page.getByRole('alert').filter({ hasText: 'Der Text hat zu viele Absätze.' })
    await expect(alert).toHaveText('Der Text hat zu viele Absätze. Der Text hat 50.001 Absätze; die Grenze liegt bei 50.000. Teilen Sie ihn in kleinere Dokumente auf.', {
      timeout: 60_000,
    })
    await page.screenshot({ path: test.info().outputPath('too-many-paragraphs-de.png'), fullPage: true })
    await page.context().close()
  })

  test('an aligned file with warnings, and a Windows-1252 text file, are explained in German', async ({ browser }) => {
    const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
    await page.goto('/alignments/new')
    await page.getByRole('tab', { name: /alignierte Datei/ }).click()
    await page.getByLabel('Alignierte Datei', { exact: true }).setInputFiles(file('vertrag.tmx', TMX))
    const warnings = page.getByTestId('aligned-warnings')
    await expect(warnings).toContainText('Inline-Formatierungscodes wurden aus 2 Segmenten entfernt; ihr Text blieb erhalten.')
    await expect(warnings).toContainText('Die Datei enthält 3 Sprachen; en-US → de-de wurde importiert, die anderen wurden ausgelassen.')
    await expect(warnings).not.toContainText('were')
    await page.screenshot({ path: test.info().outputPath('aligned-warnings-de.png'), fullPage: true })

    await page.getByRole('tab', { name: 'Ein Original und seine Übersetzung' }).click()
    // "Grüße aus Köln" in Windows-1252: not UTF-8.
    const latin = Uint8Array.from('Grüße aus Köln.\n\nBis bald.', (char) => char.charCodeAt(0))
    await page.getByLabel('Datei hochladen: Übersetzung').setInputFiles(file('gruss.txt', latin))
    await expect(page.getByTestId('target-warnings')).toHaveText(
      '„gruss.txt“ ist nicht in UTF-8; die Datei wurde als Windows-1252 (westeuropäisch) gelesen. Wenn Buchstaben falsch aussehen, speichern Sie sie als UTF-8 und importieren Sie sie erneut.',
    )
    await page.context().close()
  })

  test('aligning an original without a translation is refused in German', async ({ browser }) => {
    const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
    await page.goto('/alignments/new')
    await page.getByLabel('Titel').fill('Ein halbes Alignment')
    await page.getByLabel('Text: Original').fill('The contract ends on 1 May.\n\nPress Save to keep it.')
    await page.getByRole('button', { name: 'Alignieren' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Die Übersetzung enthält keinen Text.' })).toBeVisible()
    await expect(page).toHaveURL(/\/alignments\/new$/)
    await page.context().close()
  })
})
