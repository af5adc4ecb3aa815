'use client'
import clsx from 'clsx'
import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { FormError } from '@/app/_components/form'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { SeverityWeights } from '@/lib/quality/severity-weights'
import { AnnotationActions } from './annotation-actions'
import { severityColours } from './chart-colours'
import { reviewApi } from './review-api'
import { useReviewAction } from './use-review-action'

const QUOTE_CHARS = 90

/** The alignment's annotations, in bead order: resolve and reopen, delete one's own. */
export function AnnotationList({ alignmentId, annotations, currentUserId, canAnnotate, weights, sourceLang, targetLang }: { alignmentId: number; annotations: AnnotationView[]; currentUserId: string; canAnnotate: boolean; weights: SeverityWeights; sourceLang: string; targetLang: string }) {
  const t = useTranslations('reviewAnnotations')
  const tMqm = useTranslations('reviewMqm')
  const router = useRouter()
  const action = useReviewAction()
  if (annotations.length === 0) return <p className="text-sm text-muted">{t('none')}</p>
  const api = reviewApi(alignmentId)
  const act = async (request: () => Promise<unknown>) => {
    if ((await action.run(request)) !== undefined) router.refresh()
  }
  return (
    <div className="space-y-2">
      <FormError message={action.error} />
      <table className="w-full border-collapse text-sm" data-testid="annotation-list">
        <caption className="sr-only">{t('listCaption')}</caption>
        <thead className="text-left text-xs text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2 font-medium">{t('colBead')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('colText')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('colCategory')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('colSeverity')}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t('colStatus')}</th>
            <th scope="col" className="py-1 font-medium"><span className="sr-only">{t('colActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {annotations.map((annotation) => {
            const quote = annotation.quote.length > QUOTE_CHARS ? `${annotation.quote.slice(0, QUOTE_CHARS - 1)}…` : annotation.quote
            return (
              <tr key={annotation.id} className={clsx('border-b border-line/70 align-top', annotation.status !== 'OPEN' && 'text-muted')} data-testid="annotation-row" data-status={annotation.status}>
                <td className="py-1.5 pr-2 tabular-nums">
                  <Link href={`/alignments/${alignmentId}?bead=${annotation.beadId}`} className="text-accent hover:underline">
                    #{annotation.beadNumber}
                  </Link>
                  <div className="text-xs text-muted">{t(annotation.side === 'source' ? 'sideSource' : 'sideTarget')}</div>
                </td>
                <td className="py-1.5 pr-2">
                  <span className="paragraph-text" lang={annotation.side === 'source' ? sourceLang : targetLang}>“{quote}”</span>
                  {annotation.note && <div className="text-xs text-muted">{annotation.note}</div>}
                  <div className="text-xs text-muted">{annotation.authorName}</div>
                </td>
                <td className="py-1.5 pr-2">{tMqm(`category.${annotation.category}`)}</td>
                <td className="py-1.5 pr-2 whitespace-nowrap">
                  <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: severityColours[annotation.severity] }} aria-hidden />
                  {tMqm(`severity.${annotation.severity}`)} <span className="text-xs text-muted">({t('points', { points: weights[annotation.severity] })})</span>
                </td>
                <td className="py-1.5 pr-2">
                  {t(`status.${annotation.status}`)}
                  {annotation.status === 'OUTDATED' && <div className="text-xs">{t('outdatedHint')}</div>}
                </td>
                <td className="py-1.5 text-right whitespace-nowrap">
                  {canAnnotate && (
                    <span className="inline-flex gap-2 text-xs">
                      <AnnotationActions annotation={annotation} quote={quote} api={api} act={act} isBusy={action.busy} currentUserId={currentUserId} />
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
