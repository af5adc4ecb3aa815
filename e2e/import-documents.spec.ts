import { buildDocx } from '../lib/formats/test-support/docx'
import { expect, test } from './fixtures'

const GERMAN = [
  'Wie hoch ist die Wahrscheinlichkeit, dass Russland einem dreistufigen Plan zustimmt?',
  'Der Bericht der Financial Times könnte theoretisch wahr werden, aber es ist reine Spekulation.',
  'Russland wird den Plan viel wahrscheinlicher ablehnen, als ihm zuzustimmen.',
]
const ENGLISH_HTML = `<!doctype html><html><head><title>Site</title><script>document.write("<p>never</p>")</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><header>Site banner</header>
<main><h1>How likely is Russia to accept a three-stage plan?</h1>
<p>The Financial Times report could in theory come true, but this is pure speculation.</p>
<p>Russia is much more likely to reject the plan than to accept it.</p></main><footer>© The site</footer></body></html>`

const file = (name: string, content: string | Uint8Array, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer: Buffer.from(content) })

test('Align waits while an uploaded file is still being read, so nothing is sent without it', async ({ editorPage: page }) => {
  // The server's answer for the translation is held back until the test lets it go.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/imports/document', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Plan, read slowly')
  await page.getByLabel('Text of the Original').fill(ENGLISH_HTML.replace(/<[^>]+>/g, '\n\n'))
  await page.getByLabel('Upload a file for the Translation').setInputFiles(file('plan.docx', buildDocx(GERMAN.map((text) => [text]))))
  const align = page.getByRole('button', { name: 'Align' })
  await expect(page.getByText('plan.docx', { exact: false }).first()).toBeVisible()
  await expect(align).toBeDisabled()
  release()
  await expect(page.getByTestId('target-paragraph-count')).toHaveText('3 paragraphs')
  await expect(align).toBeEnabled()
  await align.click()
  await page.waitForURL(/\/alignments\/\d+$/)
  await expect(page.getByTestId('bead-row').first()).toBeVisible()
})

test('an editor uploads an HTML original and a Word translation, checks the paragraph split, and aligns them', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Plan, from a web page and a Word file')
  await page.getByLabel('Upload a file for the Original').setInputFiles(file('article.html', ENGLISH_HTML, 'text/html'))
  await expect(page.getByTestId('source-file')).toHaveText('· article.html (web page, UTF-8)')
  // Scripts, styles, navigation, banner and footer are not text to translate.
  const sourceParagraphs = page.getByTestId('source-paragraphs').getByRole('listitem')
  await expect(sourceParagraphs).toHaveCount(3)
  await expect(sourceParagraphs.first()).toContainText('How likely is Russia to accept a three-stage plan?')
  await expect(page.getByTestId('source-paragraphs')).not.toContainText('never')
  await expect(page.getByTestId('source-paragraphs')).not.toContainText('Site banner')

  await page.getByLabel('Upload a file for the Translation').setInputFiles(file('plan.docx', buildDocx(GERMAN.map((text) => [text]))))
  await expect(page.getByTestId('target-file')).toHaveText('· plan.docx (Word document)')
  await expect(page.getByTestId('target-paragraph-count')).toHaveText('3 paragraphs')
  await expect(page.getByLabel('Language of the Translation')).toHaveValue('de')
  await expect(page.getByTestId('target-language-hint')).toContainText('German · detected')

  await page.getByRole('button', { name: 'Align' }).click()
  await page.waitForURL(/\/alignments\/\d+$/)
  await expect(page.getByTestId('bead-row')).toHaveCount(3)
  await expect(page.getByTestId('bead-row').nth(1)).toContainText('Der Bericht der Financial Times')
})

