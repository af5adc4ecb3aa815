'use client'
import clsx from 'clsx'
import { Check, Hand } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'
import { Tooltip } from 'radix-ui'
import { memo, type ReactNode } from 'react'
import type { BeadView } from '@/lib/alignments/get-alignment-view'
import { beadType, confidenceBand } from '@/lib/alignments/bead-shape'
import type { Side } from '@/lib/editing/bead-edits'
import type { Highlight } from '@/lib/editing/highlights'
import { ParagraphText } from './paragraph-text'
import { ReasonList } from './reason-list'

export const BAND_BAR = { high: 'bg-good', medium: 'bg-warn', low: 'bg-bad' } as const
export const BAND_TEXT = { high: 'text-good', medium: 'text-warn', low: 'text-bad' } as const

export type SideDoc = { language: string; dir: 'ltr' | 'rtl'; paragraphs: string[] }

/** Highlights of one bead's paragraphs, keyed `${side}:${position}`. */
export type BeadHighlights = ReadonlyMap<string, Highlight[]>

export type BeadRowProps = {
  index: number
  bead: BeadView
  isConfirmed: boolean
  isPending: boolean
  /** The cursor's side and paragraph when it is on this bead. */
  active: { side: Side; position: number | null } | null
  source: SideDoc
  target: SideDoc
  highlights?: BeadHighlights
  /** The paragraph being edited in this bead, drawn by the screen in place of its text. */
  editor?: { side: Side; position: number; node: ReactNode } | null
  /** A slot for other features (review status, comment counts, findings) in the gutter. */
  badges?: ReactNode
  /** Part of the multi-selection (Shift+click, Shift+arrows). */
  isSelected?: boolean
  onPick: (index: number, side: Side, offset: number, isDouble: boolean, isShift: boolean) => void
}

/** One bead: number, type, confidence (reasons on hover), confirmation, then both sides. */
export const BeadRow = memo(function BeadRow({ index, bead, isConfirmed, isPending, active, source, target, highlights, editor, badges, isSelected = false, onPick }: BeadRowProps) {
  const t = useTranslations('editor')
  const format = useFormatter()
  const type = beadType(bead)
  const band = confidenceBand(bead.confidence)
  const isActive = active !== null
  return (
    <div
      role="row"
      id={`bead-${bead.id}`}
      aria-rowindex={index + 2}
      aria-selected={isActive || isSelected}
      aria-label={t('beadLabel', { number: index + 1, type })}
      data-testid="bead-row"
      data-bead-type={type}
      data-confirmed={isConfirmed}
      data-active={isActive || undefined}
      data-selected={isSelected || undefined}
      className={clsx(
        'grid grid-cols-[5.75rem_1fr_1fr] border-b border-line',
        isActive ? 'bg-[#eef4fc]' : isSelected ? 'bg-[#f3f7fd]' : type !== '1-1' ? 'bg-[#fcfaf3]' : 'bg-white',
      )}
    >
      <div role="rowheader" className={clsx('relative py-1.5 pl-3 pr-1 text-xs', isActive ? 'shadow-[inset_3px_0_0_var(--color-accent)]' : isSelected && 'shadow-[inset_3px_0_0_#9ec3ee]')}>
        <span className={clsx('absolute bottom-1 left-1 top-1 w-1 rounded-full', BAND_BAR[band], isActive && 'left-1.5')} aria-hidden />
        {/* Sticky: a tall bead keeps its number and type in sight while it scrolls past. */}
        <div className="sticky top-1 flex flex-col gap-0.5">
          <div className="flex items-center gap-1">
            <span className="font-semibold tabular-nums text-ink">{index + 1}</span>
            {isConfirmed && (
              <Check size={14} strokeWidth={3} className={clsx('text-good', isPending && 'opacity-50')} aria-label={t('confirmed')} data-testid="confirmed-mark" />
            )}
            {bead.origin === 'MANUAL' && <Hand size={12} className="text-muted" aria-label={t('origin.MANUAL')} />}
          </div>
          <div className="flex items-center gap-1.5">
            <span className={clsx('rounded px-1 font-mono text-[11px] leading-4', type === '1-1' ? 'bg-panel text-muted' : 'bg-[#f3e6c4] text-[#6b4b00]')} data-testid="bead-type">
              {type}
            </span>
            <Tooltip.Root delayDuration={300}>
              <Tooltip.Trigger asChild>
                <span
                  className={clsx('cursor-help text-[11px] tabular-nums', BAND_TEXT[band])}
                  data-testid="bead-confidence"
                  aria-label={t('confidenceLabel', { value: format.number(bead.confidence, { style: 'percent' }), band: t(`band.${band}`) })}
                >
                  {format.number(bead.confidence, { style: 'percent' })}
                </span>
              </Tooltip.Trigger>
              <Tooltip.Portal>
                <Tooltip.Content side="right" sideOffset={6} className="z-50 max-w-xs rounded border border-line bg-white px-2.5 py-2 text-xs shadow-lg">
                  <p className={clsx('mb-1 font-medium', BAND_TEXT[band])}>{t(`band.${band}`)}</p>
                  <ReasonList reasons={bead.reasons} isConfirmed={isConfirmed} />
                </Tooltip.Content>
              </Tooltip.Portal>
            </Tooltip.Root>
          </div>
          {badges}
        </div>
      </div>
      <SideCell index={index} side="source" doc={source} start={bead.srcStart} end={bead.srcEnd} active={active} highlights={highlights} editor={editor} onPick={onPick} />
      <SideCell index={index} side="target" doc={target} start={bead.tgtStart} end={bead.tgtEnd} active={active} highlights={highlights} editor={editor} onPick={onPick} />
    </div>
  )
})

