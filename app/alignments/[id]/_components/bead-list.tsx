'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react'
import type { BeadView } from '@/lib/alignments/get-alignment-view'
import type { Side } from '@/lib/editing/bead-edits'
import { rowAtOrAfter } from '@/lib/editing/review-filter'
import { BeadRow, type BeadHighlights, type BeadRowProps, type SideDoc } from './bead-row'

export type BeadListHandle = {
  scrollToBead: (index: number) => void
  focus: () => void
  /** How many rows fit on the screen (for Page Up / Page Down). */
  pageSize: () => number
}

// A row's height before it is measured: a guess from the longer side's text length, so that
// the scrollbar hardly jumps while measuring (about 70 characters per line at 15 px).
function estimate(bead: BeadView, source: SideDoc, target: SideDoc): number {
  const lines = (doc: SideDoc, start: number, end: number) => {
    let total = 0
    for (let p = start; p < end; p++) total += Math.max(1, Math.ceil(doc.paragraphs[p]!.length / 70))
    return Math.max(1, total)
  }
  const count = Math.max(lines(source, bead.srcStart, bead.srcEnd), lines(target, bead.tgtStart, bead.tgtEnd))
  return 14 + count * 23 + Math.max(bead.srcEnd - bead.srcStart, bead.tgtEnd - bead.tgtStart) * 4
}

export function BeadList({
  ref,
  beads,
  source,
  target,
  cursor,
  pendingConfirms,
  highlightsOf,
  editor,
  badgesOf,
  rows,
  selected,
  onPick,
  onVisibleChange,
  labelledBy,
  empty,
}: {
  ref: Ref<BeadListHandle>
  beads: BeadView[]
  source: SideDoc & { label: string }
  target: SideDoc & { label: string }
  cursor: { bead: number; side: Side; position: number | null }
  pendingConfirms: ReadonlyMap<number, boolean>
  highlightsOf: (index: number) => BeadHighlights | undefined
  editor: { bead: number; side: Side; position: number; node: ReactNode } | null
  badgesOf?: (bead: BeadView, index: number) => ReactNode
  /** The bead indexes shown, in order (a filter hides the others); every bead when left out. */
  rows?: readonly number[]
  /** Bead indexes of the multi-selection. */
  selected?: ReadonlySet<number>
  /** Shown instead of the rows when a filter leaves none. */
  empty?: ReactNode
  onPick: BeadRowProps['onPick']
  onVisibleChange: (first: number, last: number) => void
  labelledBy: string
}) {
  const t = useTranslations('editor')
  const scroller = useRef<HTMLDivElement>(null)
  const beadAt = (row: number) => (rows ? rows[row]! : row)
  const virtualizer = useVirtualizer({
    count: rows ? rows.length : beads.length,
    getScrollElement: () => scroller.current,
    estimateSize: (row) => estimate(beads[beadAt(row)]!, source, target),
    getItemKey: (row) => beads[beadAt(row)]!.id,
    overscan: 6,
    // Rows drawn by the server before the browser measures anything: the first screen.
    initialRect: { width: 1200, height: 900 },
  })

  useImperativeHandle(
    ref,
    () => ({
      scrollToBead: (index) => virtualizer.scrollToIndex(rows ? Math.min(rows.length - 1, rowAtOrAfter(rows, index)) : index, { align: 'auto' }),
      focus: () => scroller.current?.focus({ preventScroll: true }),
      pageSize: () => Math.max(1, virtualizer.getVirtualItems().filter((item) => item.end > virtualizer.scrollOffset! && item.start < virtualizer.scrollOffset! + (scroller.current?.clientHeight ?? 0)).length - 1),
    }),
    [virtualizer, rows],
  )

  const items = virtualizer.getVirtualItems()
  const offset = virtualizer.scrollOffset ?? 0
  const height = scroller.current?.clientHeight ?? 0
  const visible = items.filter((item) => item.end > offset && item.start < offset + height)
  const first = beadAt(visible[0]?.index ?? 0) ?? 0
  const last = beadAt(visible.at(-1)?.index ?? 0) ?? 0
  useEffect(() => onVisibleChange(first, last), [first, last, onVisibleChange])

  const measure = useCallback((node: HTMLDivElement | null) => virtualizer.measureElement(node), [virtualizer])

  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <div className="grid grid-cols-[5.75rem_1fr_1fr] border-b border-line bg-panel text-xs font-medium text-muted" aria-hidden>
        <div className="px-3 py-1">{t('bead')}</div>
        <ColumnHeading label={source.label} doc={source} />
        <ColumnHeading label={target.label} doc={target} />
      </div>
      <div
        ref={scroller}
        tabIndex={0}
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={beads.length + 1}
        aria-colcount={3}
        aria-activedescendant={editor ? undefined : 'editor-active-cell'}
        aria-multiselectable={true}
        className="relative min-h-0 flex-1 overflow-auto overscroll-contain focus:outline-none focus-visible:shadow-[inset_0_0_0_2px_var(--color-accent)]"
        data-testid="bead-list"
      >
        {empty}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const index = beadAt(item.index)
            const bead = beads[index]!
            const isActive = cursor.bead === index
            return (
              // Placed with `top`, not a transform: sticky bead numbers compute their place from
              // the layout position, which a transform does not move.
              <div key={item.key} data-index={item.index} ref={measure} className="absolute left-0 right-0" style={{ top: item.start }}>
                <BeadRow
                  index={index}
                  bead={bead}
                  isConfirmed={pendingConfirms.get(bead.id) ?? bead.isConfirmed}
                  isPending={pendingConfirms.has(bead.id)}
                  active={isActive ? { side: cursor.side, position: cursor.position } : null}
                  source={source}
                  target={target}
                  highlights={highlightsOf(index)}
                  editor={editor?.bead === index ? editor : null}
                  badges={badgesOf?.(bead, index)}
                  isSelected={selected?.has(index) ?? false}
                  onPick={onPick}
                />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

function ColumnHeading({ label, doc }: { label: string; doc: SideDoc & { title?: string } }) {
  return (
    <div className="truncate border-l border-line px-2 py-1">
      {label} · <span className="font-mono">{doc.language}</span>
    </div>
  )
}
