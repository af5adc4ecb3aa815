import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { ChartLegend, ChartTable } from './chart-parts'

export type BarSegment = { key: string; label: string; value: number; colour: string }
export type BarRow = { key: string; label: ReactNode; group?: string; segments: BarSegment[] }

/**
 * A horizontal stacked bar chart: HTML labels and numbers, one small SVG per bar (crisp at
 * any width), a legend, and the same numbers as a table for screen readers and for anyone who
 * wants them. The bars themselves are decoration (aria-hidden): the table carries the data.
 */
export function StackedBars({ title, rows, legend, emptyText, testId }: { title: string; rows: BarRow[]; legend: { label: string; colour: string }[]; emptyText?: string; testId?: string }) {
  const t = useTranslations('review')
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)))
  const total = rows.reduce((sum, row) => sum + row.segments.reduce((s, segment) => s + segment.value, 0), 0)
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      {total === 0 && emptyText ? (
        <p className="text-sm text-muted">{emptyText}</p>
      ) : (
        <div aria-hidden className="grid grid-cols-[minmax(7rem,11rem)_1fr_2.5rem] items-center gap-x-2 gap-y-1 text-xs">
          {rows.map((row, index) => {
            const sum = row.segments.reduce((s, segment) => s + segment.value, 0)
            const showGroup = row.group !== undefined && row.group !== rows[index - 1]?.group
            let x = 0
            return (
              <div key={row.key} className="contents">
                {showGroup && <div className="col-span-3 pt-1 text-[11px] font-semibold uppercase tracking-wide text-muted">{row.group}</div>}
                <div className="truncate text-ink" title={typeof row.label === 'string' ? row.label : undefined}>
                  {row.label}
                </div>
                <svg className="h-3.5 w-full overflow-visible" role="presentation">
                  <rect x="0" y="0" width="100%" height="100%" rx="2" fill="#f6f8fa" />
                  {row.segments.map((segment) => {
                    if (segment.value === 0) return null
                    const width = (segment.value / max) * 100
                    const rect = (
                      <rect key={segment.key} x={`${x}%`} y="0" width={`${width}%`} height="100%" fill={segment.colour}>
                        <title>{`${segment.label}: ${segment.value}`}</title>
                      </rect>
                    )
                    x += width
                    return rect
                  })}
                </svg>
                <div className="text-right tabular-nums text-muted">{sum}</div>
              </div>
            )
          })}
        </div>
      )}
      {total > 0 && (
        <>
          <ChartLegend items={legend} />
          <ChartTable
            caption={title}
            rowHeading={t('tableRow')}
            columns={legend.map((item) => item.label)}
            rows={rows.map((row) => ({ key: row.key, label: row.label, values: legend.map((item) => row.segments.find((segment) => segment.label === item.label)?.value ?? 0) }))}
          />
        </>
      )}
    </figure>
  )
}
