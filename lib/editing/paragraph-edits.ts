// Splitting and joining paragraphs, as pure functions: the texts, where annotation spans go,
// and how the beads of an alignment change around the paragraph. The data-access verbs
// (lib/paragraphs/) apply the results in every alignment that uses the document.
import { beadIndexOf, count, EditError, keep, materialise, type Counts, type EditableBead, type EditPlan, type Side } from './bead-edits'

/** Languages written without spaces between words: joined paragraphs get no space either. */
const NO_SPACE_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo'])

export function joinSeparator(languageTag: string): string {
  const language = languageTag.split('-')[0]!.toLowerCase()
  return NO_SPACE_LANGUAGES.has(language) ? '' : ' '
}

/** Splits `text` at UTF-16 offset `at`; whitespace at the cut is dropped. */
export function splitText(text: string, at: number): { first: string; second: string; secondOffset: number } {
  if (!Number.isInteger(at) || at <= 0 || at >= text.length) throw new EditError('Choose a point inside the paragraph to split it.')
  const first = text.slice(0, at).trimEnd()
  const rest = text.slice(at)
  const second = rest.trimStart()
  if (!first || !second) throw new EditError('Both new paragraphs need some text.')
  return { first, second, secondOffset: at + (rest.length - second.length) }
}

export type Span = { start: number; end: number }
export type SpanResult = Span & { paragraph: 0 | 1; isOutdated: boolean }

/** Where a span of the split paragraph goes: to the first or second part, or outdated if cut. */
export function spanAfterSplit(span: Span, split: { first: string; secondOffset: number }): SpanResult {
  if (span.end <= split.first.length) return { ...span, paragraph: 0, isOutdated: false }
  if (span.start >= split.secondOffset) return { start: span.start - split.secondOffset, end: span.end - split.secondOffset, paragraph: 1, isOutdated: false }
  // The cut runs through the span: keep what lies in the first part, marked outdated.
  const start = Math.min(span.start, split.first.length - 1)
  return { start, end: Math.max(start + 1, Math.min(span.end, split.first.length)), paragraph: 0, isOutdated: true }
}

/** A span of the second paragraph, after joining: shifted behind the first and the separator. */
export function spanAfterJoin(span: Span, paragraph: 0 | 1, firstLength: number, separator: string): Span {
  return paragraph === 0 ? span : { start: span.start + firstLength + separator.length, end: span.end + firstLength + separator.length }
}

/**
 * The beads around paragraph `position` of `side` after it is split in two: the new
 * paragraph joins its bead (or gets a one-sided bead of its own next to a one-sided one).
 * The plan is in the new numbering; beads after it shift by one on that side.
 */
export function planParagraphSplit(beads: EditableBead[], side: Side, position: number): EditPlan {
  const index = beadIndexOf(beads, side, position)
  const bead = beads[index]!
  const key = side === 'source' ? 'src' : 'tgt'
  const grown: Counts = { ...keep(bead), [key]: count(bead, side) + 1 }
  // materialise keeps attributes only when counts are unchanged, so a grown bead becomes
  // MANUAL; keep the attributes of a two-sided bead that merely gained a paragraph.
  const [first, ...rest] = materialise([grown], bead.srcStart, bead.tgtStart)
  const isTwoSided = count(bead, 'source') > 0 && count(bead, 'target') > 0
  return { from: index, to: index + 1, beads: isTwoSided ? [{ ...bead, ...ranges(first!) }] : [{ ...bead, ...ranges(first!) }, ...rest] }
}

/**
 * The beads around paragraphs `position` and `position + 1` of `side` after they are
 * joined: the joined paragraph stays in the first one's bead; the bead that held the
 * second loses it (and disappears if it held nothing else).
 */
export function planParagraphJoin(beads: EditableBead[], side: Side, position: number): EditPlan {
  const i = beadIndexOf(beads, side, position)
  const j = beadIndexOf(beads, side, position + 1)
  const key = side === 'source' ? 'src' : 'tgt'
  if (i === j) {
    const bead = beads[i]!
    const [shrunk] = materialise([{ ...keep(bead), [key]: count(bead, side) - 1 }], bead.srcStart, bead.tgtStart)
    return { from: i, to: i + 1, beads: [{ ...bead, ...ranges(shrunk!) }] }
  }
  const entries: Counts[] = beads.slice(i, j + 1).map((bead, k) => (i + k === j ? { ...keep(bead), keep: undefined, [key]: count(bead, side) - 1 } : keep(bead)))
  return { from: i, to: j + 1, beads: materialise(entries, beads[i]!.srcStart, beads[i]!.tgtStart) }
}

function ranges(bead: EditableBead) {
  return { srcStart: bead.srcStart, srcEnd: bead.srcEnd, tgtStart: bead.tgtStart, tgtEnd: bead.tgtEnd }
}
