// Every import message code has a message in every interface language, each renders its
// parameters, German is German, and what the importers produce reaches a German user in German.
import { XMLValidator } from 'fast-xml-parser'
import { createTranslator } from 'next-intl'
import { describe, expect, test } from 'vitest'
import { locales, type Locale } from '../i18n/locales'
import { messages } from '../i18n/messages'
import { importAlignmentFile } from './import-alignment'
import { ImportError } from './import-error'
import { EXPORT_MESSAGE_CODES, exportMessage, IMPORT_MESSAGE_CODES, importMessage, isImportMessageCode, type ExportMessageCode, type ImportMessageCode, type ImportMessageParams } from './import-message'
import { refusal } from './test-support/refusal'

/** One set of parameters per code: a new code does not compile until it has one here. */
const samples: Record<ImportMessageCode, ImportMessageParams> = {
  xmlUnreadable: { detail: 'External entities are not supported' },
  xmlNoRoot: {},
  xmlCutOff: { line: 3, column: 5, tags: '<tmx>, <body>', count: 2 },
  xmlTagMismatch: { line: 3, column: 32, found: 'tuv', expected: 'seg', openedLine: 2 },
  xmlUnclosedTag: { line: 1, column: 1, tag: 'tmx' },
  xmlExtraText: { line: 9, column: 2 },
  xmlOther: { line: 4, column: 7, detail: 'Something the parser says.' },
  xmlDeclarationNotFirst: { line: 2, column: 1 },
  xmlStartTagExpected: { line: 1, column: 1 },
  xmlSeveralRoots: { line: 5, column: 1 },
  xmlSpaceAfterLt: { line: 2, column: 3 },
  xmlInvalidTagName: { line: 2, column: 3, tag: '1seg' },
  xmlClosingNotOpened: { line: 4, column: 9, tag: 'tuv' },
  xmlClosingUnfinished: { line: 4, column: 9, tag: 'seg' },
  xmlClosingWithAttributes: { line: 4, column: 9, tag: 'seg' },
  xmlUnexpectedChar: { line: 6, column: 12, char: '&' },
  xmlBooleanAttribute: { line: 3, column: 5, attribute: 'hidden' },
  xmlAttributeOpenQuote: { line: 3, column: 5, tag: 'tuv' },
  xmlAttributeWithoutValue: { line: 3, column: 5, attribute: 'lang' },
  xmlAttributeNoSpace: { line: 3, column: 5, attribute: 'lang' },
  xmlAttributeRepeated: { line: 3, column: 5, attribute: 'xml:lang' },
  xmlAttributeInvalidName: { line: 3, column: 5, attribute: '1a' },
  binaryFile: { file: 'photo.tmx', kind: 'png' },
  readAsWindows1252: { file: 'old.txt' },
  unknownEncoding: { file: 'a.tmx', encoding: 'x-klingon' },
  invalidEncoding: { file: 'a.tmx', encoding: 'UTF-8', byte: 4 },
  nulBytes: { file: 'a.txt' },
  docxMessage: { detail: 'Unrecognised paragraph style: Fancy' },
  docxUnreadable: { file: 'broken.docx' },
  docxTooLarge: { file: 'bomb.docx', limit: 256 },
  fileEmpty: { file: 'empty.tmx' },
  xliffVersion: { file: 'a.xlf', version: '3.0' },
  xmlNotAligned: { file: 'page.xml', root: 'html' },
  formatRefused: { extension: 'pdf' },
  formatUnsupported: { file: 'slides.key' },
  mostlyControlChars: {},
  pageWithoutText: {},
  noText: {},
  controlCharsRemoved: { count: 1234 },
  fileTooLarge: { file: 'book.tmx', size: 21.5, sizeUnit: 'MB', limit: 20, limitUnit: 'MB' },
  pastedTooLarge: { size: 1536.5, sizeUnit: 'KB', limit: 1000, limitUnit: 'KB' },
  tooManyParagraphs: { count: 50001, limit: 50000 },
  textTooLong: { count: 10000001, limit: 10000000 },
  uploadTooLarge: { limit: 20 },
  uploadCutOff: {},
  uploadNoFile: {},
  noUnits: {},
  untranslatedUnits: { count: 3 },
  emptyUnits: { count: 2 },
  languageMissingDetected: { side: 'target', detected: 'de' },
  languageMissingUndetected: { side: 'source' },
  languageInvalidDetected: { side: 'source', declared: 'english', detected: 'en' },
  languageInvalidUndetected: { side: 'target', declared: 'xx_YY_1' },
  languageUnknown: { side: 'source' },
  languageUnusable: { side: 'target', tag: 'qqq-invalid' },
  tmxNoLanguages: {},
  inlineCodesDropped: { count: 2 },
  extraLanguages: { count: 3, source: 'en-US', target: 'de-DE' },
  severalDocuments: { count: 2 },
  jsonlNotJson: { line: 7 },
  jsonlInvalidBead: { line: 2, path: 'target', detail: 'invalid input: expected string, received undefined' },
  markdownTooDeep: {},
  sideWithoutText: { side: 'target' },
  sideTooManyParagraphs: { side: 'source', count: 50001, limit: 50000 },
}

