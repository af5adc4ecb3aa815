'use client'
import { CheckCircle2, RotateCcw, Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { ReviewApi } from './review-api'

/**
 * Resolve or reopen an annotation, and delete it for its author: the summary page's list and the
 * editor's Findings tab show the same three actions, the editor's smaller.
 */
export function AnnotationActions({ annotation, quote, api, act, isBusy, currentUserId, isCompact = false }: {
  annotation: AnnotationView
  /** The marked text as shown, for the delete button's label. */
  quote: string
  api: ReviewApi
  act: (request: () => Promise<unknown>) => void
  isBusy: boolean
  currentUserId: string
  isCompact?: boolean
}) {
  const t = useTranslations('reviewAnnotations')
  const icon = isCompact ? 11 : 12
  const gap = isCompact ? 'gap-0.5' : 'gap-1'
  return (
    <>
      {annotation.status === 'RESOLVED' ? (
        <button type="button" className={`inline-flex items-center ${gap} ${isCompact ? 'text-muted ' : ''}hover:text-ink`} disabled={isBusy} onClick={() => act(() => api.reopenAnnotation(annotation.id))}>
          <RotateCcw size={icon} aria-hidden /> {t('reopen')}
        </button>
      ) : (
        <button type="button" className={`inline-flex items-center ${gap} text-good hover:underline`} disabled={isBusy} onClick={() => act(() => api.resolveAnnotation(annotation.id))}>
          <CheckCircle2 size={icon} aria-hidden /> {t('resolve')}
        </button>
      )}
      {annotation.authorId === currentUserId && (
        <button type="button" className={`inline-flex items-center ${gap} text-muted hover:text-bad`} disabled={isBusy} onClick={() => act(() => api.deleteAnnotation(annotation.id))} aria-label={t('deleteLabel', { quote })}>
          <Trash2 size={icon} aria-hidden /> {t('delete')}
        </button>
      )}
    </>
  )
}
