// What an import tells the user, as a stable code with parameters: the interface renders it
// in its language through the `importMessages` namespace (lib/i18n/messages/*/formats.json),
// and the English sentence rendered from the same catalogue travels along for API and CLI
// users and as the fallback.
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

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number]
export type ImportMessageParams = Record<string, string | number>

/** A warning or the text of a refusal: `message` is the English sentence. */
export type ImportMessage = { code: ImportMessageCode; params: ImportMessageParams; message: string }

const english = createTranslator({ locale: 'en', messages: en, namespace: 'importMessages' }) as unknown as (
  code: string,
  params: ImportMessageParams,
) => string

export function importMessage(code: ImportMessageCode, params: ImportMessageParams = {}): ImportMessage {
  return { code, params, message: english(code, params) }
}

const codes = new Set<string>(IMPORT_MESSAGE_CODES)

export function isImportMessageCode(code: unknown): code is ImportMessageCode {
  return typeof code === 'string' && codes.has(code)
}

/** Sizes as the messages show them: bytes below 1 KB, then KB, then MB, one decimal. */
export function sizeParams(bytes: number, prefix: 'size' | 'limit'): ImportMessageParams {
  const [value, unit] = bytes < 1024 ? [bytes, 'bytes'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB']
  return { [prefix]: Math.round(value * 10) / 10, [`${prefix}Unit`]: unit }
}
