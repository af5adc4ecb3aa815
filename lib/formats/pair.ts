// The eval pair format (../shared/eval/README.md) as export input: the command line exports
// a pair it has just aligned, and the tests export pairs with their gold alignment.
import { z } from 'zod'
import { AppError } from '../errors'
import type { ExportInput } from './types'

const indices = z.array(z.number().int().nonnegative())

export const pairSchema = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  source_lang: z.string().min(1),
  target_lang: z.string().min(1),
  source: z.array(z.string()),
  target: z.array(z.string()),
  gold: z.array(z.tuple([indices, indices])).optional(),
})

export type EvalPair = z.infer<typeof pairSchema>

/** A bead as the aligner returns it: paragraph ranges [start, end), 0-based. */
export type BeadRange = { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number; confidence?: number }

/** The gold beads ([[src indices], [tgt indices]]) as ranges; a 0-sided bead sits where the other side's cursor is. */
export function goldBeads(gold: NonNullable<EvalPair['gold']>): BeadRange[] {
  let src = 0
  let tgt = 0
  return gold.map(([sourceIndices, targetIndices]) => {
    const bead = {
      srcStart: sourceIndices[0] ?? src,
      srcEnd: sourceIndices.length ? sourceIndices[sourceIndices.length - 1] + 1 : src,
      tgtStart: targetIndices[0] ?? tgt,
      tgtEnd: targetIndices.length ? targetIndices[targetIndices.length - 1] + 1 : tgt,
    }
    src = bead.srcEnd
    tgt = bead.tgtEnd
    return bead
  })
}

/**
 * A pair and its beads as an unreviewed automatic alignment. Refuses beads that do not tile
 * both documents in order (a bead model invariant every export relies on).
 */
export function pairToExportInput(
  pair: EvalPair,
  beads: BeadRange[],
  meta: { id: string; createdAt: Date; toolVersion: string },
): ExportInput {
  requireTiling(beads, pair.source.length, pair.target.length)
  return {
    id: meta.id,
    title: pair.title ?? pair.id ?? meta.id,
    sourceLang: pair.source_lang,
    targetLang: pair.target_lang,
    createdAt: meta.createdAt,
    toolVersion: meta.toolVersion,
    beads: beads.map((bead, i) => ({
      id: `${meta.id}-${i + 1}`,
      index: i + 1,
      source: pair.source.slice(bead.srcStart, bead.srcEnd).map((text, k) => ({ number: bead.srcStart + k + 1, text })),
      target: pair.target.slice(bead.tgtStart, bead.tgtEnd).map((text, k) => ({ number: bead.tgtStart + k + 1, text })),
      confidence: bead.confidence ?? 1,
      origin: 'AUTO',
      isConfirmed: false,
      reviewStatus: 'UNREVIEWED',
      comments: [],
      annotations: [],
    })),
  }
}

function requireTiling(beads: BeadRange[], sourceLength: number, targetLength: number): void {
  let src = 0
  let tgt = 0
  for (const [i, bead] of beads.entries()) {
    const fits = bead.srcStart === src && bead.tgtStart === tgt && bead.srcEnd >= src && bead.tgtEnd >= tgt
    if (!fits || (bead.srcEnd === src && bead.tgtEnd === tgt)) {
      throw new AppError('INVALID_INPUT', `Bead ${i + 1} does not continue where bead ${i} ended, or is empty: beads must cover both documents in order.`)
    }
    src = bead.srcEnd
    tgt = bead.tgtEnd
  }
  if (src !== sourceLength || tgt !== targetLength) {
    throw new AppError('INVALID_INPUT', `The beads cover ${src} of ${sourceLength} source and ${tgt} of ${targetLength} target paragraphs; they must cover all.`)
  }
}
