// Reading and rewriting an alignment's beads inside a transaction. Used by the editing
// verbs (lib/beads/*.ts) and by undo/redo; never called from app/ directly.
import type { Tx } from '../db'
import { assertTiling, type EditableBead } from '../editing/bead-edits'
import type { Prisma } from '../generated/prisma/client'
import type { BeadView, ViewReason } from '../alignments/get-alignment-view'

export type StoredBead = EditableBead & { id: number; reviewedById: string | null; reviewedAt: Date | null }

/** What an event keeps of a bead to restore it: everything but its id. */
export type BeadSnapshot = Omit<StoredBead, 'id' | 'reviewedAt'> & { reviewedAt: string | null }

export type Region = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }

/** A bead to write: a stored one, a snapshot from an event, or one planned by lib/editing. */
export type PlannedBead = EditableBead & { reviewedById?: string | null; reviewedAt?: Date | string | null }

const beadSelect = {
  id: true,
  srcStart: true,
  srcEnd: true,
  tgtStart: true,
  tgtEnd: true,
  origin: true,
  confidence: true,
  reasons: true,
  isConfirmed: true,
  reviewStatus: true,
  reviewedById: true,
  reviewedAt: true,
} as const

type BeadRow = [number, number, number, number, number, StoredBead['origin'], number, unknown[], boolean, StoredBead['reviewStatus'], string | null, string | null]

/**
 * The alignment's beads in order. Read as one JSON array built by the database: every edit and
 * every page load needs all of them, and for thousands of beads this is several times cheaper
 * than Prisma's row-by-row mapping (on PGlite most of all). Parameterised like every query.
 */
export async function loadBeads(tx: Tx, alignmentId: number): Promise<StoredBead[]> {
  const [row] = await tx.$queryRaw<{ beads: BeadRow[] }[]>`
    SELECT coalesce(json_agg(json_build_array(id, "srcStart", "srcEnd", "tgtStart", "tgtEnd", origin, confidence, reasons,
                                              "isConfirmed", "reviewStatus", "reviewedById", "reviewedAt")
                    ORDER BY "srcStart", "tgtStart"), '[]'::json) AS beads
    FROM "Bead" WHERE "alignmentId" = ${alignmentId}`
  return row!.beads.map(([id, srcStart, srcEnd, tgtStart, tgtEnd, origin, confidence, reasons, isConfirmed, reviewStatus, reviewedById, reviewedAt]) => ({
    id,
    srcStart,
    srcEnd,
    tgtStart,
    tgtEnd,
    origin,
    confidence,
    reasons,
    isConfirmed,
    reviewStatus,
    reviewedById,
    // A timestamp without time zone, which Prisma reads as UTC.
    reviewedAt: reviewedAt === null ? null : new Date(`${reviewedAt}Z`),
  }))
}

export function snapshot(bead: PlannedBead): BeadSnapshot {
  return {
    srcStart: bead.srcStart,
    srcEnd: bead.srcEnd,
    tgtStart: bead.tgtStart,
    tgtEnd: bead.tgtEnd,
    origin: bead.origin,
    confidence: bead.confidence,
    reasons: bead.reasons,
    isConfirmed: bead.isConfirmed,
    reviewStatus: bead.reviewStatus,
    reviewedById: bead.reviewedById ?? null,
    reviewedAt: bead.reviewedAt ? new Date(bead.reviewedAt).toISOString() : null,
  }
}

export function toBeadView(bead: StoredBead): BeadView {
  const { reviewedById: _by, reviewedAt: _at, ...view } = bead
  return { ...view, reasons: bead.reasons as ViewReason[] }
}

/** The paragraphs covered by beads[from, to) (for an empty stretch, the point where it sits). */
export function regionOf(beads: Pick<EditableBead, 'srcStart' | 'srcEnd' | 'tgtStart' | 'tgtEnd'>[], from: number, to: number): Region {
  if (from < to) return { srcStart: beads[from]!.srcStart, srcEnd: beads[to - 1]!.srcEnd, tgtStart: beads[from]!.tgtStart, tgtEnd: beads[to - 1]!.tgtEnd }
  const next = beads[from]
  const previous = beads[from - 1]
  const srcAt = next?.srcStart ?? previous?.srcEnd ?? 0
  const tgtAt = next?.tgtStart ?? previous?.tgtEnd ?? 0
  return { srcStart: srcAt, srcEnd: srcAt, tgtStart: tgtAt, tgtEnd: tgtAt }
}

