// Tandem's import and export formats: a pure module (no database, no framework), used by
// the data-access layer, the API, the interface and the command line.
export type {
  AlignmentFileFormat,
  AnnotationCategory,
  AnnotationSeverity,
  BeadFilter,
  BeadOrigin,
  DetectedLanguage,
  DocumentFormat,
  ExportAnnotation,
  ExportBead,
  ExportComment,
  ExportCommentReply,
  ExportFormat,
  ExportInput,
  ExportOptions,
  ExportParagraph,
  ImportedAlignment,
  ImportedBead,
  ImportedDocument,
  ImportLimits,
  OneSidedPolicy,
  ReviewStatus,
} from './types'
export { exportChunks, exportFileName, exportFormats, exportOptionsSchema, exportToString } from './export'
export { importDocument, importText } from './import-document'
export { defaultImportLimits } from './limits'
export { importAlignmentFile } from './import-alignment'
export { ImportError, type ImportErrorReason } from './import-error'
export { canonicalLanguageTag, detectLanguage } from './language'
