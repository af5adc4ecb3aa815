import clsx from 'clsx'
import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

/** The colour key under a chart (decoration: the table carries the same names). */
export function ChartLegend({ items }: { items: { label: string; colour: string; isDot?: boolean }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted" aria-hidden>
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1">
          <span className={clsx('inline-block h-2.5 w-2.5', item.isDot ? 'rounded-full' : 'rounded-sm')} style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  )
}

/** A chart's numbers as a table behind a "Show as a table" toggle: what screen readers read. */
export function ChartTable({ caption, rowHeading, columns, rows }: { caption: string; rowHeading: string; columns: string[]; rows: { key: string | number; label: ReactNode; values: (number | string)[] }[] }) {
  const t = useTranslations('review')
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-muted hover:text-ink">{t('showTable')}</summary>
      <table className="mt-1 w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="py-0.5 pr-2 font-medium">
              {rowHeading}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-0.5 pr-2 text-right font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60">
              <th scope="row" className="py-0.5 pr-2 font-normal">
                {row.label}
              </th>
              {row.values.map((value, index) => (
                <td key={index} className="py-0.5 pr-2 text-right tabular-nums">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
