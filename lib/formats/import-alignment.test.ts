import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { importAlignmentFile } from './import-alignment'
import { ImportError, type ImportErrorReason } from './import-error'
import { kitDir } from './test-support/kit'
import type { ImportedAlignment } from './types'
import { expectTranslatable, refusal } from './test-support/refusal'

const bytes = (text: string) => new TextEncoder().encode(text)
const sample = (name: string) => new Uint8Array(readFileSync(path.join(kitDir, 'samples', name)))

function pairs(alignment: ImportedAlignment): [string, string][] {
  return alignment.beads.map((bead) => [
    alignment.source.slice(bead.srcStart, bead.srcEnd).join('\n\n'),
    alignment.target.slice(bead.tgtStart, bead.tgtEnd).join('\n\n'),
  ])
}


describe('third-party files from the validation kit', () => {
  test('TMX with inline bpt/ept codes, entities and a unit without tuid', async () => {
    const imported = await importAlignmentFile(sample('tmx/valid.tmx'), { fileName: 'valid.tmx' })
    expect(imported).toMatchObject({ format: 'TMX', sourceLang: 'en', targetLang: 'de' })
    expect(pairs(imported)).toEqual([
      ['The contract ends on 1 May.', 'Der Vertrag endet am 1. Mai.'],
      ['Press Save & "quit"', 'Drücken Sie Speichern & „Beenden“'],
      ['A unit without tuid.', 'Eine Einheit ohne tuid.'],
    ])
    expect(imported.warnings).toEqual([{ code: 'inlineCodesDropped', params: { count: 2 }, message: 'Inline formatting codes were left out of 2 segments; their text was kept.' }])
  })

  test('XLIFF 1.2 with g, a note, states and a unit without target', async () => {
    const imported = await importAlignmentFile(sample('xliff12/valid.xlf'), { fileName: 'valid.xlf' })
    expect(imported).toMatchObject({ format: 'XLIFF12', title: 'contract.txt', sourceLang: 'en', targetLang: 'de' })
    expect(pairs(imported)).toEqual([
      ['The contract ends on 1 May.', 'Der Vertrag endet am 1. Mai.'],
      ['Press Save & "quit"', 'Drücken Sie Speichern & „Beenden“'],
      ['Not translated yet.', ''],
    ])
    expect(imported.beads.map((bead) => bead.reviewStatus)).toEqual(['UNREVIEWED', 'NEEDS_WORK', undefined])
    expect(imported.warnings).toEqual([{ code: 'untranslatedUnits', params: { count: 1 }, message: '1 unit has no translation; their source paragraphs were imported without a counterpart.' }])
  })

  test('XLIFF 2.0 with pc, two segments around an ignorable, and a unit without target', async () => {
    const imported = await importAlignmentFile(sample('xliff20/valid.xlf'), { fileName: 'valid.xlf' })
    expect(imported).toMatchObject({ format: 'XLIFF2', sourceLang: 'en', targetLang: 'de' })
    expect(pairs(imported)).toEqual([
      ['The contract ends on 1 May.', 'Der Vertrag endet am 1. Mai.'],
      ['Press Save & "quit"', 'Drücken Sie Speichern & „Beenden“'],
      ['First sentence. Second sentence.', 'Erster Satz. Zweiter Satz.'],
      ['Not translated yet.', ''],
    ])
  })

  test.each(['xliff21/valid.xlf', 'xliff21/valid-its-lqi.xlf'])('XLIFF 2.1 %s', async (name) => {
    const imported = await importAlignmentFile(sample(name), { fileName: 'sample.xlf' })
    const expected = readFileSync(path.join(kitDir, 'samples', name.replace('.xlf', '.pairs.jsonl')), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { source: string; target: string | null })
    expect(pairs(imported)).toEqual(expected.map(({ source, target }) => [source, target ?? '']))
    if (name.endsWith('valid.xlf')) expect(imported.beads[0].reviewStatus).toBe('APPROVED')
  })
})