/** Index range of the beads lying inside `region` (beads tile, so containment is exact). */
export function indexesIn(beads: Region[], region: Region): { from: number; to: number } {
  const inside = (b: Region) => b.srcStart >= region.srcStart && b.tgtStart >= region.tgtStart && b.srcEnd <= region.srcEnd && b.tgtEnd <= region.tgtEnd
  let from = beads.findIndex(inside)
  if (from < 0) from = beads.filter((b) => b.srcEnd <= region.srcStart && b.tgtEnd <= region.tgtStart).length
  let to = from
  while (to < beads.length && inside(beads[to]!)) to++
  return { from, to }
}

const sameRanges = (a: Region, b: Region) => a.srcStart === b.srcStart && a.srcEnd === b.srcEnd && a.tgtStart === b.tgtStart && a.tgtEnd === b.tgtEnd

function dataOf(alignmentId: number, bead: PlannedBead): Prisma.BeadCreateManyInput {
  return {
    alignmentId,
    srcStart: bead.srcStart,
    srcEnd: bead.srcEnd,
    tgtStart: bead.tgtStart,
    tgtEnd: bead.tgtEnd,
    origin: bead.origin,
    confidence: bead.confidence,
    reasons: bead.reasons as Prisma.InputJsonValue,
    isConfirmed: bead.isConfirmed,
    reviewStatus: bead.reviewStatus,
    reviewedById: bead.reviewedById ?? null,
    reviewedAt: bead.reviewedAt ? new Date(bead.reviewedAt) : null,
  }
}

/**
 * Replaces beads[plan.from, plan.to) with plan.beads in the database and returns the new
 * bead list. When only attributes change (same ranges), rows are updated in place; otherwise
 * the new rows are inserted, every comment thread on the old rows moves to the new bead that
 * holds its anchor paragraph, and the old rows are deleted.
 */
export async function applyPlan(
  tx: Tx,
  alignmentId: number,
  beads: StoredBead[],
  plan: { from: number; to: number; beads: PlannedBead[] },
  counts: { source: number; target: number },
): Promise<StoredBead[]> {
  const old = beads.slice(plan.from, plan.to)
  const inPlace = old.length === plan.beads.length && old.every((bead, k) => sameRanges(bead, plan.beads[k]!))
  let created: StoredBead[]
  if (inPlace) {
    created = []
    for (const [k, bead] of old.entries()) {
      const data = dataOf(alignmentId, plan.beads[k]!)
      await tx.bead.update({ where: { id: bead.id }, data: { origin: data.origin, confidence: data.confidence, reasons: data.reasons, isConfirmed: data.isConfirmed, reviewStatus: data.reviewStatus, reviewedById: data.reviewedById, reviewedAt: data.reviewedAt } })
      created.push({ ...plan.beads[k]!, id: bead.id, reviewedById: data.reviewedById ?? null, reviewedAt: (data.reviewedAt as Date | null) ?? null })
    }
  } else {
    const rows = await tx.bead.createManyAndReturn({ data: plan.beads.map((bead) => dataOf(alignmentId, bead)), select: beadSelect })
    created = rows.map((row) => ({ ...row, reasons: row.reasons as unknown[] }))
    await moveThreads(tx, old, created)
    if (old.length) await tx.bead.deleteMany({ where: { id: { in: old.map((b) => b.id) } } })
  }
  const result = [...beads.slice(0, plan.from), ...created, ...beads.slice(plan.to)]
  // A bug here would corrupt an alignment for good: refuse to commit a broken tiling.
  assertTiling(result, counts.source, counts.target)
  return result
}

async function moveThreads(tx: Tx, old: StoredBead[], created: StoredBead[]) {
  if (!old.length) return
  const comments = await tx.comment.findMany({
    where: { beadId: { in: old.map((b) => b.id) } },
    select: { id: true, anchorSide: true, anchorParagraph: { select: { position: true } } },
  })
  const moves = new Map<number, number[]>()
  for (const comment of comments) {
    const position = comment.anchorParagraph.position
    const home =
      created.find((b) => (comment.anchorSide === 'SOURCE' ? b.srcStart <= position && position < b.srcEnd : b.tgtStart <= position && position < b.tgtEnd)) ??
      created[0]!
    moves.set(home.id, [...(moves.get(home.id) ?? []), comment.id])
  }
  for (const [beadId, ids] of moves) await tx.comment.updateMany({ where: { id: { in: ids } }, data: { beadId } })
}

