import { expect, pageAs, test } from './fixtures'

const ORIGINAL = ['Chapter 3. Getting started', 'Open the settings. Choose a language and save.', 'The service restarts within 30 seconds.'].join('\n\n')
const TRANSLATION = ['Kapitel 3. Erste Schritte', 'Öffnen Sie die Einstellungen. Wählen Sie eine Sprache und speichern Sie.', 'Der Dienst startet innerhalb von 30 Sekunden neu.'].join('\n\n')

test('an editor pastes an original and its translation, sees them side by side, and finds them again after a reload', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Getting started guide')
  await page.getByLabel('Text of the Original').fill(ORIGINAL)
  await page.getByLabel('Text of the Translation').fill(TRANSLATION)
  await expect(page.getByTestId('source-paragraph-count')).toHaveText('3 paragraphs')
  await expect(page.getByTestId('target-paragraph-count')).toHaveText('3 paragraphs')
  await page.getByRole('button', { name: 'Align' }).click()

  await page.waitForURL(/\/alignments\/\d+$/)
  const rows = page.getByTestId('bead-row')
  await expect(rows).toHaveCount(3)
  await expect(page.getByRole('heading', { name: 'Getting started guide' })).toBeVisible()
  await expect(rows.nth(1)).toContainText('Open the settings.')
  await expect(rows.nth(1)).toContainText('Öffnen Sie die Einstellungen.')
  await expect(rows.nth(2).getByTestId('bead-type')).toHaveText('1-1')
  await expect(page.getByTestId('confirmed-count')).toHaveText('0 of 3 confirmed')

  await page.reload()
  await expect(page.getByTestId('bead-row')).toHaveCount(3)
  await expect(page.getByTestId('bead-row').nth(2)).toContainText('Der Dienst startet innerhalb von 30 Sekunden neu.')

  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Getting started guide' })).toBeVisible()
})

test('an editor sees a clear error when the translation is empty, and nothing is created', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Half an alignment')
  await page.getByLabel('Text of the Original').fill(ORIGINAL)
  await page.getByRole('button', { name: 'Align' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The translation has no text.' })).toBeVisible()
  await expect(page).toHaveURL(/\/alignments\/new$/)
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Half an alignment' })).toHaveCount(0)
})

test('Arabic is shown right to left, each text in its own language', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Arabic direction')
  await page.getByLabel('Text of the Original').fill('Welcome.\n\nThank you.')
  await page.getByLabel('Language of the Translation').fill('ar')
  await page.getByLabel('Text of the Translation').fill('أهلا وسهلا.\n\nشكرا لك.')
  await page.getByRole('button', { name: 'Align' }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  const arabic = page.getByText('أهلا وسهلا.')
  await expect(arabic).toHaveAttribute('dir', 'rtl')
  await expect(arabic).toHaveAttribute('lang', 'ar')
  await expect(page.getByText('Welcome.')).toHaveAttribute('dir', 'ltr')
})

test('the samples are there for everyone in the project, with the chapter’s attribution and licence', async ({ browser }) => {
  const page = await pageAs(browser, 'viewer')
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Ceasefire enforcement plan: English original and German translation' })).toBeVisible()
  await page.getByRole('link', { name: /Debian Administrator's Handbook, chapter 7/ }).click()
  await expect(page.getByTestId('attribution').first()).toContainText('Raphaël Hertzog and Roland Mas')
  await expect(page.getByTestId('attribution').first()).toContainText('GPL-2.0-or-later OR CC-BY-SA-3.0')
  await page.context().close()
})

test('the interface follows the browser language and the switch overrides it', async ({ browser }) => {
  const page = await pageAs(browser, 'editor', { locale: 'de-DE' })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Projekte' })).toBeVisible()
  await page.getByLabel('Sprache der Oberfläche').selectOption('en')
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible()
  await page.context().close()
})

test('signed-out visitors are sent to sign in, and come back where they wanted to go', async ({ page }) => {
  await page.goto('/alignments/new')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Falignments%2Fnew$/)
  await page.getByLabel('E-mail').fill('erik@tandem.example')
  await page.getByLabel('Password').fill('tandem-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/alignments\/new$/)
})
