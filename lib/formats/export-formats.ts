// What each export format is, apart from its writer: small enough for the browser (the
// export page), with no dependency.
import type { ExportFormat } from './types'

export const exportFormatNames = ['tmx', 'xliff12', 'xliff21', 'csv', 'tsv', 'jsonl'] as const satisfies readonly ExportFormat[]

export const exportFormats: Record<ExportFormat, { extension: string; mimeType: string; canHoldOneSided: boolean }> = {
  // A TMX unit is a translation: an empty side would be offered as the translation of a text.
  tmx: { extension: 'tmx', mimeType: 'application/x-tmx+xml', canHoldOneSided: false },
  // XLIFF says "not translated" (a unit without target) but not "added by the translation".
  xliff12: { extension: 'xlf', mimeType: 'application/xliff+xml', canHoldOneSided: false },
  xliff21: { extension: 'xlf', mimeType: 'application/xliff+xml', canHoldOneSided: false },
  csv: { extension: 'csv', mimeType: 'text/csv', canHoldOneSided: true },
  tsv: { extension: 'tsv', mimeType: 'text/tab-separated-values', canHoldOneSided: true },
  jsonl: { extension: 'jsonl', mimeType: 'application/jsonl', canHoldOneSided: true },
}
