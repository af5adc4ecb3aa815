// What `tandem align` writes: the JSON of the issue ({"beads", "confidence", "reasons"}) or TSV.
import { type AlignedBead, formatReason } from '../alignment'
import type { IndexBead } from '../alignment/scoring'

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k)
}

export function toIndexBeads(beads: AlignedBead[]): IndexBead[] {
  return beads.map((bead) => [range(bead.srcStart, bead.srcEnd), range(bead.tgtStart, bead.tgtEnd)])
}

// Three decimals tell an editor everything a confidence can, and keep the output small.
const roundConfidence = (confidence: number) => Math.round(confidence * 1000) / 1000

/** `[i, i + 1, ...]` as JSON.stringify writes it, without making the array. */
function indexList(start: number, end: number): string {
  let text = '['
  for (let k = start; k < end; k++) text += k > start ? `,${k}` : `${k}`
  return `${text}]`
}

/**
 * {"beads": [[[src indices], [tgt indices]], ...], "confidence": [...], "reasons": [[...], ...]}, one
 * bead per line, written straight from the beads (a 10,000-bead alignment is no time at all).
 */
export function formatAlignmentJson(beads: AlignedBead[]): string {
  const lines: string[] = []
  const confidences: number[] = []
  const reasons: string[] = []
  for (const bead of beads) {
    lines.push(`[${indexList(bead.srcStart, bead.srcEnd)},${indexList(bead.tgtStart, bead.tgtEnd)}]`)
    confidences.push(roundConfidence(bead.confidence))
    reasons.push(bead.reasons.length ? JSON.stringify(bead.reasons.map(formatReason)) : '[]')
  }
  return `{"beads": [\n${lines.join(',\n')}\n],\n"confidence": ${JSON.stringify(confidences)},\n"reasons": [${reasons.join(',')}]}\n`
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
