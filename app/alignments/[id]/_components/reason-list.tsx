'use client'
import { useTranslations } from 'next-intl'
import type { ReasonCode } from '@/lib/alignment'
import type { ViewReason } from '@/lib/alignments/get-alignment-view'

// Reasons an older or newer aligner may store that this interface has no words for are left out.
const KNOWN = new Set<string>(['no-counterpart', 'merge', 'split', 'many-to-many', 'length-ratio', 'numbers-differ', 'sentence-count', 'names-missing', 'close-alternative', 'confirmed'] satisfies ReasonCode[])

/** The aligner's reasons for doubt, in the interface language. */
export function ReasonList({ reasons, isConfirmed }: { reasons: ViewReason[]; isConfirmed: boolean }) {
  const t = useTranslations('editor.reasons')
  const shown = reasons.filter((reason) => KNOWN.has(reason.code))
  if (shown.length === 0) return <p className="text-muted">{isConfirmed ? t('confirmed') : t('none')}</p>
  return (
    <ul className="list-disc space-y-0.5 pl-4" data-testid="reasons">
      {shown.map((reason, k) => (
        <li key={k}>{t(reason.code, reason.params)}</li>
      ))}
    </ul>
  )
}
