import type { Span } from '@/lib/checks'
import type { FindingView } from '@/lib/findings/compute-findings'
import type { SpanInput } from './review-api'

/** A bead's texts as a finding's spans point into them (paragraph 0 is the side's first). */
export type FindingBead = { srcStart: number; tgtStart: number; source: readonly string[]; target: readonly string[] }

/**
 * The span an annotation made from this finding starts from: its first target span, else its
 * first source span, else the whole first target paragraph (an omission has no span on the
 * side that lacks text), else the whole first source paragraph.
 */
export function annotationSpan(finding: Pick<FindingView, 'source' | 'target'>, bead: FindingBead): SpanInput | null {
  const pick = (side: 'source' | 'target', span: Span): SpanInput => {
    const texts = side === 'source' ? bead.source : bead.target
    const text = texts[span.paragraph] ?? ''
    return { side, position: (side === 'source' ? bead.srcStart : bead.tgtStart) + span.paragraph, start: span.start, end: span.end, quote: text.slice(span.start, span.end) }
  }
  if (finding.target[0]) return pick('target', finding.target[0])
  if (finding.source[0]) return pick('source', finding.source[0])
  if (bead.target[0]) return pick('target', { paragraph: 0, start: 0, end: bead.target[0].length })
  if (bead.source[0]) return pick('source', { paragraph: 0, start: 0, end: bead.source[0].length })
  return null
}
