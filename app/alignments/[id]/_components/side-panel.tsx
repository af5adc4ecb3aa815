'use client'
import clsx from 'clsx'
import { X } from 'lucide-react'
import { useFormatter, useNow, useTranslations } from 'next-intl'
import { Tabs } from 'radix-ui'
import { useEffect, useState, type ReactNode } from 'react'
import type { BeadView } from '@/lib/alignments/get-alignment-view'
import { beadType, confidenceBand } from '@/lib/alignments/bead-shape'
import type { Side } from '@/lib/editing/bead-edits'
import type { WordDiffPart } from '@/lib/editing/word-diff'
import type { StreamError } from '../../../_components/read-ndjson'
import { useErrorMessage } from '../../../_components/use-error-message'
import { BAND_TEXT } from './bead-row'
import { ReasonList } from './reason-list'

export type PanelId = 'details' | 'history' | (string & {})

/** A tab another feature adds to the panel (comments, findings): its id, label and content. */
export type ExtraPanel = { id: string; label: string; content: ReactNode; count?: number; countLabel?: string }

type Revision = { id: number; before: string; after: string; createdAt: string; author: string | null; diff: WordDiffPart[] }

export function SidePanel({
  tab,
  onTab,
  onClose,
  alignmentId,
  version,
  bead,
  beadNumber,
  isConfirmed,
  paragraph,
  extraPanels = [],
}: {
  tab: PanelId
  onTab: (tab: PanelId) => void
  onClose: () => void
  alignmentId: number
  version: number
  bead: BeadView | undefined
  beadNumber: number
  isConfirmed: boolean
  paragraph: { side: Side; position: number; language: string; dir: 'ltr' | 'rtl' } | null
  extraPanels?: ExtraPanel[]
}) {
  const t = useTranslations('editor.panel')
  const tabClass =
    'inline-flex items-center gap-1 whitespace-nowrap border-b-2 border-transparent px-1.5 py-1.5 text-xs font-medium text-muted hover:text-ink data-[state=active]:border-accent data-[state=active]:text-ink'
  return (
    <Tabs.Root value={tab} onValueChange={onTab} className="flex w-[23rem] shrink-0 flex-col border-l border-line bg-white" aria-label={t('title')} data-testid="side-panel">
      <div className="flex items-center border-b border-line pr-1">
        <Tabs.List className="flex min-w-0 flex-1 overflow-x-auto" aria-label={t('title')}>
          <Tabs.Trigger value="details" className={tabClass}>
            {t('details')}
          </Tabs.Trigger>
          <Tabs.Trigger value="history" className={tabClass}>
            {t('history')}
          </Tabs.Trigger>
          {extraPanels.map((panel) => (
            <Tabs.Trigger key={panel.id} value={panel.id} className={tabClass} data-testid={`tab-${panel.id}`}>
              {panel.label}
              {panel.count ? (
                <span className="rounded-full bg-[#eaeef2] px-1 text-[10px] leading-[15px] tabular-nums text-ink" aria-label={panel.countLabel} data-testid="tab-count">
                  {panel.count}
                </span>
              ) : null}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <button type="button" onClick={onClose} className="rounded p-1 text-muted hover:bg-panel hover:text-ink" aria-label={t('close')} title={t('close')}>
          <X size={14} aria-hidden />
        </button>
      </div>
      <Tabs.Content value="details" className="min-h-0 flex-1 overflow-auto p-3 text-sm focus:outline-none">
        {bead && <BeadDetails bead={bead} number={beadNumber} isConfirmed={isConfirmed} />}
      </Tabs.Content>
      <Tabs.Content value="history" className="min-h-0 flex-1 overflow-auto p-3 text-sm focus:outline-none">
        {tab === 'history' && <History alignmentId={alignmentId} version={version} paragraph={paragraph} />}
      </Tabs.Content>
      {extraPanels.map((panel) => (
        <Tabs.Content key={panel.id} value={panel.id} className="min-h-0 flex-1 overflow-auto p-3 text-sm focus:outline-none">
          {panel.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  )
}

function range(start: number, end: number) {
  return end - start === 1 ? `${start + 1}` : `${start + 1}–${end}`
}

function BeadDetails({ bead, number, isConfirmed }: { bead: BeadView; number: number; isConfirmed: boolean }) {
  const t = useTranslations('editor')
  const format = useFormatter()
  const band = confidenceBand(bead.confidence)
  const rows: [string, ReactNode][] = [
    [t('panel.type'), <span key="type" className="font-mono">{beadType(bead)}</span>],
    [t('original'), bead.srcStart === bead.srcEnd ? t('panel.none') : t('panel.paragraphs', { range: range(bead.srcStart, bead.srcEnd) })],
    [t('translation'), bead.tgtStart === bead.tgtEnd ? t('panel.none') : t('panel.paragraphs', { range: range(bead.tgtStart, bead.tgtEnd) })],
    [
      t('panel.confidence'),
      <span key="confidence" className={BAND_TEXT[band]}>
        {format.number(bead.confidence, { style: 'percent' })} · {t(`band.${band}`)}
      </span>,
    ],
    [t('panel.origin'), t(`origin.${bead.origin}`)],
    [t('panel.state'), isConfirmed ? t('confirmed') : t('unconfirmed')],
  ]
  return (
    <div className="space-y-3" data-testid="bead-details">
      <h2 className="font-semibold">{t('panel.beadTitle', { number })}</h2>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1 text-xs">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h3 className="mb-1 text-xs font-semibold text-muted">{t('panel.reasons')}</h3>
        <div className="text-xs">
          <ReasonList reasons={bead.reasons} isConfirmed={isConfirmed} />
        </div>
      </section>
    </div>
  )
}

function History({ alignmentId, version, paragraph }: { alignmentId: number; version: number; paragraph: { side: Side; position: number; language: string; dir: 'ltr' | 'rtl' } | null }) {
  const t = useTranslations('editor.panel')
  const format = useFormatter()
  const now = useNow({ updateInterval: 60_000 })
  const errorMessage = useErrorMessage()
  const [state, setState] = useState<{ key: string; revisions: Revision[] | null; error: string | null }>({ key: '', revisions: null, error: null })
  const key = paragraph ? `${paragraph.side}:${paragraph.position}:${version}` : ''

  useEffect(() => {
    if (!paragraph) return
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/alignments/${alignmentId}/revisions?side=${paragraph.side}&position=${paragraph.position}`, { signal: controller.signal, cache: 'no-store' })
        const body = await response.json()
        if (!response.ok) throw body.error
        setState({ key, revisions: body as Revision[], error: null })
      } catch (error) {
        if (!controller.signal.aborted) setState({ key, revisions: null, error: errorMessage(error as StreamError) })
      }
    }, 150)
    return () => {
      controller.abort()
      window.clearTimeout(timer)
    }
  }, [alignmentId, key, paragraph, errorMessage])

  if (!paragraph) return <p className="text-muted">{t('historyNoParagraph')}</p>
  const heading = t('historyOf', { side: paragraph.side, number: paragraph.position + 1 })
  const isLoading = state.key !== key
  return (
    <section aria-label={heading} data-testid="history">
      <h2 className="mb-2 font-semibold">{heading}</h2>
      {isLoading && <p className="text-muted">{t('loading')}</p>}
      {!isLoading && state.error && (
        <p role="alert" className="text-bad">
          {state.error}
        </p>
      )}
      {!isLoading && state.revisions?.length === 0 && <p className="text-muted">{t('noRevisions')}</p>}
      {!isLoading && state.revisions && state.revisions.length > 0 && (
        <ol className="space-y-3">
          {state.revisions.map((revision) => (
            <li key={revision.id} className="rounded border border-line" data-testid="revision">
              <div className="flex justify-between gap-2 border-b border-line bg-panel px-2 py-1 text-[11px] text-muted">
                <span>{revision.author ?? t('unknownAuthor')}</span>
                <time dateTime={revision.createdAt} title={format.dateTime(new Date(revision.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}>
                  {format.relativeTime(new Date(revision.createdAt), now)}
                </time>
              </div>
              <p className="paragraph-text px-2 py-1.5 !text-[13.5px]" lang={paragraph.language} dir={paragraph.dir}>
                {revision.diff.map((part, k) =>
                  part.kind === 'same' ? (
                    <span key={k}>{part.value}</span>
                  ) : part.kind === 'added' ? (
                    <ins key={k} className="rounded-sm bg-[#dafbe1] text-[#116329] no-underline" aria-label={t('inserted', { text: part.value })}>
                      {part.value}
                    </ins>
                  ) : (
                    <del key={k} className={clsx('rounded-sm bg-[#ffebe9] text-[#a40e26]')} aria-label={t('deleted', { text: part.value })}>
                      {part.value}
                    </del>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