describe('reading details', () => {
  test('a multilingual TMX imports the commonest other language, matching tags by primary language', async () => {
    const tmx = `<tmx version="1.4"><header srclang="EN-US" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
      <tu><tuv xml:lang="fr-FR"><seg>Un</seg></tuv><tuv xml:lang="en-us"><seg>One</seg></tuv><tuv xml:lang="de-DE"><seg>Eins</seg></tuv></tu>
      <tu><tuv xml:lang="en-US"><seg>Two</seg></tuv><tuv xml:lang="de-de"><seg>Zwei</seg></tuv></tu>
    </body></tmx>`
    const imported = await importAlignmentFile(bytes(tmx), { fileName: 'tm.tmx' })
    expect([imported.sourceLang, imported.targetLang]).toEqual(['en-US', 'de-DE'])
    expect(pairs(imported)).toEqual([
      ['One', 'Eins'],
      ['Two', 'Zwei'],
    ])
    expect(imported.warnings).toContainEqual({ code: 'extraLanguages', params: { count: 3, source: 'EN-US', target: 'de-de' }, message: 'The file holds 3 languages; EN-US → de-de was imported, the others were left out.' })
  })

  test('XLIFF 1.2 collapses whitespace unless xml:space="preserve", reads groups, ignores alt-trans', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="en" target-language="fr" datatype="plaintext"><body>
  <group id="g"><trans-unit id="1"><source>  Two
     lines  </source><target state="final">Deux
  lignes</target><alt-trans><target>Autre</target></alt-trans></trans-unit></group>
  <trans-unit id="2" xml:space="preserve"><source>Kept

apart</source><target>Gardé</target></trans-unit>
</body></file></xliff>`
    const imported = await importAlignmentFile(bytes(xliff), { fileName: 'f.xlf' })
    expect(imported.source).toEqual(['Two lines', 'Kept', 'apart'])
    expect(imported.target).toEqual(['Deux lignes', 'Gardé'])
    expect(imported.beads[0]).toMatchObject({ srcStart: 0, srcEnd: 1, tgtStart: 0, tgtEnd: 1, reviewStatus: 'APPROVED' })
    expect(imported.beads[1]).toMatchObject({ srcStart: 1, srcEnd: 3, tgtStart: 1, tgtEnd: 2 })
  })

  // Regression: a confidence outside [0, 1] reached the database, whose CHECK constraint then
  // failed the whole import with an internal error instead of a clear message.
  test('a confidence outside [0, 1] in Tandem metadata is ignored (XML) or refused with its line (JSON Lines)', async () => {
    const tmx = `<tmx version="1.4"><header srclang="en"/><body><tu><prop type="x-tandem-bead-type">1-1</prop><prop type="x-tandem-confidence">7</prop>
      <tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>`
    expect((await importAlignmentFile(bytes(tmx), { fileName: 'a.tmx' })).beads[0]).not.toHaveProperty('confidence')
    const jsonl = '{"sourceLang":"en","targetLang":"de","source":"a","target":"b","confidence":0.5}\n{"sourceLang":"en","targetLang":"de","source":"c","target":"d","confidence":1.5}\n'
    const error = await refusal(importAlignmentFile(bytes(jsonl), { fileName: 'a.jsonl' }), ImportError)
    expect(error).toMatchObject({ reason: 'INVALID', line: 2, message: expect.stringMatching(/^Line 2: "confidence"/) })
  })

  test('XLIFF 2 honours target order and <cp/>', async () => {
    const xliff = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u">
      <segment><source>A<cp hex="1"/>.</source><target order="3">B.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment><source>B.</source><target order="1">A.</target></segment>
    </unit></file></xliff>`
    const imported = await importAlignmentFile(bytes(xliff), { fileName: 'f.xlf' })
    expect(pairs(imported)).toEqual([['A. B.', 'A. B.']])
    expect(imported.warnings).toContainEqual({ code: 'controlCharsRemoved', params: { count: 1 }, message: '1 control character was removed.' })
  })

  test('a missing language is detected and reported', async () => {
    const xliff = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="en" datatype="plaintext"><body>
      <trans-unit id="1"><source>The translation of this sentence says what the sentence says.</source><target>Die Übersetzung dieses Satzes sagt, was der Satz sagt, und nicht mehr.</target></trans-unit>
    </body></file></xliff>`
    const imported = await importAlignmentFile(bytes(xliff), { fileName: 'f.xlf' })
    expect(imported.targetLang).toBe('de')
    expect(imported.warnings).toEqual([
      { code: 'languageMissingDetected', params: { side: 'target', detected: 'de' }, message: 'The file does not say for the target language; it looks like "de". Check it before saving.' },
    ])
  })

  test('a TMX that names no language is read by position, and its languages are detected', async () => {
    const tmx = `<tmx version="1.4"><header/><body><tu>
      <tuv><seg>The committee met on Tuesday and agreed on the budget for the next year.</seg></tuv>
      <tuv><seg>Der Ausschuss trat am Dienstag zusammen und einigte sich auf den Haushalt für das nächste Jahr.</seg></tuv>
    </tu></body></tmx>`
    const imported = await importAlignmentFile(bytes(tmx), { fileName: 'f.tmx' })
    expect(pairs(imported)).toEqual([['The committee met on Tuesday and agreed on the budget for the next year.', 'Der Ausschuss trat am Dienstag zusammen und einigte sich auf den Haushalt für das nächste Jahr.']])
    expect([imported.sourceLang, imported.targetLang]).toEqual(['en', 'de'])
    expect(imported.warnings[0]).toEqual({ code: 'tmxNoLanguages', params: {}, message: 'The file names no languages; the first variant of each unit was taken as the original, the second as the translation.' })
  })

  test('XML in another declared encoding, and UTF-16 with a BOM', async () => {
    const tmx = (decl: string) =>
      `<?xml version="1.0" encoding="${decl}"?><tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>Grüße</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu></body></tmx>`
    const latin1 = Uint8Array.from(tmx('ISO-8859-1'), (char) => char.charCodeAt(0))
    expect((await importAlignmentFile(latin1, { fileName: 'a.tmx' })).source).toEqual(['Grüße'])
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(tmx('UTF-16'), (char) => char.charCodeAt(0)).buffer)])
    expect((await importAlignmentFile(utf16, { fileName: 'a.tmx' })).source).toEqual(['Grüße'])
  })
})

describe('refusals', () => {
  const cases: [string, string | Uint8Array, ImportErrorReason, RegExp][] = [
    ['a closing tag that does not match', '<tmx version="1.4">\n<body>\n  <tu><tuv xml:lang="en"><seg>x</tuv>', 'MALFORMED_XML', /^Line 3, column 32: closing tag <\/tuv> does not match <seg> opened on line 3\.$/],
    ['a file cut off', '<tmx version="1.4">\n<body>\n<tu>', 'MALFORMED_XML', /^Line 3, column 5: the file ends while <tmx>, <body>, <tu> are still open; it may be cut off\.$/],
    ['an unclosed element', '<tmx version="1.4"', 'MALFORMED_XML', /^Line 1, column 1: <tmx> is never closed\.$/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx>&x;</tmx>', 'MALFORMED_XML', /could not be read/],
    ['an XML file that is neither TMX nor XLIFF', '<html><body/></html>', 'UNSUPPORTED', /<html> root element, neither TMX nor XLIFF/],
    ['XLIFF of an unknown version', '<xliff version="3.0"/>', 'UNSUPPORTED', /XLIFF version "3.0"/],
    ['a file without units', '<tmx version="1.4"><header/><body/></tmx>', 'EMPTY', /no translation units/],
    ['an empty file', '', 'EMPTY', /is empty/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'BINARY', /is a PNG image/],
    ['NUL bytes', 'x\u0000y', 'BINARY', /NUL bytes/],
    ['invalid UTF-8', new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), 'BAD_ENCODING', /not valid UTF-8 \(byte 4 is wrong\)/],
    ['an unknown declared encoding', '<?xml version="1.0" encoding="x-klingon"?><tmx/>', 'BAD_ENCODING', /"x-klingon" encoding/],
  ]
  test.each(cases)('%s', async (_name, content, reason, message) => {
    const input = typeof content === 'string' ? bytes(content) : content
    const error = await refusal(importAlignmentFile(input, { fileName: 'file.tmx' }), ImportError)
    expect(error.reason).toBe(reason)
    expect(error.message).toMatch(message)
    expectTranslatable(error)
  })

  // Entities that expand into entities (the "billion laughs" attack) would take gigabytes.
  test('nested entity declarations are not expanded', async () => {
    const levels = ['<!ENTITY l0 "lollollollol">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)]
    const tmx = `<?xml version="1.0"?><!DOCTYPE tmx [${levels.join('')}]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&l8;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`
    const imported: ImportedAlignment | Error = await importAlignmentFile(bytes(tmx), { fileName: 'lol.tmx' }).catch((error: Error) => error)
    if (imported instanceof Error) expect(imported).toBeInstanceOf(ImportError)
    else expect(imported.source.join('').length).toBeLessThan(1000)
  })

  test('malformed XML reports line and column on the error', async () => {
    const error = await refusal(importAlignmentFile(bytes('<tmx>\n<body>\n</tmx>'), { fileName: 'f.tmx' }), ImportError)
    expect([error.line, error.column]).toEqual([3, 1])
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'MALFORMED_XML', line: 3, column: 1, code: 'xmlTagMismatch', params: { line: 3, column: 1, found: 'tmx', expected: 'body', openedLine: 2 } },
    })
  })

  test('limits on size and paragraphs', async () => {
    const tmx = bytes(
      `<tmx version="1.4"><header srclang="en"/><body>${'<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu>'.repeat(5)}</body></tmx>`,
    )
    const tooLarge = await refusal(importAlignmentFile(tmx, { fileName: 'f.tmx', limits: { maxBytes: 100 } }), ImportError)
    expect(tooLarge).toMatchObject({ reason: 'TOO_LARGE', code: 'TOO_LARGE' })
    const tooMany = await refusal(importAlignmentFile(tmx, { fileName: 'f.tmx', limits: { maxParagraphs: 4 } }), ImportError)
    expect(tooMany.reason).toBe('TOO_MANY_PARAGRAPHS')
    expect(tooMany.message).toBe('The text has 5 paragraphs; the limit is 4. Split it into smaller documents.')
    // Five paragraphs of one letter, joined by blank lines as they are stored.
    const tooLong = await refusal(importAlignmentFile(tmx, { fileName: 'f.tmx', limits: { maxChars: 9 } }), ImportError)
    expect(tooLong).toMatchObject({ reason: 'TOO_LARGE', message: 'The text has 13 characters; the limit is 9. Split it into smaller documents.' })
    for (const error of [tooLarge, tooMany, tooLong]) expectTranslatable(error)
  })

  test.each([
    ['not JSON', '{"source": ', /^Line 1 is not valid JSON\.$/],
    ['a line without target', '{"sourceLang":"en","targetLang":"de","source":"a","target":"b"}\n{"sourceLang":"en","targetLang":"de","source":"a"}', /^Line 2: "target"/],
  ])('JSON Lines: %s', async (_name, content, message) => {
    const error = await refusal(importAlignmentFile(bytes(content), { fileName: 'f.jsonl' }), ImportError)
    expect(error.reason).toBe('INVALID')
    expect(error.message).toMatch(message)
  })
})
