// The editor's bead operations as pure functions: given the alignment's beads (in order,
// tiling both documents) and an operation, return which beads to replace and with what.
// No Prisma, no React: the data-access verbs in lib/beads/ call these, and they are
// unit-tested alone (bead-edits.test.ts).
//
// A stretch of beads is handled as a sequence of paragraph counts per side; ranges are
// recomputed from the counts, so every result tiles the documents by construction. Beads
// made or changed by an edit are MANUAL, with confidence 1 and no reasons; one-sided beads
// always hold a single paragraph (a one-sided run is split into singles).

export type Side = 'source' | 'target'

export type EditableBead = {
  srcStart: number
  srcEnd: number
  tgtStart: number
  tgtEnd: number
  origin: 'AUTO' | 'MANUAL'
  confidence: number
  reasons: unknown[]
  isConfirmed: boolean
  reviewStatus: 'UNREVIEWED' | 'APPROVED' | 'NEEDS_WORK' | 'REJECTED'
}

/** Replace beads[from, to) with `beads`. */
export type EditPlan = { from: number; to: number; beads: EditableBead[] }

export class EditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EditError'
  }
}

export type Counts = { src: number; tgt: number; keep?: EditableBead }

export const count = (bead: EditableBead, side: Side) => (side === 'source' ? bead.srcEnd - bead.srcStart : bead.tgtEnd - bead.tgtStart)
const other = (side: Side): Side => (side === 'source' ? 'target' : 'source')

function manual(): Omit<EditableBead, 'srcStart' | 'srcEnd' | 'tgtStart' | 'tgtEnd'> {
  return { origin: 'MANUAL', confidence: 1, reasons: [], isConfirmed: false, reviewStatus: 'UNREVIEWED' }
}

/**
 * Turns counts into beads starting at (srcStart, tgtStart). A count entry carrying `keep`
 * with unchanged counts keeps that bead's attributes; empty entries vanish; one-sided
 * entries with several paragraphs become one bead per paragraph.
 */
export function materialise(entries: Counts[], srcStart: number, tgtStart: number): EditableBead[] {
  const beads: EditableBead[] = []
  let src = srcStart
  let tgt = tgtStart
  const push = (s: number, t: number, keep?: EditableBead) => {
    const attributes = keep && count(keep, 'source') === s && count(keep, 'target') === t ? keep : manual()
    beads.push({ ...attributes, srcStart: src, srcEnd: src + s, tgtStart: tgt, tgtEnd: tgt + t })
    src += s
    tgt += t
  }
  for (const { src: s, tgt: t, keep } of entries) {
    if (s === 0 && t === 0) continue
    if (s > 0 && t > 0) push(s, t, keep)
    else if (s === 1 || t === 1) push(s, t, keep)
    else for (let k = 0; k < s + t; k++) push(s > 0 ? 1 : 0, t > 0 ? 1 : 0)
  }
  return beads
}

function requireIndex(beads: EditableBead[], index: number, what = 'bead') {
  if (!Number.isInteger(index) || index < 0 || index >= beads.length) throw new EditError(`There is no ${what} ${index + 1}.`)
}

function plan(beads: EditableBead[], from: number, to: number, entries: Counts[]): EditPlan {
  const first = beads[from]!
  return { from, to, beads: materialise(entries, first.srcStart, first.tgtStart) }
}

export const keep = (bead: EditableBead): Counts => ({ src: count(bead, 'source'), tgt: count(bead, 'target'), keep: bead })

/** Merge bead `index` with the next one. */
export function mergeWithNext(beads: EditableBead[], index: number): EditPlan {
  requireIndex(beads, index)
  if (index === beads.length - 1) throw new EditError('The last bead has no next bead to merge with.')
  const [a, b] = [beads[index]!, beads[index + 1]!]
  return plan(beads, index, index + 2, [{ src: count(a, 'source') + count(b, 'source'), tgt: count(a, 'target') + count(b, 'target') }])
}

/**
 * Split bead `index` before source paragraph `srcAt` and target paragraph `tgtAt` (absolute
 * positions; `srcAt === srcEnd` puts every source paragraph in the first part).
 */
export function splitBead(beads: EditableBead[], index: number, { srcAt, tgtAt }: { srcAt: number; tgtAt: number }): EditPlan {
  requireIndex(beads, index)
  const bead = beads[index]!
  if (srcAt < bead.srcStart || srcAt > bead.srcEnd || tgtAt < bead.tgtStart || tgtAt > bead.tgtEnd) {
    throw new EditError('The split point lies outside the bead.')
  }
  const first = { src: srcAt - bead.srcStart, tgt: tgtAt - bead.tgtStart }
  const second = { src: bead.srcEnd - srcAt, tgt: bead.tgtEnd - tgtAt }
  if ((first.src === 0 && first.tgt === 0) || (second.src === 0 && second.tgt === 0)) {
    throw new EditError('Both parts of a split need at least one paragraph.')
  }
  return plan(beads, index, index + 1, [first, second])
}

