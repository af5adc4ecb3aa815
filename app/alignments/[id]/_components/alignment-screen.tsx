'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import clsx from 'clsx'
import { useFormatter, useTranslations } from 'next-intl'
import { useRef } from 'react'
import type { AlignmentView, BeadView, DocumentView } from '@/lib/alignments/get-alignment-view'
import { beadType, confidenceBand } from '@/lib/alignments/bead-shape'
import { textDirection } from '@/lib/text/direction'

const BAND_COLOURS = { high: 'bg-good', medium: 'bg-warn', low: 'bg-bad' } as const

export function AlignmentScreen({ view }: { view: AlignmentView }) {
  const t = useTranslations('alignment')
  const format = useFormatter()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: view.beads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 88,
    overscan: 8,
  })
  const confirmed = view.beads.filter((bead) => bead.isConfirmed).length
  const credits = [view.source, view.target].filter((doc) => doc.attribution || doc.licence)

  return (
    <main className="flex h-[calc(100vh-2.75rem)] flex-col">
      <header className="border-b border-line px-4 py-2">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-lg font-semibold">{view.title}</h1>
          <span className="text-muted">{view.projectName}</span>
          <span className="font-mono text-xs text-muted">
            {view.source.language} → {view.target.language}
          </span>
          <span className="ml-auto tabular-nums text-muted" data-testid="confirmed-count">
            {t('confirmedCount', { confirmed, total: view.beads.length })}
          </span>
        </div>
        {credits.map((doc) => (
          <p key={doc.id} className="mt-1 text-xs text-muted" data-testid="attribution">
            {doc.attribution} {doc.licence && <>· {t('licence', { licence: doc.licence })}</>}
          </p>
        ))}
      </header>
      <div className="grid grid-cols-[5.5rem_1fr_1fr] border-b border-line bg-panel text-xs font-medium text-muted">
        <div className="px-2 py-1">{t('bead')}</div>
        <ColumnHeading label={t('original')} doc={view.source} />
        <ColumnHeading label={t('translation')} doc={view.target} />
      </div>
      <div ref={scroller} className="flex-1 overflow-auto" data-testid="bead-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const bead = view.beads[item.index]!
            return (
              <div
                key={bead.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute left-0 right-0"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <BeadRow index={item.index} bead={bead} source={view.source} target={view.target} formatPercent={(n) => format.number(n, { style: 'percent' })} />
              </div>
            )
          })}
        </div>
      </div>
    </main>
  )
}

function ColumnHeading({ label, doc }: { label: string; doc: DocumentView }) {
  return (
    <div className="truncate border-l border-line px-2 py-1" title={doc.fileName ?? undefined}>
      {label} · <span className="font-mono">{doc.language}</span> · {doc.title}
    </div>
  )
}

function BeadRow({ index, bead, source, target, formatPercent }: { index: number; bead: BeadView; source: DocumentView; target: DocumentView; formatPercent: (n: number) => string }) {
  const t = useTranslations('alignment')
  const type = beadType(bead)
  const band = confidenceBand(bead.confidence)
  return (
    <div
      className={clsx('grid grid-cols-[5.5rem_1fr_1fr] border-b border-line', type !== '1-1' && 'bg-[#fbf8ef]')}
      data-testid="bead-row"
      data-bead-type={type}
      aria-label={t('beadLabel', { number: index + 1, type })}
    >
      <div className="flex gap-2 px-2 py-1.5 text-xs">
        <span className={clsx('w-1 shrink-0 rounded', BAND_COLOURS[band])} aria-hidden />
        <div className="space-y-0.5">
          <div className="font-medium tabular-nums text-muted">#{index + 1}</div>
          <div className="font-mono" data-testid="bead-type">
            {type}
          </div>
          <div className="tabular-nums text-muted" title={t(`band.${band}`)} data-testid="bead-confidence">
            {formatPercent(bead.confidence)}
          </div>
          {bead.isConfirmed && <div className="text-good">{t('confirmed')}</div>}
        </div>
      </div>
      <SideCell doc={source} start={bead.srcStart} end={bead.srcEnd} />
      <SideCell doc={target} start={bead.tgtStart} end={bead.tgtEnd} />
    </div>
  )
}

function SideCell({ doc, start, end }: { doc: DocumentView; start: number; end: number }) {
  const t = useTranslations('alignment')
  const direction = textDirection(doc.language)
  if (start === end) {
    return <div className="border-l border-line px-3 py-1.5 text-sm italic text-muted">{t('noCounterpart')}</div>
  }
  const paragraphs = []
  for (let position = start; position < end; position++) {
    paragraphs.push(
      <div key={position} className="flex gap-2">
        <span className="w-9 shrink-0 pt-0.5 text-right text-xs tabular-nums text-muted" aria-label={t('paragraphNumber', { number: position + 1 })}>
          {position + 1}
        </span>
        <p className="paragraph-text min-w-0 flex-1" dir={direction} lang={doc.language}>
          {doc.paragraphs[position]}
        </p>
      </div>,
    )
  }
  return <div className="space-y-2 border-l border-line px-2 py-1.5">{paragraphs}</div>
}