test('the paragraph preview follows the splitting option, and pasted text is detected as its language, which the user can override', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Text of the Original').fill('Erste Zeile des Gedichts,\nzweite Zeile des Gedichts über den Fluss und das Meer.\n\nZweite Strophe mit einer längeren Zeile.')
  await expect(page.getByLabel('Language of the Original')).toHaveValue('de')
  await expect(page.getByTestId('source-paragraph-count')).toHaveText('2 paragraphs')
  await page.getByLabel('every line break').check()
  await expect(page.getByTestId('source-paragraph-count')).toHaveText('3 paragraphs')
  await page.getByRole('tab', { name: 'Paragraphs (3)' }).first().click()
  await expect(page.getByTestId('source-paragraphs').getByRole('listitem').nth(1)).toHaveText(/^2\s*zweite Zeile des Gedichts/)
  // The user decides: set another language, and Tandem says what the text looks like.
  await page.getByLabel('Language of the Original').fill('en')
  await expect(page.getByText('The text looks like German.')).toBeVisible()
  await page.getByRole('button', { name: 'Use de' }).click()
  await expect(page.getByLabel('Language of the Original')).toHaveValue('de')
})

test('a legacy Windows-1252 file and a UTF-16 file are read with their accents, and the user is told about the guess', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  const windows1252 = Uint8Array.from([...'Die \u201eGrenzen\u201c \u2013 gr\u00fc\u00dfe.\r\n'].map((char) => ({ '\u201e': 0x84, '\u201c': 0x93, '\u2013': 0x96 })[char] ?? char.charCodeAt(0)))
  await page.getByLabel('Upload a file for the Original').setInputFiles(file('alt.txt', windows1252, 'text/plain'))
  await expect(page.getByTestId('source-file')).toHaveText('· alt.txt (plain text, Windows-1252)')
  await expect(page.getByTestId('source-paragraphs')).toContainText('Die „Grenzen“ – grüße.')
  await expect(page.getByTestId('source-warnings')).toContainText('"alt.txt" is not UTF-8; it was read as Windows-1252')
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ünïcödé in UTF-16, as Windows editors write it.', 'utf16le')])
  await page.getByLabel('Upload a file for the Translation').setInputFiles(file('utf16.txt', utf16, 'text/plain'))
  await expect(page.getByTestId('target-file')).toHaveText('· utf16.txt (plain text, UTF-16 LE)')
  await expect(page.getByTestId('target-paragraphs')).toContainText('Ünïcödé in UTF-16')
})

test('bad files get a clear error, keep what was there, and nothing is created', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  await page.getByLabel('Title').fill('Never created from bad files')
  await page.getByLabel('Text of the Translation').fill(GERMAN.join('\n\n'))
  const upload = page.getByLabel('Upload a file for the Translation')
  const cases: [ReturnType<typeof file>, string][] = [
    [file('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'This is not a text file. "photo.txt" is a PNG image, not a text file.'],
    [file('report.pdf', '%PDF-1.7 …'), 'Tandem cannot import this kind of file. PDF files cannot be read; copy the text and paste it, or import the original .docx.'],
    [file('empty.txt', ''), 'There is nothing to import. "empty.txt" is empty.'],
    [file('broken.docx', 'PK\u0003\u0004 not really a zip'), 'The file could not be read. "broken.docx" could not be opened as a Word document; it may be damaged, or not a .docx file.'],
    [file('memory.tmx', '<tmx version="1.4"/>'), 'A TMX file is already aligned: import it as an alignment, not as a document.'],
    [file('huge.txt', new Uint8Array(21 * 1024 * 1024).fill(0x61)), 'huge.txt is 21 MB; the limit is 20 MB. Split it into smaller parts.'],
  ]
  for (const [bad, message] of cases) {
    await upload.setInputFiles(bad)
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
    await expect(page.getByTestId('target-paragraph-count')).toHaveText('3 paragraphs')
  }
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Never created from bad files' })).toHaveCount(0)
})

test('a Markdown file keeps its text and loses its markup, one paragraph per block', async ({ editorPage: page }) => {
  await page.goto('/alignments/new')
  const markdown = '# Getting started\n\nOpen the *settings* and choose [a language](https://example.org).\n\n- First step\n- Second step\n\n```\nsudo apt install tandem\n```\n'
  await page.getByLabel('Upload a file for the Original').setInputFiles(file('guide.md', markdown, 'text/markdown'))
  await expect(page.getByTestId('source-file')).toHaveText('· guide.md (Markdown, UTF-8)')
  await expect(page.getByTestId('source-paragraphs').getByRole('listitem')).toHaveText([/Getting started/, /Open the settings and choose a language\.$/, /First step/, /Second step/, /sudo apt install tandem/])
})
