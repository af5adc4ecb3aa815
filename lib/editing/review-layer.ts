// What the editor draws over its rows for review: per bead the open threads, annotations and
// open findings (counted in the gutter, filtered on), and per paragraph the annotations to
// highlight. Pure: the browser recomputes it from the review marks and findings it loaded and
// the beads it holds now, so counts follow a merge or a split at once, before the next read.
import type { Ranges } from '../alignments/bead-shape'
import type { Side } from './bead-edits'

export type AnnotationSeverity = 'NEUTRAL' | 'MINOR' | 'MAJOR' | 'CRITICAL'
export type AnnotationState = 'OPEN' | 'RESOLVED' | 'OUTDATED'
export type FindingSeverity = 'minor' | 'major' | 'critical'

/** An annotation as the review marks carry it (lib/annotations/annotation-view.ts). */
export type MarkedAnnotation = {
  id: number
  paragraphId: number
  side: Side
  /** Its paragraph's position when the marks were read. */
  position: number
  start: number
  end: number
  /** The text at [start, end) when the marks were read. */
  text: string
  category: string
  severity: AnnotationSeverity
  status: AnnotationState
}
export type MarkedThread = { id: number; paragraphId: number; side: Side; isResolved: boolean }
export type MarkedFinding = { beadId: number; check: string; severity: FindingSeverity; isDismissed: boolean }

export type BeadFacts = {
  openThreads: number
  resolvedThreads: number
  /** Annotations on the bead's paragraphs, each with its category, severity and state. */
  annotations: { id: number; category: string; severity: AnnotationSeverity; status: AnnotationState }[]
  openFindings: number
  dismissedFindings: number
  /** The open findings' checks and the worst of their severities. */
  checks: string[]
  worstFinding: FindingSeverity | null
}

/** Where an annotation is now, and whether its span can be drawn on the text shown. */
export type PlacedAnnotation<A extends MarkedAnnotation = MarkedAnnotation> = A & {
  /** The paragraph's position now (found by its id), and the index of the bead holding it. */
  at: number
  bead: number
  /**
   * False while the text shown differs from the text the marks were read with (an edit is
   * on its way, the server moves the span): drawn again once the marks are read anew.
   */
  isDrawable: boolean
}

export type ReviewLayer<A extends MarkedAnnotation = MarkedAnnotation> = {
  /** By bead index; null for a bead with nothing on it. */
  facts: (BeadFacts | null)[]
  /** Annotations by `${side}:${position}`, in the order they start. */
  annotationsAt: Map<string, PlacedAnnotation<A>[]>
  /** Bead indexes of the open threads, in thread order. */
  openThreadBeads: number[]
}

const FINDING_RANK: Record<FindingSeverity, number> = { minor: 1, major: 2, critical: 3 }

/** paragraph id → position. Ids of paragraphs not loaded yet are 0 and left out. */
export function positionsById(ids: readonly number[]): Map<number, number> {
  const positions = new Map<number, number>()
  ids.forEach((id, position) => {
    if (id) positions.set(id, position)
  })
  return positions
}

/** The index of the bead holding paragraph `position` of `side` (beads tile both texts in order), or -1. */
export function beadIndexHolding(beads: readonly Ranges[], side: Side, position: number): number {
  const [startKey, endKey] = side === 'source' ? (['srcStart', 'srcEnd'] as const) : (['tgtStart', 'tgtEnd'] as const)
  let low = 0
  let high = beads.length
  // The first bead whose range on this side ends after `position`; one-sided beads of the
  // other side (empty ranges here) may come before the one that holds it.
  while (low < high) {
    const mid = (low + high) >> 1
    if (beads[mid]![endKey] <= position) low = mid + 1
    else high = mid
  }
  for (let index = low; index < beads.length; index++) {
    const bead = beads[index]!
    if (bead[startKey] <= position && position < bead[endKey]) return index
    if (bead[startKey] > position) break
  }
  return -1
}

function emptyFacts(): BeadFacts {
  return { openThreads: 0, resolvedThreads: 0, annotations: [], openFindings: 0, dismissedFindings: 0, checks: [], worstFinding: null }
}

export function layReview<A extends MarkedAnnotation>({
  beads,
  paragraphIds,
  texts,
  annotations,
  threads,
  findings,
}: {
  beads: readonly (Ranges & { id: number })[]
  paragraphIds: Record<Side, readonly number[]>
  texts: Record<Side, readonly string[]>
  annotations: readonly A[]
  threads: readonly MarkedThread[]
  findings: readonly MarkedFinding[]
}): ReviewLayer<A> {
  const positions = { source: positionsById(paragraphIds.source), target: positionsById(paragraphIds.target) }
  const facts: (BeadFacts | null)[] = new Array(beads.length).fill(null)
  const factsOf = (index: number) => (facts[index] ??= emptyFacts())
  // A paragraph whose id is not known here (its text is still loading) is where the marks saw it.
  const where = (side: Side, paragraphId: number, fallback: number) => positions[side].get(paragraphId) ?? fallback

  const annotationsAt = new Map<string, PlacedAnnotation<A>[]>()
  for (const annotation of annotations) {
    const at = where(annotation.side, annotation.paragraphId, annotation.position)
    const bead = beadIndexHolding(beads, annotation.side, at)
    if (bead < 0) continue
    factsOf(bead).annotations.push({ id: annotation.id, category: annotation.category, severity: annotation.severity, status: annotation.status })
    const text = texts[annotation.side][at] ?? ''
    const isDrawable = text !== '' && text.slice(annotation.start, annotation.end) === annotation.text
    const key = `${annotation.side}:${at}`
    annotationsAt.set(key, [...(annotationsAt.get(key) ?? []), { ...annotation, at, bead, isDrawable }])
  }
  for (const list of annotationsAt.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id)

  const openThreadBeads: number[] = []
  for (const thread of threads) {
    const bead = beadIndexHolding(beads, thread.side, where(thread.side, thread.paragraphId, -1))
    if (bead < 0) continue
    if (thread.isResolved) factsOf(bead).resolvedThreads++
    else {
      factsOf(bead).openThreads++
      openThreadBeads.push(bead)
    }
  }

  // Findings belong to the bead they were computed for: a bead an edit replaced has none
  // until the findings are read again.
  const indexOf = new Map(beads.map((bead, index) => [bead.id, index]))
  for (const finding of findings) {
    const index = indexOf.get(finding.beadId)
    if (index === undefined) continue
    const entry = factsOf(index)
    if (finding.isDismissed) {
      entry.dismissedFindings++
      continue
    }
    entry.openFindings++
    if (!entry.checks.includes(finding.check)) entry.checks.push(finding.check)
    if (!entry.worstFinding || FINDING_RANK[finding.severity] > FINDING_RANK[entry.worstFinding]) entry.worstFinding = finding.severity
  }
  return { facts, annotationsAt, openThreadBeads }
}

/** Annotations still to deal with: open, or outdated (their text was rewritten since). */
export function unresolvedCount(facts: BeadFacts | null): number {
  return facts ? facts.annotations.filter((annotation) => annotation.status !== 'RESOLVED').length : 0
}

/** How an annotation is highlighted: by severity while open, apart when resolved or outdated. */
export function annotationKind(annotation: Pick<MarkedAnnotation, 'severity' | 'status'>): string {
  if (annotation.status === 'OUTDATED') return 'annotation-outdated'
  if (annotation.status === 'RESOLVED') return 'annotation-resolved'
  return `annotation-${annotation.severity.toLowerCase()}`
}