/**
 * Move the first (to the previous bead) or last (to the next bead) paragraph of one side of
 * bead `index`. A bead left empty disappears.
 */
export function shiftParagraph(beads: EditableBead[], index: number, side: Side, edge: 'first' | 'last'): EditPlan {
  requireIndex(beads, index)
  const bead = beads[index]!
  if (count(bead, side) === 0) throw new EditError(`This bead has no ${side === 'source' ? 'original' : 'translation'} paragraph to move.`)
  const neighbour = edge === 'first' ? index - 1 : index + 1
  if (neighbour < 0 || neighbour >= beads.length) {
    throw new EditError(edge === 'first' ? 'The first bead has no previous bead.' : 'The last bead has no next bead.')
  }
  const key = side === 'source' ? 'src' : 'tgt'
  const moved: Counts = { ...keep(bead), keep: undefined, [key]: count(bead, side) - 1 }
  const target: Counts = { ...keep(beads[neighbour]!), keep: undefined, [key]: count(beads[neighbour]!, side) + 1 }
  return edge === 'first' ? plan(beads, neighbour, index + 1, [target, moved]) : plan(beads, index, neighbour + 1, [moved, target])
}

/** The bead holding paragraph `position` of `side` (one-sided beads sit at their start). */
export function beadIndexOf(beads: EditableBead[], side: Side, position: number): number {
  let low = 0
  let high = beads.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const bead = beads[mid]!
    const [start, end] = side === 'source' ? [bead.srcStart, bead.srcEnd] : [bead.tgtStart, bead.tgtEnd]
    if (position < start) high = mid - 1
    else if (position >= end) low = mid + 1
    else if (start === end) low = mid + 1
    else return mid
  }
  // Empty ranges confuse bisection when many one-sided beads share a start: fall back.
  const index = beads.findIndex((b) => (side === 'source' ? b.srcStart <= position && position < b.srcEnd : b.tgtStart <= position && position < b.tgtEnd))
  if (index < 0) throw new EditError(`There is no ${side === 'source' ? 'original' : 'translation'} paragraph ${position + 1}.`)
  return index
}

/**
 * Make paragraph `position` of `side` unaligned (a 1-0 or 0-1 bead of its own). Paragraphs
 * of that side after it in the same bead lose their counterpart too.
 */
export function detachParagraph(beads: EditableBead[], side: Side, position: number): EditPlan {
  const index = beadIndexOf(beads, side, position)
  const bead = beads[index]!
  const key = side === 'source' ? 'src' : 'tgt'
  const otherKey = side === 'source' ? 'tgt' : 'src'
  const start = side === 'source' ? bead.srcStart : bead.tgtStart
  const end = side === 'source' ? bead.srcEnd : bead.tgtEnd
  if (count(bead, other(side)) === 0) throw new EditError('This paragraph is already unaligned.')
  const before = position - start
  const after = end - position - 1
  const single = (n: number): Counts => ({ src: 0, tgt: 0, [key]: n })
  const entries: Counts[] =
    before === 0
      ? [single(1), { src: 0, tgt: 0, [key]: after, [otherKey]: count(bead, other(side)) } as Counts]
      : [{ src: 0, tgt: 0, [key]: before, [otherKey]: count(bead, other(side)) } as Counts, single(1), single(after)]
  return plan(beads, index, index + 1, entries)
}

/**
 * Pair source paragraph `srcPosition` with target paragraph `tgtPosition`, both unaligned.
 * Every bead between them must be unaligned too (otherwise the pair would cross them);
 * the unaligned paragraphs around the new pair keep their order.
 */
export function pairParagraphs(beads: EditableBead[], srcPosition: number, tgtPosition: number): EditPlan {
  const i = beadIndexOf(beads, 'source', srcPosition)
  const j = beadIndexOf(beads, 'target', tgtPosition)
  const [from, to] = [Math.min(i, j), Math.max(i, j) + 1]
  for (let k = from; k < to; k++) {
    const bead = beads[k]!
    if (count(bead, 'source') > 0 && count(bead, 'target') > 0) {
      throw new EditError('Only unaligned paragraphs with nothing aligned between them can be paired.')
    }
  }
  const region = beads.slice(from, to)
  const srcBefore = srcPosition - region[0]!.srcStart
  const tgtBefore = tgtPosition - region[0]!.tgtStart
  const srcTotal = region.reduce((n, b) => n + count(b, 'source'), 0)
  const tgtTotal = region.reduce((n, b) => n + count(b, 'target'), 0)
  return plan(beads, from, to, [
    { src: srcBefore, tgt: 0 },
    { src: 0, tgt: tgtBefore },
    { src: 1, tgt: 1 },
    { src: srcTotal - srcBefore - 1, tgt: 0 },
    { src: 0, tgt: tgtTotal - tgtBefore - 1 },
  ])
}

