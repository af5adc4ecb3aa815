'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslations } from 'next-intl'
import { useRef } from 'react'
import { textDirection } from '@/lib/text/direction'

/** The paragraphs as they will be stored, numbered; virtualised, since a book has thousands. */
export function ParagraphList({ paragraphs, language, label, testId }: { paragraphs: string[]; language: string; label: string; testId: string }) {
  const t = useTranslations('imports')
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: paragraphs.length, getScrollElement: () => scroller.current, estimateSize: () => 48, overscan: 10 })
  const direction = textDirection(language)
  if (paragraphs.length === 0) return <p className="h-72 px-3 py-2 text-sm text-muted">{t('noParagraphs')}</p>
  return (
    <div ref={scroller} className="h-72 overflow-auto" role="list" aria-label={label} data-testid={testId}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.index}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="absolute left-0 right-0 flex gap-2 border-b border-line/60 px-3 py-1.5"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <span className="w-10 shrink-0 pt-0.5 text-right font-mono text-xs text-muted">{item.index + 1}</span>
            <span className="paragraph-text min-w-0 flex-1" dir={direction} lang={language}>
              {paragraphs[item.index]}
            </span>
          </div>
        ))}
      </div>
    </div>
  )
}
