'use client'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { StreamError } from '@/app/_components/read-ndjson'
import type { CheckCode, CheckProgress } from '@/lib/checks'
import type { FindingView } from '@/lib/findings/compute-findings'
import type { BeadTextsView } from '@/lib/findings/find-bead-texts'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import { reviewApi, type FindingsOverview } from './review-api'

export type FindingGroup = { total: number; items: FindingView[] }

type State =
  | { phase: 'loading'; progress: CheckProgress | null }
  | { phase: 'error'; error: StreamError }
  | { phase: 'ready'; overview: FindingsOverview; refreshing: boolean }

export type FindingsContextValue = {
  state: State
  reload: () => Promise<void>
  /** After a dismissal or restore: new counts from the server; groups the user paged through keep their items. */
  refresh: (resetChecks?: CheckCode[]) => Promise<void>
  removeFindings: (fingerprints: string[]) => void
  appendPage: (check: CheckCode, items: FindingView[], beads: Record<number, BeadTextsView>) => void
  setBeadStatuses: (beads: { id: number; reviewStatus: ReviewStatus }[]) => void
}

const FindingsContext = createContext<FindingsContextValue | null>(null)

const FIRST_PAGE = 10

/** Loads the alignment's findings (with progress) once for everything on the page that shows them. */
export function FindingsProvider({ alignmentId, children }: { alignmentId: number; children: ReactNode }) {
  const [state, setState] = useState<State>({ phase: 'loading', progress: null })
  const api = useMemo(() => reviewApi(alignmentId), [alignmentId])
  const latest = useRef(0)

  const load = useCallback(
    async (onProgress?: (progress: CheckProgress) => void) => {
      const ticket = ++latest.current
      const overview = await api.findingsOverview(onProgress ?? (() => {}))
      return ticket === latest.current ? overview : null
    },
    [api],
  )

  const reload = useCallback(async () => {
    setState({ phase: 'loading', progress: null })
    try {
      const overview = await load((progress) => setState({ phase: 'loading', progress }))
      if (overview) setState({ phase: 'ready', overview, refreshing: false })
    } catch (error) {
      setState({ phase: 'error', error: error as StreamError })
    }
  }, [load])

  useEffect(() => {
    // Loading on mount is what this provider is for; the state it sets comes from the server.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload()
  }, [reload])

  const refresh = useCallback(
    async (resetChecks: CheckCode[] = []) => {
      setState((current) => (current.phase === 'ready' ? { ...current, refreshing: true } : current))
      try {
        const fresh = await load()
        if (!fresh) return
        setState((current) => {
          if (current.phase !== 'ready') return { phase: 'ready', overview: fresh, refreshing: false }
          const groups = { ...fresh.groups }
          for (const check of Object.keys(groups) as CheckCode[]) {
            const local = current.overview.groups[check]
            if (!resetChecks.includes(check) && local.items.length > FIRST_PAGE) groups[check] = { total: fresh.groups[check].total, items: local.items }
          }
          return { phase: 'ready', overview: { ...fresh, groups, beads: { ...current.overview.beads, ...fresh.beads } }, refreshing: false }
        })
      } catch (error) {
        setState({ phase: 'error', error: error as StreamError })
      }
    },
    [load],
  )

  const update = useCallback((change: (overview: FindingsOverview) => FindingsOverview) => {
    setState((current) => (current.phase === 'ready' ? { ...current, overview: change(current.overview) } : current))
  }, [])

  const value = useMemo<FindingsContextValue>(
    () => ({
      state,
      reload,
      refresh,
      removeFindings: (fingerprints) =>
        update((overview) => {
          const gone = new Set(fingerprints)
          const groups = Object.fromEntries(
            Object.entries(overview.groups).map(([check, group]) => {
              const items = group.items.filter((item) => !gone.has(item.fingerprint))
              return [check, { total: group.total - (group.items.length - items.length), items }]
            }),
          ) as FindingsOverview['groups']
          return { ...overview, groups }
        }),
      appendPage: (check, items, beads) =>
        update((overview) => {
          const known = new Set(overview.groups[check].items.map((item) => `${item.beadId}|${item.fingerprint}`))
          const fresh = items.filter((item) => !known.has(`${item.beadId}|${item.fingerprint}`))
          return { ...overview, beads: { ...overview.beads, ...beads }, groups: { ...overview.groups, [check]: { ...overview.groups[check], items: [...overview.groups[check].items, ...fresh] } } }
        }),
      setBeadStatuses: (changed) =>
        update((overview) => {
          const beads = { ...overview.beads }
          for (const bead of changed) if (beads[bead.id]) beads[bead.id] = { ...beads[bead.id]!, reviewStatus: bead.reviewStatus }
          return { ...overview, beads }
        }),
    }),
    [state, reload, refresh, update],
  )
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>
}

export function useFindings(): FindingsContextValue {
  const value = useContext(FindingsContext)
  if (!value) throw new Error('useFindings needs a FindingsProvider around it.')
  return value
}
