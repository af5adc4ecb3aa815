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
  // Review annotations: underlined in their severity's colour, tinted from minor up.
  'annotation-neutral': 'underline decoration-[#afb8c1] decoration-2 underline-offset-[3px]',
  'annotation-minor': 'bg-[#fff5d1] underline decoration-[#e3b341] decoration-2 underline-offset-[3px]',
  'annotation-major': 'bg-[#ffeadb] underline decoration-[#db6d28] decoration-2 underline-offset-[3px]',
  'annotation-critical': 'bg-[#ffe3e6] underline decoration-[#a40e26] decoration-[3px] underline-offset-[3px]',
  'annotation-resolved': 'underline decoration-[#afb8c1] decoration-dotted underline-offset-[3px]',
  'annotation-outdated': 'underline decoration-[#8c959f] decoration-wavy underline-offset-[3px]',
  'annotation-focus': 'rounded-sm outline outline-2 outline-accent',
}

/** Kinds that give their text a background; a run with none of them shows none (a <mark> would be yellow). */
const TINTED = new Set(['match', 'current', 'annotation-minor', 'annotation-major', 'annotation-critical'])

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
              <mark
                key={run.start}
                data-highlight={run.kinds.join(' ')}
                title={run.labels.length ? run.labels.join('\n') : undefined}
                className={clsx('text-ink', !run.kinds.some((kind) => TINTED.has(kind)) && 'bg-transparent', run.kinds.map((kind) => highlightClasses[kind]))}
              >
                {run.text}
              </mark>
            ),
          )}
    </p>
  )
})
