'use client'
import { useTranslations } from 'next-intl'
import { memo, useMemo, useRef } from 'react'
import type { BeadView } from '@/lib/alignments/get-alignment-view'
import { beadType, confidenceBand } from '@/lib/alignments/bead-shape'
import { LOW_CONFIDENCE } from '@/lib/editing/navigation'

// Not 1-1: a colour of its own (violet), apart from the confidence colours.
const NON_ONE = '#8250df'

type Props = {
  beads: BeadView[]
  sourceCount: number
  targetCount: number
  isConfirmed: (bead: BeadView) => boolean
  cursor: number
  visible: [number, number]
  onJump: (index: number) => void
}

/**
 * The whole alignment at a glance: original paragraph index across, translation paragraph
 * index down, the path drawn bead by bead (green where confirmed). Violet squares mark beads
 * that are not 1-1, amber and red dots low-confidence beads (the rows' colours); the band is
 * what the list shows. A click
 * jumps to the nearest bead. Each kind is one <path>, so thousands of beads stay cheap.
 */
export const OverviewPlot = memo(function OverviewPlot({ beads, sourceCount, targetCount, isConfirmed, cursor, visible, onJump }: Props) {
  const t = useTranslations('editor.overview')
  const svg = useRef<SVGSVGElement>(null)
  const w = Math.max(1, sourceCount)
  const h = Math.max(1, targetCount)

  const paths = useMemo(() => {
    let confirmed = ''
    let open = ''
    let shapes = ''
    let doubtful = ''
    let wrong = ''
    let nonOne = 0
    let lowCount = 0
    for (const bead of beads) {
      const segment = `M${bead.srcStart} ${bead.tgtStart}L${bead.srcEnd} ${bead.tgtEnd}`
      if (isConfirmed(bead)) confirmed += segment
      else open += segment
      const x = (bead.srcStart + bead.srcEnd) / 2
      const y = (bead.tgtStart + bead.tgtEnd) / 2
      // A zero-length line with round caps draws a dot that the non-uniform scaling cannot stretch.
      if (beadType(bead) !== '1-1') {
        shapes += `M${x} ${y}h0`
        nonOne++
      }
      // Coloured like the rows' confidence bands: amber to check, red likely wrong.
      if (bead.confidence < LOW_CONFIDENCE) {
        if (confidenceBand(bead.confidence) === 'low') wrong += `M${x} ${y}h0`
        else doubtful += `M${x} ${y}h0`
        lowCount++
      }
    }
    return { confirmed, open, shapes, doubtful, wrong, nonOne, lowCount }
  }, [beads, isConfirmed])

  const first = beads[visible[0]]
  const last = beads[visible[1]]
  const current = beads[cursor]

  function jump(clientX: number, clientY: number) {
    const box = svg.current?.getBoundingClientRect()
    if (!box || beads.length === 0) return
    const x = ((clientX - box.left) / box.width) * w
    const y = ((clientY - box.top) / box.height) * h
    // Nearest bead midpoint, distances measured on screen (the axes are scaled differently).
    const sx = box.width / w
    const sy = box.height / h
    let best = 0
    let bestDistance = Infinity
    for (const [index, bead] of beads.entries()) {
      const dx = ((bead.srcStart + bead.srcEnd) / 2 - x) * sx
      const dy = ((bead.tgtStart + bead.tgtEnd) / 2 - y) * sy
      const distance = dx * dx + dy * dy
      if (distance < bestDistance) {
        bestDistance = distance
        best = index
      }
    }
    onJump(best)
  }

  return (
    <aside className="flex w-32 shrink-0 flex-col border-l border-line bg-panel" aria-label={t('title')}>
      <div className="px-2 pt-1 text-[11px] font-medium text-muted">{t('title')}</div>
      <div className="relative min-h-0 flex-1 p-2">
        <svg
          ref={svg}
          role="img"
          aria-label={t('summary', { beads: beads.length, nonOne: paths.nonOne, low: paths.lowCount, unconfirmed: beads.filter((b) => !isConfirmed(b)).length })}
          data-testid="overview"
          viewBox={`0 0 ${w} ${h}`}
          preserveAspectRatio="none"
          className="h-full w-full cursor-crosshair overflow-visible rounded-sm bg-white ring-1 ring-line"
          onClick={(event) => jump(event.clientX, event.clientY)}
        >
          {first && last && (
            <rect x={0} y={first.tgtStart} width={w} height={Math.max(last.tgtEnd - first.tgtStart, h / 200)} fill="var(--color-accent)" opacity={0.1} />
          )}
          <path d={`M0 0L${w} ${h}`} stroke="var(--color-line)" strokeDasharray="2 3" vectorEffect="non-scaling-stroke" fill="none" />
          <path d={paths.open} stroke="#8c959f" strokeWidth={1.5} vectorEffect="non-scaling-stroke" fill="none" />
          <path d={paths.confirmed} stroke="var(--color-good)" strokeWidth={2} vectorEffect="non-scaling-stroke" fill="none" />
          <path d={paths.shapes} stroke={NON_ONE} strokeWidth={6} strokeLinecap="square" vectorEffect="non-scaling-stroke" fill="none" data-testid="overview-non-one" />
          <path d={paths.doubtful} stroke="var(--color-warn)" strokeWidth={4} strokeLinecap="round" vectorEffect="non-scaling-stroke" fill="none" data-testid="overview-doubtful" />
          <path d={paths.wrong} stroke="var(--color-bad)" strokeWidth={4} strokeLinecap="round" vectorEffect="non-scaling-stroke" fill="none" data-testid="overview-wrong" />
          {current && (
            <path
              d={`M0 ${(current.tgtStart + current.tgtEnd) / 2}H${w}M${(current.srcStart + current.srcEnd) / 2} 0V${h}`}
              stroke="var(--color-accent)"
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
              opacity={0.7}
            />
          )}
        </svg>
      </div>
      <ul className="space-y-0.5 px-2 pb-2 text-[10.5px] leading-tight text-muted">
        {(
          [
            ['h-0.5 w-3 bg-good', 'confirmed'],
            ['h-0.5 w-3 bg-[#8c959f]', 'unconfirmed'],
            ['h-2 w-2 bg-[#8250df]', 'nonOne'],
            ['h-2 w-2 rounded-full bg-warn', 'doubtful'],
            ['h-2 w-2 rounded-full bg-bad', 'wrong'],
          ] as const
        ).map(([swatch, key]) => (
          <li key={key} className="flex items-center gap-1">
            <span className={swatch} aria-hidden /> {t(key)}
          </li>
        ))}
      </ul>
    </aside>
  )
})
