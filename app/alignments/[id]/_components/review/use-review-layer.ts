'use client'
// The review marks and findings the editor draws over its rows, and when to read them again:
// after every version (an edit moves spans, replaces beads, changes texts) and whenever the
// edit-state poll reports a newer review stamp (someone commented, annotated, set a status or
// dismissed a finding). Reads come a moment after the trigger, so a burst costs one read.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { StreamError } from '@/app/_components/read-ndjson'
import type { AlignmentView } from '@/lib/alignments/get-alignment-view'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { CheckProgress } from '@/lib/checks'
import { layReview } from '@/lib/editing/review-layer'
import type { FindingView } from '@/lib/findings/compute-findings'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import { qualityScore } from '@/lib/quality/quality-score'
import { countWords } from '@/lib/quality/word-count'
import type { ReviewMarks } from '@/lib/reviews/get-review-marks'
import { reviewApi, type AllFindings } from '../../review/_components/review-api'

const SETTLE_MS = 250

export function useReviewLayer({
  view,
  stamp,
  applyReviewStatuses,
}: {
  view: AlignmentView
  /** The review stamp the edit-state poll saw last (null before the first poll). */
  stamp: number | null
  applyReviewStatuses: (statuses: Readonly<Record<number, ReviewStatus>>, options: { complete: boolean }) => void
}) {
  const api = useMemo(() => reviewApi(view.id), [view.id])
  const [marks, setMarks] = useState<ReviewMarks | null>(null)
  const [findings, setFindings] = useState<AllFindings | null>(null)
  const [progress, setProgress] = useState<CheckProgress | null>(null)
  const [error, setError] = useState<StreamError | null>(null)
  const version = useRef(view.version)
  // A status change made here since a read started: that read's statuses are older, not applied.
  const statusEpoch = useRef(0)
  const tickets = useRef({ marks: 0, findings: 0 })
  const loadedStamp = useRef<number | null>(null)

  useEffect(() => {
    version.current = view.version
  }, [view.version])

  const loadMarks = useCallback(async () => {
    const ticket = ++tickets.current.marks
    const epoch = statusEpoch.current
    try {
      const fresh = await api.marks()
      if (ticket !== tickets.current.marks) return
      loadedStamp.current = fresh.stamp
      setMarks(fresh)
      setError(null)
      if (epoch === statusEpoch.current && fresh.version === version.current) applyReviewStatuses(fresh.statuses, { complete: true })
    } catch (caught) {
      if (ticket === tickets.current.marks) setError(caught as StreamError)
    }
  }, [api, applyReviewStatuses])

  const loadFindings = useCallback(async () => {
    const ticket = ++tickets.current.findings
    try {
      const fresh = await api.allFindings((step) => {
        if (ticket === tickets.current.findings) setProgress(step)
      })
      if (ticket !== tickets.current.findings) return
      setFindings(fresh)
      setProgress(null)
    } catch (caught) {
      if (ticket === tickets.current.findings) {
        setProgress(null)
        setError(caught as StreamError)
      }
    }
  }, [api])

  /** Reads both again now (after this user's own review change). */
  const refresh = useCallback(() => {
    void loadMarks()
    void loadFindings()
  }, [loadMarks, loadFindings])

  useEffect(() => {
    const timer = window.setTimeout(refresh, SETTLE_MS)
    return () => window.clearTimeout(timer)
  }, [view.version, refresh])

  useEffect(() => {
    if (stamp === null || loadedStamp.current === null || stamp <= loadedStamp.current) return
    const timer = window.setTimeout(refresh, SETTLE_MS)
    return () => window.clearTimeout(timer)
  }, [stamp, refresh])

  /** Statuses a change of this user's answered with: shown at once, newer than any read under way. */
  const noteStatuses = useCallback(
    (beads: { id: number; reviewStatus: ReviewStatus }[]) => {
      statusEpoch.current++
      applyReviewStatuses(Object.fromEntries(beads.map((bead) => [bead.id, bead.reviewStatus])), { complete: false })
    },
    [applyReviewStatuses],
  )

  /** Findings dismissed or restored here: shown at once, the next read confirms. */
  const noteDismissals = useCallback((fingerprints: string[], isDismissed: boolean) => {
    const changed = new Set(fingerprints)
    setFindings((current) => current && { ...current, findings: current.findings.map((finding) => (changed.has(finding.fingerprint) ? { ...finding, isDismissed } : finding)) })
  }, [])

  const annotations = marks?.annotations ?? NO_ANNOTATIONS
  const layer = useMemo(
    () =>
      layReview<AnnotationView>({
        beads: view.beads,
        paragraphIds: { source: view.source.paragraphIds, target: view.target.paragraphIds },
        texts: { source: view.source.paragraphs, target: view.target.paragraphs },
        annotations,
        threads: marks?.threads ?? [],
        findings: findings?.findings ?? NO_FINDINGS,
      }),
    [view.beads, view.source.paragraphIds, view.target.paragraphIds, view.source.paragraphs, view.target.paragraphs, annotations, marks?.threads, findings],
  )

  const findingsByBead = useMemo(() => {
    const byBead = new Map<number, FindingView[]>()
    for (const finding of findings?.findings ?? []) byBead.set(finding.beadId, [...(byBead.get(finding.beadId) ?? []), finding])
    return byBead
  }, [findings])

  // The MQM score as the summary page computes it, from the texts this editor holds.
  const isLoaded = view.source.textsLoaded === view.source.paragraphs.length
  const sourceWords = useMemo(() => (isLoaded ? countWords(view.source.paragraphs, view.source.language) : null), [isLoaded, view.source.paragraphs, view.source.language])
  const score = useMemo(() => (marks && sourceWords !== null ? qualityScore({ annotations, weights: marks.weights, sourceWords }) : null), [marks, annotations, sourceWords])

  return { marks, findings, progress, error, layer, findingsByBead, score, refresh, noteStatuses, noteDismissals, api }
}

const NO_ANNOTATIONS: AnnotationView[] = []
const NO_FINDINGS: FindingView[] = []

export type ReviewLayerState = ReturnType<typeof useReviewLayer>