const exportSamples: Record<ExportMessageCode, ImportMessageParams> = {
  exportNothing: { beads: 'approved', oneSided: 'skip' },
  exportLanguage: { side: 'target', tag: 'german!' },
}

function translator(locale: Locale, namespace: 'importMessages' | 'exportMessages' = 'importMessages') {
  // The message files are untyped JSON, so next-intl cannot know the keys: the check is this test.
  return createTranslator({ locale, messages: messages[locale], namespace }) as unknown as (code: string, params: ImportMessageParams) => string
}

describe('import messages', () => {
  test.each(locales)('%s has a message for every code, and no other', (locale) => {
    const table = messages[locale].importMessages as Record<string, string>
    expect(Object.keys(table).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort())
  })

  test.each(locales)('every message renders in %s with its parameters filled in', (locale) => {
    const t = translator(locale)
    for (const code of IMPORT_MESSAGE_CODES) {
      const text = t(code, samples[code])
      expect(text, code).not.toMatch(/[{}]|importMessages\./)
      for (const [name, value] of Object.entries(samples[code])) {
        // Selectors (kind, unit, side, extension; the count of open tags) choose words; they are not shown.
        if (/^(kind|sizeUnit|limitUnit|side|extension)$/.test(name) || (code === 'xmlCutOff' && name === 'count')) continue
        const shown = typeof value === 'number' && name !== 'line' && name !== 'column' && name !== 'byte' && name !== 'openedLine' ? new Intl.NumberFormat(locale).format(value) : String(value)
        expect(text, `${locale} ${code}: ${name}`).toContain(shown)
      }
    }
  })

  test.each(locales)('%s has a message for every export refusal, and it renders', (locale) => {
    expect(Object.keys(messages[locale].exportMessages as Record<string, string>).sort()).toEqual([...EXPORT_MESSAGE_CODES].sort())
    const t = translator(locale, 'exportMessages')
    for (const code of EXPORT_MESSAGE_CODES) expect(t(code, exportSamples[code]), code).not.toMatch(/[{}]|exportMessages\./)
    expect(t('exportLanguage', exportSamples.exportLanguage)).toContain('german!')
  })

  test('export refusals keep their English sentence and say it in German', () => {
    expect(exportMessage('exportNothing', { beads: 'all', oneSided: 'keep' }).message).toBe('No bead matches the export options (all beads): there is nothing to export.')
    expect(translator('de', 'exportMessages')('exportNothing', exportSamples.exportNothing)).toBe(
      'Kein Paar entspricht den Exportoptionen (nur freigegebene Paare, einseitige Paare ausgelassen): Es gibt nichts zu exportieren.',
    )
  })

  test('the German messages are German, not English copies', () => {
    const en = translator('en')
    const de = translator('de')
    for (const code of IMPORT_MESSAGE_CODES) expect(de(code, samples[code]), code).not.toBe(en(code, samples[code]))
  })

  test('counts follow the language: plural forms and digit grouping', () => {
    const de = translator('de')
    expect(de('untranslatedUnits', { count: 1 })).toMatch(/^1 Einheit hat keine/)
    expect(de('untranslatedUnits', { count: 3 })).toMatch(/^3 Einheiten haben keine/)
    expect(de('controlCharsRemoved', { count: 1234 })).toBe('1.234 Steuerzeichen wurden entfernt.')
    expect(de('fileTooLarge', samples.fileTooLarge)).toBe('„book.tmx“ ist 21,5 MB groß; die Grenze liegt bei 20 MB. Teilen Sie die Datei in kleinere Teile auf.')
    expect(importMessage('controlCharsRemoved', { count: 1234 }).message).toBe('1,234 control characters were removed.')
    expect(importMessage('inlineCodesDropped', { count: 1 }).message).toBe('Inline formatting codes were left out of 1 segment; their text was kept.')
  })

  test('selectors pick the wording for every value the code gives', () => {
    const de = translator('de')
    const kinds = ['png', 'jpeg', 'gif', 'pdf', 'zip', 'gzip', 'ole'].map((kind) => de('binaryFile', { file: 'f', kind }))
    expect(new Set(kinds).size).toBe(kinds.length)
    const refused = ['doc', 'odt', 'rtf', 'pdf', 'tmx', 'xliff'].map((extension) => de('formatRefused', { extension }))
    expect(new Set(refused).size).toBe(refused.length)
    expect(de('formatRefused', { extension: 'xlf' })).toBe(de('formatRefused', { extension: 'xliff' }))
    expect(de('languageUnknown', { side: 'source' })).toContain('das Original')
    expect(de('languageUnknown', { side: 'target' })).toContain('die Übersetzung')
    expect(de('pastedTooLarge', { size: 900, sizeUnit: 'bytes', limit: 1, limitUnit: 'KB' })).toContain('900 Byte groß; die Grenze liegt bei 1 KB')
  })

  test('a refused file carries the code and parameters, and a German user reads it in German', async () => {
    const malformed = new TextEncoder().encode('<tmx version="1.4">\n<body>\n  <tu><tuv xml:lang="en"><seg>x</tuv>')
    const error = await refusal(importAlignmentFile(malformed, { fileName: 'broken.tmx' }), ImportError)
    const { code, params } = error.details
    expect(isImportMessageCode(code)).toBe(true)
    expect(translator('de')(code as string, params as ImportMessageParams)).toBe(
      'Zeile 3, Spalte 32: Das schließende Tag </tuv> passt nicht zu <seg>, geöffnet in Zeile 3.',
    )
    expect(translator('en')(code as string, params as ImportMessageParams)).toBe(error.message)
  })
})

