// What `tandem align` writes: the JSON of the issue ({"beads", "confidence", "reasons"}) or TSV.
import { type AlignedBead, formatReason } from '../alignment'
import type { IndexBead } from '../alignment/scoring'

export type AlignmentJson = { beads: IndexBead[]; confidence: number[]; reasons: string[][] }

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k)
}

export function toIndexBeads(beads: AlignedBead[]): IndexBead[] {
  return beads.map((bead) => [range(bead.srcStart, bead.srcEnd), range(bead.tgtStart, bead.tgtEnd)])
}

// Three decimals tell an editor everything a confidence can, and keep the output small.
const roundConfidence = (confidence: number) => Math.round(confidence * 1000) / 1000

export function toAlignmentJson(beads: AlignedBead[]): AlignmentJson {
  return {
    beads: toIndexBeads(beads),
    confidence: beads.map((bead) => roundConfidence(bead.confidence)),
    reasons: beads.map((bead) => bead.reasons.map(formatReason)),
  }
}

/** One bead per line: beads on a line, as compact as the format allows. */
export function formatAlignmentJson(alignment: AlignmentJson): string {
  const lines = alignment.beads.map((bead, k) => JSON.stringify(bead) + (k < alignment.beads.length - 1 ? ',' : ''))
  return `{"beads": [\n${lines.join('\n')}\n],\n"confidence": ${JSON.stringify(alignment.confidence)},\n"reasons": ${JSON.stringify(alignment.reasons)}}\n`
}

/** Tabs, line breaks and backslashes inside a cell, written as \t, \n, \r and \\. */
function escapeCell(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch] ?? ch)
}

/** Paragraph numbers as people count them (from 1), comma-separated; empty for no paragraph. */
const paragraphNumbers = (start: number, end: number) => range(start + 1, end + 1).join(',')

export const TSV_HEADER = 'source\ttarget\tconfidence\tsource_text\ttarget_text'

export function formatAlignmentTsv(beads: AlignedBead[], source: string[], target: string[]): string {
  const rows = beads.map((bead) =>
    [
      paragraphNumbers(bead.srcStart, bead.srcEnd),
      paragraphNumbers(bead.tgtStart, bead.tgtEnd),
      roundConfidence(bead.confidence).toFixed(3),
      escapeCell(source.slice(bead.srcStart, bead.srcEnd).join('\n')),
      escapeCell(target.slice(bead.tgtStart, bead.tgtEnd).join('\n')),
    ].join('\t'),
  )
  return [TSV_HEADER, ...rows].join('\n') + '\n'
}