/**
 * Move paragraph `position` of `side` into bead `targetIndex`. Possible when the paragraph is
 * at the edge of its bead facing the target and no bead between has paragraphs on that side
 * (otherwise the order of the text would change).
 */
export function moveParagraph(beads: EditableBead[], side: Side, position: number, targetIndex: number): EditPlan {
  const index = beadIndexOf(beads, side, position)
  requireIndex(beads, targetIndex)
  if (targetIndex === index) throw new EditError('The paragraph is already in that bead.')
  const bead = beads[index]!
  const [start, end] = side === 'source' ? [bead.srcStart, bead.srcEnd] : [bead.tgtStart, bead.tgtEnd]
  const forward = targetIndex > index
  if ((forward && position !== end - 1) || (!forward && position !== start)) {
    throw new EditError(`Only the ${forward ? 'last' : 'first'} paragraph of a bead can move ${forward ? 'down' : 'up'}.`)
  }
  const [from, to] = forward ? [index, targetIndex + 1] : [targetIndex, index + 1]
  for (let k = from + 1; k < to - 1; k++) {
    if (count(beads[k]!, side) > 0) throw new EditError('Paragraphs of the same text lie between: moving it there would change the order of the text.')
  }
  const key = side === 'source' ? 'src' : 'tgt'
  const entries: Counts[] = beads.slice(from, to).map((b, k) => {
    const absolute = from + k
    if (absolute === index) return { ...keep(b), keep: undefined, [key]: count(b, side) - 1 }
    if (absolute === targetIndex) return { ...keep(b), keep: undefined, [key]: count(b, side) + 1 }
    return keep(b)
  })
  return plan(beads, from, to, entries)
}

/** Beads [from, to) unchanged except confirmation: for confirm, unconfirm, confirm-through. */
export function setConfirmed(beads: EditableBead[], from: number, to: number, isConfirmed: boolean): EditPlan {
  requireIndex(beads, from)
  requireIndex(beads, to - 1)
  return { from, to, beads: beads.slice(from, to).map((b) => ({ ...b, isConfirmed })) }
}

/**
 * Shrinks a plan to the beads that really change (same ranges and attributes at both ends
 * are left alone), so events store and clients receive only the difference.
 */
export function trimPlan(beads: EditableBead[], { from, to, beads: replacement }: EditPlan): EditPlan {
  const same = (a: EditableBead, b: EditableBead) =>
    a.srcStart === b.srcStart &&
    a.srcEnd === b.srcEnd &&
    a.tgtStart === b.tgtStart &&
    a.tgtEnd === b.tgtEnd &&
    a.origin === b.origin &&
    a.confidence === b.confidence &&
    a.isConfirmed === b.isConfirmed &&
    a.reviewStatus === b.reviewStatus &&
    JSON.stringify(a.reasons) === JSON.stringify(b.reasons)
  let head = 0
  while (head < replacement.length && from + head < to && same(beads[from + head]!, replacement[head]!)) head++
  let tail = 0
  while (tail < replacement.length - head && to - tail - 1 >= from + head && same(beads[to - tail - 1]!, replacement[replacement.length - tail - 1]!)) tail++
  return { from: from + head, to: to - tail, beads: replacement.slice(head, replacement.length - tail) }
}

/** Checks that beads tile [0, sourceCount) and [0, targetCount) in order, none empty. */
export function assertTiling(beads: Pick<EditableBead, 'srcStart' | 'srcEnd' | 'tgtStart' | 'tgtEnd'>[], sourceCount: number, targetCount: number) {
  let src = 0
  let tgt = 0
  for (const [k, b] of beads.entries()) {
    if (b.srcStart !== src || b.tgtStart !== tgt) throw new EditError(`Bead ${k + 1} does not start where bead ${k} ends.`)
    if (b.srcEnd < b.srcStart || b.tgtEnd < b.tgtStart) throw new EditError(`Bead ${k + 1} has an inverted range.`)
    if (b.srcEnd === b.srcStart && b.tgtEnd === b.tgtStart) throw new EditError(`Bead ${k + 1} is empty.`)
    src = b.srcEnd
    tgt = b.tgtEnd
  }
  if (src !== sourceCount || tgt !== targetCount) throw new EditError('The beads do not cover both texts.')
}