function SideCell({
  index,
  side,
  doc,
  start,
  end,
  active,
  highlights,
  editor,
  onPick,
}: {
  index: number
  side: Side
  doc: SideDoc
  start: number
  end: number
  active: BeadRowProps['active']
  highlights?: BeadHighlights
  editor?: BeadRowProps['editor']
  onPick: BeadRowProps['onPick']
}) {
  const t = useTranslations('editor')
  const isActiveSide = active?.side === side
  if (start === end) {
    return (
      <div
        role="gridcell"
        id={isActiveSide ? 'editor-active-cell' : undefined}
        aria-label={t('noCounterpart')}
        className={clsx('border-l border-line px-3 py-1.5 text-sm italic text-muted', isActiveSide && 'bg-white/70 shadow-[inset_0_0_0_2px_var(--color-accent)]')}
        onMouseDown={(event) => onPick(index, side, 0, event.detail > 1, event.shiftKey)}
      >
        {t('noCounterpart')}
      </div>
    )
  }
  const paragraphs = []
  for (let position = start; position < end; position++) {
    const isCursor = isActiveSide && active?.position === position
    const isEditing = editor?.side === side && editor.position === position
    paragraphs.push(
      <div
        key={position}
        data-testid={`${side}-paragraph`}
        data-cursor={isCursor || undefined}
        data-position={position}
        className={clsx('flex gap-2 rounded px-1 py-0.5', isCursor && !isEditing && 'bg-white shadow-[inset_0_0_0_2px_var(--color-accent)]')}
        onMouseDown={(event) => {
          if (isEditing) return
          // Shift+click selects beads (the text selection would extend instead).
          if (event.shiftKey) event.preventDefault()
          onPick(index, side, position - start, event.detail > 1, event.shiftKey)
        }}
      >
        <span className="w-8 shrink-0 select-none pt-[3px] text-right text-[11px] tabular-nums text-muted" aria-label={t('paragraphNumber', { number: position + 1 })}>
          {position + 1}
        </span>
        {isEditing ? (
          editor.node
        ) : doc.paragraphs[position] ? (
          <ParagraphText text={doc.paragraphs[position]!} lang={doc.language} dir={doc.dir} highlights={highlights?.get(`${side}:${position}`)} />
        ) : (
          // Paragraphs are never empty: '' is a text still loading.
          <span className="mt-1.5 block h-3.5 flex-1 animate-pulse rounded bg-[#eaeef2]" aria-label={t('loadingText')} />
        )}
      </div>,
    )
  }
  return (
    // The list's aria-activedescendant points at the gridcell under the cursor (a paragraph
    // is not a cell of its own); the ring shows which of its paragraphs is meant.
    <div role="gridcell" id={isActiveSide ? 'editor-active-cell' : undefined} className="space-y-1 border-l border-line px-1.5 py-1">
      <span className="sr-only">{t(side === 'source' ? 'original' : 'translation')}</span>
      {paragraphs}
    </div>
  )
}
