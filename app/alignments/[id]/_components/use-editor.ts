'use client'
// The editor's copy of the alignment and its conversation with the server: every operation
// is sent with the version the user saw; the answer (a patch) updates the copy; a refusal
// because someone else changed the alignment reloads it and says so. Operations run one
// after the other; confirmations may queue up (they never change which beads exist), other
// operations wait for the previous one to be saved.
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditOperation } from '@/app/api/alignments/[id]/edits/route'
import type { AlignmentView } from '@/lib/alignments/get-alignment-view'
import type { BeadPatch } from '@/lib/beads/edit-beads'
import type { EditState } from '@/lib/beads/get-edit-state'
import { applyPatch } from '@/lib/editing/apply-patch'
import type { ErrorBody } from '@/lib/errors'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import { readNdjson, type StreamError } from '../../../_components/read-ndjson'
import { useErrorMessage } from '../../../_components/use-error-message'

export type Status = { tone: 'info' | 'error' | 'conflict'; text: string; id: number }

/** How often an open editor asks whether someone else changed the alignment. */
const POLL_MS = 5_000

type SendOptions = { canQueue?: boolean }

async function errorOf(response: Response): Promise<StreamError> {
  const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null
  return body?.error ?? { code: 'NETWORK', message: `HTTP ${response.status}` }
}

