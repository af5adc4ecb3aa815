// What an import (or an export's refusal) tells the user, as a stable code with parameters:
// the interface renders it in its language through the `importMessages` or `exportMessages`
// namespace (lib/i18n/messages/*/formats.json), and the English sentence rendered from the
// same catalogue travels along for API and CLI users and as the fallback.
import { createTranslator } from 'next-intl'
import en from '../i18n/messages/en/formats.json'

export const IMPORT_MESSAGE_CODES = [
  'xmlUnreadable',
  'xmlNoRoot',
  'xmlCutOff',
  'xmlTagMismatch',
  'xmlUnclosedTag',
  'xmlExtraText',
  'xmlOther',
  'xmlDeclarationNotFirst',
  'xmlStartTagExpected',
  'xmlSeveralRoots',
  'xmlSpaceAfterLt',
  'xmlInvalidTagName',
  'xmlClosingNotOpened',
  'xmlClosingUnfinished',
  'xmlClosingWithAttributes',
  'xmlUnexpectedChar',
  'xmlBooleanAttribute',
  'xmlAttributeOpenQuote',
  'xmlAttributeWithoutValue',
  'xmlAttributeNoSpace',
  'xmlAttributeRepeated',
  'xmlAttributeInvalidName',
  'binaryFile',
  'readAsWindows1252',
  'unknownEncoding',
  'invalidEncoding',
  'nulBytes',
  'docxMessage',
  'docxUnreadable',
  'docxTooLarge',
  'fileEmpty',
  'xliffVersion',
  'xmlNotAligned',
  'formatRefused',
  'formatUnsupported',
  'mostlyControlChars',
  'pageWithoutText',
  'noText',
  'controlCharsRemoved',
  'fileTooLarge',
  'pastedTooLarge',
  'tooManyParagraphs',
  'textTooLong',
  'uploadTooLarge',
  'uploadCutOff',
  'uploadNoFile',
  'noUnits',
  'untranslatedUnits',
  'emptyUnits',
  'languageMissingDetected',
  'languageMissingUndetected',
  'languageInvalidDetected',
  'languageInvalidUndetected',
  'languageUnknown',
  'languageUnusable',
  'tmxNoLanguages',
  'inlineCodesDropped',
  'extraLanguages',
  'severalDocuments',
  'jsonlNotJson',
  'jsonlInvalidBead',
  'markdownTooDeep',
  'sideWithoutText',
  'sideTooManyParagraphs',
] as const

export const EXPORT_MESSAGE_CODES = ['exportNothing', 'exportLanguage'] as const

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number]
export type ExportMessageCode = (typeof EXPORT_MESSAGE_CODES)[number]
export type ImportMessageParams = Record<string, string | number>

/** A warning or the text of a refusal: `message` is the English sentence. */
export type CodedMessage<C extends string> = { code: C; params: ImportMessageParams; message: string }
export type ImportMessage = CodedMessage<ImportMessageCode>
export type ExportMessage = CodedMessage<ExportMessageCode>

function catalogue<C extends string>(namespace: 'importMessages' | 'exportMessages', codes: readonly C[]) {
  const english = createTranslator({ locale: 'en', messages: en, namespace }) as unknown as (code: string, params: ImportMessageParams) => string
  const known = new Set<string>(codes)
  return {
    message: (code: C, params: ImportMessageParams = {}): CodedMessage<C> => ({ code, params, message: english(code, params) }),
    isCode: (code: unknown): code is C => typeof code === 'string' && known.has(code),
  }
}

const imports = catalogue('importMessages', IMPORT_MESSAGE_CODES)
const exports = catalogue('exportMessages', EXPORT_MESSAGE_CODES)

export const importMessage = imports.message
export const isImportMessageCode = imports.isCode
export const exportMessage = exports.message
export const isExportMessageCode = exports.isCode

/** Sizes as the messages show them: bytes below 1 KB, then KB, then MB, one decimal. */
export function sizeParams(bytes: number, prefix: 'size' | 'limit'): ImportMessageParams {
  const [value, unit] = bytes < 1024 ? [bytes, 'bytes'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB']
  return { [prefix]: Math.round(value * 10) / 10, [`${prefix}Unit`]: unit }
}
