import clsx from 'clsx'
import { memo } from 'react'
import { textRuns, type Highlight } from '@/lib/editing/highlights'

/**
 * Kinds of highlighted ranges and how they look. Search matches today; review annotations can
 * add their kinds here (ranges may overlap: a run covered by several gets every class).
 */
export const highlightClasses: Record<string, string> = {
  match: 'rounded-sm bg-[#fff1a8] text-ink',
  current: 'rounded-sm bg-[#ffd24d] text-ink outline outline-1 outline-[#b38600]',
}

const NO_HIGHLIGHTS: Highlight[] = []

/** One paragraph's text in its own language and direction, with highlighted ranges. */
export const ParagraphText = memo(function ParagraphText({
  text,
  lang,
  dir,
  highlights = NO_HIGHLIGHTS,
  className,
}: {
  text: string
  lang: string
  dir: 'ltr' | 'rtl'
  highlights?: Highlight[]
  className?: string
}) {
  return (
    <p className={clsx('paragraph-text min-w-0 flex-1', className)} dir={dir} lang={lang}>
      {highlights.length === 0
        ? text
        : textRuns(text, highlights).map((run) =>
            run.kinds.length === 0 ? (
              run.text
            ) : (
              <mark key={run.start} data-highlight={run.kinds.join(' ')} className={clsx(run.kinds.map((kind) => highlightClasses[kind]))}>
                {run.text}
              </mark>
            ),
          )}
    </p>
  )
})