export function useEditor(initial: AlignmentView, { userId, isHeld }: { userId: string; isHeld: () => boolean }) {
  const t = useTranslations('editor')
  const errorMessage = useErrorMessage()
  const [view, setViewState] = useState(initial)
  const viewRef = useRef(initial)
  const [status, setStatusState] = useState<Status | null>(null)
  const [busyLabel, setBusyLabel] = useState<string | null>(null)
  const [pendingConfirms, setPendingConfirms] = useState<ReadonlyMap<number, boolean>>(new Map())
  const inFlight = useRef(0)
  // Operations that change which beads exist: another one waits until they are saved.
  const reshaping = useRef(0)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const statusId = useRef(0)

  const setView = useCallback((update: (current: AlignmentView) => AlignmentView) => {
    viewRef.current = update(viewRef.current)
    setViewState(viewRef.current)
  }, [])

  const say = useCallback((tone: Status['tone'], text: string) => setStatusState({ tone, text, id: ++statusId.current }), [])
  const clearStatus = useCallback(() => setStatusState(null), [])

  const url = `/api/alignments/${initial.id}`

  /** Replaces the copy with the alignment as it is now; null if that failed too. */
  const reload = useCallback(async (): Promise<AlignmentView | null> => {
    try {
      const response = await fetch(`${url}/view`, { cache: 'no-store' })
      if (!response.ok) throw await errorOf(response)
      const fresh = (await response.json()) as AlignmentView
      setView(() => fresh)
      setPendingConfirms(new Map())
      return fresh
    } catch (error) {
      say('error', errorMessage(error as StreamError))
      return null
    }
  }, [url, setView, say, errorMessage])

  const byWhom = useCallback(
    (fresh: AlignmentView | EditState | null) => {
      const step = fresh?.undo
      return step && step.userId !== userId && step.userName ? step.userName : null
    },
    [userId],
  )

  const handleError = useCallback(
    async (error: StreamError) => {
      if (error.code === 'CONFLICT' && 'details' in error && error.details && 'currentVersion' in error.details) {
        const fresh = await reload()
        const who = byWhom(fresh)
        say('conflict', who ? t('conflictBy', { name: who }) : t('conflict'))
        return
      }
      if (error.code === 'CONFLICT') {
        await reload()
        say('conflict', `${t('conflictShort')} ${error.message}`)
        return
      }
      say('error', errorMessage(error))
    },
    [reload, byWhom, say, t, errorMessage],
  )

  /** Marks an operation as running until `work` settles; a failure is reported, never thrown. */
  const begin = useCallback(
    (label: string) => {
      inFlight.current++
      setBusyLabel(label)
      return async <T,>(work: () => Promise<T>): Promise<T | null> => {
        try {
          return await work()
        } catch (error) {
          await handleError(error instanceof TypeError ? { code: 'NETWORK', message: error.message } : (error as StreamError))
          return null
        } finally {
          inFlight.current--
          if (inFlight.current === 0) setBusyLabel(null)
        }
      }
    },
    [handleError],
  )

  /**
   * Sends one operation with the version the copy has when its turn comes. Resolves with the
   * patch once applied, or null when it was refused (the reason is in `status`).
   */
  const send = useCallback(
    (operation: EditOperation, input: Record<string, unknown>, label: string, { canQueue = false }: SendOptions = {}): Promise<BeadPatch | null> => {
      // Confirmations never change which beads exist, so anything may queue behind them; an
      // operation that does waits for the previous such one (its targets were chosen on screen).
      if (!canQueue && reshaping.current > 0) {
        say('info', t('stillSaving'))
        return Promise.resolve(null)
      }
      if (!canQueue) reshaping.current++
      const settle = begin(label)
      const result = queue.current.then(() =>
        settle(async () => {
          const response = await fetch(`${url}/edits`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ operation, ...input, expectedVersion: viewRef.current.version }),
          })
          if (!response.ok) throw await errorOf(response)
          const patch = (await response.json()) as BeadPatch
          setView((current) => applyPatch(current, patch))
          return patch
        }).finally(() => {
          if (!canQueue) reshaping.current--
        }),
      )
      queue.current = result
      return result
    },
    [url, say, t, setView, begin],
  )

  /** Confirms or unconfirms one bead at once on screen; the server's answer follows. */
  const setConfirmed = useCallback(
    async (beadId: number, isConfirmed: boolean, label: string) => {
      setPendingConfirms((current) => new Map(current).set(beadId, isConfirmed))
      const patch = await send('confirm-beads', { beadId, isConfirmed, scope: 'bead' }, label, { canQueue: true })
      setPendingConfirms((current) => {
        const next = new Map(current)
        next.delete(beadId)
        return next
      })
      return patch
    },
    [send],
  )

  const [realignProgress, setRealignProgress] = useState<{ done: number; total: number } | null>(null)

  /** Re-aligns everything not confirmed, with progress; resolves with the patch or null. */
  const realign = useCallback(
    async (keepManual: boolean): Promise<BeadPatch | null> => {
      if (inFlight.current > 0) {
        say('info', t('stillSaving'))
        return null
      }
      reshaping.current++
      setRealignProgress({ done: 0, total: 1 })
      const patch = await begin(t('commands.alignment.realign'))(async () => {
        const response = await fetch(`${url}/realign`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ expectedVersion: viewRef.current.version, keepManual }),
        })
        const done = await readNdjson<{ done: number; total: number }, BeadPatch & { type: 'done' }>(response, setRealignProgress)
        setView((current) => applyPatch(current, done))
        return done
      })
      reshaping.current--
      setRealignProgress(null)
      return patch
    },
    [url, say, t, setView, begin],
  )

  // The page brings the texts of the first beads only; the rest follows at once. An edit made
  // meanwhile is kept: a copy older than the one on screen is fetched again.
  const [isLoadingTexts, setLoadingTexts] = useState(initial.source.textsLoaded < initial.source.paragraphs.length || initial.target.textsLoaded < initial.target.paragraphs.length)
  useEffect(() => {
    if (!isLoadingTexts) return
    let isCancelled = false
    const load = async (attempt: number): Promise<void> => {
      try {
        const response = await fetch(`${url}/view`, { cache: 'no-store' })
        if (!response.ok) throw await errorOf(response)
        const full = (await response.json()) as AlignmentView
        if (isCancelled) return
        if (full.version < viewRef.current.version && attempt < 5) return load(attempt + 1)
        setView((current) => (full.version >= current.version ? full : current))
        setLoadingTexts(false)
      } catch (error) {
        if (!isCancelled) say('error', errorMessage(error instanceof TypeError ? { code: 'NETWORK', message: error.message } : (error as StreamError)))
      }
    }
    void load(0)
    return () => {
      isCancelled = true
    }
  }, [isLoadingTexts, url, setView, say, errorMessage])

  /**
   * Review statuses read elsewhere (the review marks, a status change's answer): `complete`
   * when they are every reviewed bead of the version on screen, so the others are unreviewed.
   */
  const applyReviewStatuses = useCallback(
    (statuses: Readonly<Record<number, ReviewStatus>>, { complete }: { complete: boolean }) => {
      setView((current) => {
        let isChanged = false
        const beads = current.beads.map((bead) => {
          const status = statuses[bead.id] ?? (complete ? 'UNREVIEWED' : bead.reviewStatus)
          if (status === bead.reviewStatus) return bead
          isChanged = true
          return { ...bead, reviewStatus: status }
        })
        return isChanged ? { ...current, beads } : current
      })
    },
    [setView],
  )

  // The latest event's id as the poll saw it: review changes move it, not the version.
  const [reviewStamp, setReviewStamp] = useState<number | null>(null)

  // Another editor's change shows up within a few seconds, unless this editor is in the middle
  // of something (a dialog, an unsaved text): then it waits, and the version check protects both.
  // Review changes (which leave the version alone) show up through the stamp, even then.
  useEffect(() => {
    const timer = window.setInterval(async () => {
      if (document.hidden || inFlight.current > 0 || viewRef.current.source.textsLoaded < viewRef.current.source.paragraphs.length) return
      try {
        const response = await fetch(`${url}/edits`, { cache: 'no-store' })
        if (!response.ok) return
        const state = (await response.json()) as EditState
        setReviewStamp(state.reviewStamp)
        if (state.version === viewRef.current.version || inFlight.current > 0 || isHeld()) return
        const fresh = await reload()
        const who = byWhom(state)
        if (fresh) say('info', who ? t('updatedBy', { name: who }) : t('updated'))
      } catch {
        // Offline for a moment: the next poll or the next edit will tell.
      }
    }, POLL_MS)
    return () => window.clearInterval(timer)
  }, [url, reload, byWhom, say, t, isHeld])

  return { view, viewRef, status, say, clearStatus, busyLabel, send, setConfirmed, pendingConfirms, realign, realignProgress, reload, isLoadingTexts, applyReviewStatuses, reviewStamp }
}
