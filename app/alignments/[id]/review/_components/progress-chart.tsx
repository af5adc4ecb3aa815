'use client'
import { useFormatter, useTranslations } from 'next-intl'
import type { ProgressBin } from '@/lib/reviews/review-progress'
import { reviewStatuses } from '@/lib/reviews/review-transitions'
import { statusColours } from './chart-colours'
import { ChartLegend, ChartTable } from './chart-parts'

const HEIGHT = 88
const FINDINGS_COLOUR = '#db6d28'
const THREADS_COLOUR = '#0b5cad'
const MARKS = 14

/**
 * Review progress along the document: one column per stretch of beads, stacked by status
 * (approved at the bottom), and under it where the open findings and threads are. Columns link
 * nowhere by themselves; their titles say which beads they cover. The table below carries the
 * numbers for screen readers.
 */
export function ProgressChart({ bins, findingsPerBin, beads }: { bins: ProgressBin[]; findingsPerBin: number[] | null; beads: number }) {
  const t = useTranslations('review')
  const tStatus = useTranslations('reviewStatus')
  const format = useFormatter()
  const order = ['APPROVED', 'NEEDS_WORK', 'REJECTED', 'UNREVIEWED'] as const
  const width = 100 / Math.max(1, bins.length)
  const maxFindings = Math.max(1, ...(findingsPerBin ?? [0]))
  const maxThreads = Math.max(1, ...bins.map((bin) => bin.openThreads))
  const range = (bin: ProgressBin) => (bin.to - bin.from === 1 ? t('beadN', { number: bin.from + 1 }) : t('beadRange', { from: bin.from + 1, to: bin.to }))
  return (
    <figure className="space-y-2" data-testid="progress-chart">
      <figcaption className="text-sm font-semibold">{t('progressTitle')}</figcaption>
      <div aria-hidden className="space-y-1">
        <svg className="block w-full" height={HEIGHT} role="presentation">
          {bins.map((bin, k) => {
            const size = bin.to - bin.from
            let y = 100
            return (
              <g key={bin.from}>
                <title>{`${range(bin)}: ${order.map((status) => `${tStatus(`status.${status}`)} ${bin.counts[status]}`).join(', ')}`}</title>
                {order.map((status) => {
                  const h = (bin.counts[status] / size) * 100
                  y -= h
                  return h > 0 ? <rect key={status} x={`${k * width + width * 0.06}%`} y={`${y}%`} width={`${width * 0.88}%`} height={`${h}%`} fill={statusColours[status]} /> : null
                })}
              </g>
            )
          })}
        </svg>
        <svg className="block w-full" height={MARKS} role="presentation">
          {findingsPerBin?.map((count, k) =>
            count > 0 ? (
              <rect key={k} x={`${k * width + width * 0.06}%`} y={MARKS - 2 - (count / maxFindings) * (MARKS - 4)} width={`${width * 0.88}%`} height={2 + (count / maxFindings) * (MARKS - 4)} fill={FINDINGS_COLOUR} rx="1">
                <title>{`${range(bins[k]!)}: ${t('openFindingsCount', { count })}`}</title>
              </rect>
            ) : null,
          )}
        </svg>
        <svg className="block w-full" height={10} role="presentation">
          {bins.map((bin, k) =>
            bin.openThreads > 0 ? (
              <circle key={k} cx={`${k * width + width / 2}%`} cy="5" r={2 + (bin.openThreads / maxThreads) * 2.5} fill={THREADS_COLOUR}>
                <title>{`${range(bin)}: ${t('openThreadsCount', { count: bin.openThreads })}`}</title>
              </circle>
            ) : null,
          )}
        </svg>
        <div className="flex justify-between text-[11px] text-muted">
          <span>{t('beadN', { number: 1 })}</span>
          <span>{t('beadN', { number: format.number(beads) })}</span>
        </div>
      </div>
      <ChartLegend
        items={[
          ...order.map((status) => ({ label: tStatus(`status.${status}`), colour: statusColours[status] })),
          { label: t('legendFindings'), colour: FINDINGS_COLOUR },
          { label: t('legendThreads'), colour: THREADS_COLOUR, isDot: true },
        ]}
      />
      <ChartTable
        caption={t('progressTitle')}
        rowHeading={t('beads')}
        columns={[...reviewStatuses.map((status) => tStatus(`status.${status}`)), t('legendFindings'), t('legendThreads')]}
        rows={bins.map((bin, k) => ({ key: bin.from, label: range(bin), values: [...reviewStatuses.map((status) => bin.counts[status]), findingsPerBin ? findingsPerBin[k]! : '…', bin.openThreads] }))}
      />
    </figure>
  )
}