describe('the XML validator’s messages', () => {
  // One input per message of fast-xml-parser's validator that the reader gives its own code.
  // (The declaration and start-tag messages are mapped too, but this version of the validator
  // accepts the inputs that would provoke them.)
  const inputs = [
    'text before any tag',
    '<a></a><b></b>',
    '<a>< b/></a>',
    '<a><1seg/></a>',
    '</b>',
    '<a></a\n x>',
    '<a></a x="1">',
    '<a>x & y</a>',
    '<a hidden></a>',
    '<a b="1></a>',
    '<a b=></a>',
    '<a b="1"c="2"></a>',
    '<a b="1" b="2"></a>',
    '<a 1b="1"></a>',
  ]

  test.each(inputs)('%j gets a code of its own, and its English sentence is the parser’s', async (xml) => {
    const verdict = XMLValidator.validate(xml)
    if (verdict === true) throw new Error(`${xml} is well-formed`)
    const error = await refusal(importAlignmentFile(new TextEncoder().encode(xml), { fileName: 'f.tmx' }), ImportError)
    expect(error.details.code).not.toBe('xmlOther')
    const { line, col, msg } = verdict.err
    if (!/^(Unclosed tag|Expected closing tag|Invalid '\[)/.test(msg)) expect(error.message).toBe(`Line ${line}, column ${col}: ${/[.!?]$/.test(msg) ? msg : `${msg}.`}`)
    expect(translator('de')(error.details.code as string, error.details.params as ImportMessageParams)).toMatch(/^Zeile \d+, Spalte \d+: /)
  })
})
