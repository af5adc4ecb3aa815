// CSV and TSV after RFC 4180: CRLF between records; a field is quoted when it holds the
// delimiter, a quote (doubled inside) or a line break. TSV uses the same quoting, which
// spreadsheet programs and csv libraries read, rather than forbidding tabs in text.
import { stringify } from 'csv-stringify/sync'
import { beadType, commentLines, describeAnnotation, exportedAnnotations, sideText, type ExportContext, type FormatWriter } from './export-model'
import type { ExportBead, ExportParagraph } from './types'

type Column = { name: string; value: (bead: ExportBead) => string | number }

const first = (paragraphs: ExportParagraph[]) => paragraphs[0]?.number ?? ''
const last = (paragraphs: ExportParagraph[]) => paragraphs[paragraphs.length - 1]?.number ?? ''

// Paragraph ranges are two number columns rather than "3-4", which spreadsheets read as a date.
const baseColumns: Column[] = [
  { name: 'bead', value: (bead) => bead.index },
  { name: 'type', value: beadType },
  { name: 'source', value: (bead) => sideText(bead.source) },
  { name: 'target', value: (bead) => sideText(bead.target) },
  { name: 'source_from', value: (bead) => first(bead.source) },
  { name: 'source_to', value: (bead) => last(bead.source) },
  { name: 'target_from', value: (bead) => first(bead.target) },
  { name: 'target_to', value: (bead) => last(bead.target) },
  { name: 'confidence', value: (bead) => bead.confidence },
  { name: 'origin', value: (bead) => bead.origin },
  { name: 'confirmed', value: (bead) => String(bead.isConfirmed) },
  { name: 'review_status', value: (bead) => bead.reviewStatus },
]
const commentsColumn: Column = { name: 'comments', value: (bead) => commentLines(bead.comments).map(({ line }) => line).join('\n') }
const annotationsColumn: Column = { name: 'annotations', value: (bead) => exportedAnnotations(bead).map(describeAnnotation).join('\n') }

function columns(ctx: ExportContext): Column[] {
  return [
    ...baseColumns,
    ...(ctx.options.includeComments ? [commentsColumn] : []),
    ...(ctx.options.includeAnnotations ? [annotationsColumn] : []),
  ]
}

// A lone surrogate has no UTF-8 encoding: an encoder would write U+FFFD in its place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function removeLoneSurrogates(value: string): string {
  return value.replace(LONE_SURROGATE, '')
}

export function delimitedWriter(delimiter: ',' | '\t'): FormatWriter {
  // csv-stringify quotes a lone LF only when asked; RFC 4180 readers (Excel, Python's csv) need it quoted.
  const row = (cells: (string | number)[]) =>
    stringify([cells.map((cell) => (typeof cell === 'string' ? removeLoneSurrogates(cell) : cell))], {
      delimiter,
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
    })
  return {
    header: (ctx) => row(columns(ctx).map((column) => column.name)),
    bead: (bead, ctx) => row(columns(ctx).map((column) => column.value(bead))),
    footer: () => '',
  }
}
