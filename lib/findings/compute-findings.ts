// Reading what the checks need in one short transaction, then running them outside it: on
// PGlite transactions run one at a time, and the checks of a long alignment take seconds.
//
// Two caches: per bead (lib/findings/finding-cache.ts: only edited beads are checked again),
// and per alignment version. Every change to an alignment's beads or texts increments its
// version (docs/decisions/002-data-model.md), so findings computed for a version stay right
// until it moves, and a page opened again needs no texts at all.
import type { Action } from '../access'
import { requireAlignmentAccess } from '../access'
import { checkAlignment, type AlignmentFinding, type CheckProgress } from '../checks'
import { db } from '../db'
import { findingCache } from './finding-cache'

export type FindingView = AlignmentFinding & { isDismissed: boolean }

export type AlignmentFindings = {
  alignmentId: number
  projectId: number
  version: number
  beads: number
  findings: FindingView[]
}

type VersionEntry = { version: number; beads: number; findings: AlignmentFinding[] }

const MAX_ALIGNMENTS = 50
const globalForCache = globalThis as unknown as { tandemFindingsByVersion?: Map<number, VersionEntry> }
const byVersion = (globalForCache.tandemFindingsByVersion ??= new Map())

function remember(alignmentId: number, entry: VersionEntry) {
  byVersion.delete(alignmentId)
  byVersion.set(alignmentId, entry)
  if (byVersion.size > MAX_ALIGNMENTS) byVersion.delete(byVersion.keys().next().value!)
}

/** Forgets the per-version findings (benchmarks measure the path that reads the texts). */
export function forgetFindingsByVersion(): void {
  byVersion.clear()
}

const documentSelect = { language: true, paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } as const

export async function computeFindings({ userId, alignmentId, action, onProgress }: { userId: string; alignmentId: number; action: Action; onProgress?: (progress: CheckProgress) => void }): Promise<AlignmentFindings> {
  const loaded = await db.$transaction(async (tx) => {
    const access = await requireAlignmentAccess(tx, { userId, alignmentId, action })
    const dismissals = await tx.findingDismissal.findMany({ where: { alignmentId }, select: { fingerprint: true } })
    const cached = byVersion.get(alignmentId)
    if (cached?.version === access.version) return { access, dismissals, cached, texts: null }
    const texts = await tx.alignment.findUniqueOrThrow({
      where: { id: alignmentId },
      select: {
        sourceDocument: { select: documentSelect },
        targetDocument: { select: documentSelect },
        beads: { orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { id: true, srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true } },
      },
    })
    return { access, dismissals, cached: null, texts }
  })
  const { access, dismissals, texts } = loaded
  let entry: VersionEntry | null = loaded.cached
  if (!entry) {
    const source = texts!.sourceDocument.paragraphs.map((p) => p.text)
    const target = texts!.targetDocument.paragraphs.map((p) => p.text)
    const beads = texts!.beads.map((bead) => ({ id: bead.id, source: source.slice(bead.srcStart, bead.srcEnd), target: target.slice(bead.tgtStart, bead.tgtEnd) }))
    const findings = await checkAlignment(beads, {
      sourceLang: texts!.sourceDocument.language,
      targetLang: texts!.targetDocument.language,
      cache: findingCache(),
      onProgress,
    })
    entry = { version: access.version, beads: beads.length, findings }
    remember(alignmentId, entry)
  } else {
    onProgress?.({ done: entry.beads, total: entry.beads })
  }
  const dismissed = new Set(dismissals.map((dismissal) => dismissal.fingerprint))
  return {
    alignmentId,
    projectId: access.projectId,
    version: entry.version,
    beads: entry.beads,
    findings: entry.findings.map((finding) => ({ ...finding, isDismissed: dismissed.has(finding.fingerprint) })),
  }
}
