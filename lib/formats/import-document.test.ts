import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { importDocument, importText } from './import-document'
import { ImportError, type ImportErrorReason } from './import-error'
import { buildDocx } from './test-support/docx'
import { repoRoot } from './test-support/kit'
import { expectTranslatable, refusal } from './test-support/refusal'

const utf8 = (text: string) => new TextEncoder().encode(text)


describe('importDocument', () => {
  test('a real translation as a translator receives it (the German sample article)', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(repoRoot, '../shared/samples/ceasefire-article.de.txt')))
    const imported = await importDocument(bytes, { fileName: 'ceasefire-article.de.txt', split: 'blank-lines' })
    expect(imported).toMatchObject({ format: 'TXT', encoding: 'utf-8', language: { tag: 'de' }, warnings: [] })
    expect(imported.paragraphs.length).toBeGreaterThan(10)
    expect(imported.paragraphs).toContain('Veröffentlichung mit freundlicher Genehmigung des Autors.')
  })

  test.each([
    ['blank-lines', ['First line\nsame paragraph', 'Second paragraph']],
    ['line-breaks', ['First line', 'same paragraph', 'Second paragraph']],
  ] as const)('splits on %s', async (split, paragraphs) => {
    const imported = await importDocument(utf8('First line\r\nsame paragraph\r\n\r\n  Second paragraph  \r\n'), { fileName: 'a.txt', split })
    expect(imported.paragraphs).toEqual(paragraphs)
    // The text keeps the line structure, so the preview can be re-split either way.
    expect(imported.text).toBe('First line\nsame paragraph\n\n  Second paragraph  \n')
  })

  test('Windows-1252 text is read and flagged', async () => {
    const imported = await importDocument(new Uint8Array([0x93, 0x48, 0xe4, 0x94, 0x0d, 0x0a]), { fileName: 'old.txt', split: 'blank-lines' })
    expect(imported).toMatchObject({ encoding: 'windows-1252', paragraphs: ['“Hä”'] })
    expect(imported.warnings[0]).toMatchObject({ code: 'readAsWindows1252', message: expect.stringMatching(/read as Windows-1252/) })
  })

  test('Markdown', async () => {
    const imported = await importDocument(utf8('# Title\n\n- *one*\n- two\n\n```\ncode\n```\n'), { fileName: 'README.MD', split: 'blank-lines' })
    expect(imported).toMatchObject({ format: 'MARKDOWN', paragraphs: ['Title', 'one', 'two', 'code'] })
  })

  test('HTML', async () => {
    const html = '<!doctype html><html><head><title>x</title><script>var a = "<p>no</p>"</script></head><body><nav>Menu</nav><h1>Caf&eacute;</h1><p>Text &amp; more</p></body></html>'
    const imported = await importDocument(utf8(html), { fileName: 'page.html', split: 'blank-lines' })
    expect(imported).toMatchObject({ format: 'HTML', paragraphs: ['Café', 'Text & more'] })
  })

  test('.docx (a real Word file, read by mammoth)', async () => {
    const docx = buildDocx([['Hello ', 'world & <friends>.'], [], ['Zweiter Absatz mit „Anführungszeichen“.']])
    const imported = await importDocument(docx, { fileName: 'letter.docx', split: 'blank-lines' })
    expect(imported).toMatchObject({ format: 'DOCX', paragraphs: ['Hello world & <friends>.', 'Zweiter Absatz mit „Anführungszeichen“.'] })
  })

  test('a few control characters are removed with a warning', async () => {
    const imported = await importDocument(utf8('Bell\u0007 and form feed\u000C here.'), { fileName: 'a.txt', split: 'blank-lines' })
    expect(imported.paragraphs).toEqual(['Bell and form feed here.'])
    expect(imported.warnings).toEqual([{ code: 'controlCharsRemoved', params: { count: 2 }, message: '2 control characters were removed.' }])
  })

  test.each<[string, Uint8Array, string, ImportErrorReason, RegExp]>([
    ['an empty file', new Uint8Array(), 'a.txt', 'EMPTY', /^"a.txt" is empty\.$/],
    ['only blank lines', utf8('\n \n\t\n'), 'a.txt', 'EMPTY', /^There is no text to import\.$/],
    ['an HTML page with nothing but scripts', utf8('<script>x()</script><nav>a</nav>'), 'a.html', 'EMPTY', /no text outside scripts/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'photo.txt', 'BINARY', /is a PNG image/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x00]), 'a.txt', 'BINARY', /NUL bytes/],
    ['control-character soup', utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F abc'), 'a.txt', 'BINARY', /mostly control characters/],
    ['a damaged .docx', utf8('not a zip at all'), 'a.docx', 'INVALID', /could not be opened as a Word document/],
    ['an old .doc', utf8('x'), 'a.doc', 'UNSUPPORTED', /save the document as \.docx/],
    ['a TMX given as a document', utf8('<tmx/>'), 'a.tmx', 'UNSUPPORTED', /import it as an alignment/],
    ['an unknown extension', utf8('x'), 'a.exe', 'UNSUPPORTED', /use \.txt, \.md, \.html or \.docx/],
  ])('refuses %s', async (_name, bytes, fileName, reason, message) => {
    const error = await refusal(importDocument(bytes, { fileName, split: 'blank-lines' }), ImportError)
    expect(error.reason).toBe(reason)
    expect(error.message).toMatch(message)
    expectTranslatable(error)
  })

  test('limits: file size and paragraph count', async () => {
    const text = utf8('a\n\nb\n\nc')
    const tooLarge = await refusal(importDocument(text, { fileName: 'a.txt', split: 'blank-lines', limits: { maxBytes: 4 } }), ImportError)
    expect(tooLarge).toMatchObject({ reason: 'TOO_LARGE', code: 'TOO_LARGE' })
    expect(tooLarge.message).toBe('"a.txt" is 7 bytes; the limit is 4 bytes. Split it into smaller parts.')
    const tooMany = await refusal(importDocument(text, { fileName: 'a.txt', split: 'blank-lines', limits: { maxParagraphs: 2 } }), ImportError)
    expect(tooMany.message).toBe('The text has 3 paragraphs; the limit is 2. Split it into smaller documents.')
    const tooLong = await refusal(importDocument(text, { fileName: 'a.txt', split: 'blank-lines', limits: { maxChars: 6 } }), ImportError)
    expect(tooLong).toMatchObject({ reason: 'TOO_LARGE', code: 'TOO_LARGE', message: 'The text has 7 characters; the limit is 6. Split it into smaller documents.' })
    for (const error of [tooLarge, tooMany, tooLong]) expectTranslatable(error)
  })
})

describe('importText (paste)', () => {
  test('pasted text is cleaned, split and its language detected', () => {
    const imported = importText('The committee met on Tuesday and agreed on the budget for next year.\n\nIt will meet again in May.', { split: 'blank-lines' })
    expect(imported).toMatchObject({ format: 'PASTE', paragraphs: ['The committee met on Tuesday and agreed on the budget for next year.', 'It will meet again in May.'], language: { tag: 'en' } })
  })

  test('pasted text has the same size limit', () => {
    expect(() => importText('x'.repeat(2000), { split: 'blank-lines', limits: { maxBytes: 1000 } })).toThrow(ImportError)
  })
})
