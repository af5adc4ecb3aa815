'use client'
import clsx from 'clsx'
import { Tag } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { Button, FormError } from '@/app/_components/form'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import { mqmDimensions } from '@/lib/annotations/mqm'
import type { IssueCategory } from '@/lib/generated/prisma/enums'
import { defaultSeverityWeights, severities, type AnnotationSeverity, type SeverityWeights } from '@/lib/quality/severities'
import { reviewApi, type SpanInput } from './review-api'
import { useReviewAction } from './use-review-action'

export type AnnotationFormProps = {
  alignmentId: number
  /** The selected span, with the text selected (the server checks it is still there). */
  span: SpanInput
  defaultCategory?: IssueCategory
  defaultSeverity?: AnnotationSeverity
  /** The project's weights, to show what each severity costs. */
  weights?: SeverityWeights
  onCreated: (annotation: AnnotationView) => void
  onCancel?: () => void
  /** One column, for a narrow side panel. */
  compact?: boolean
  /** Leaves out the quoted span (shown beside the form already). */
  hideQuote?: boolean
}

const QUOTE_CHARS = 140

/** Annotates a span with an MQM-Core category (grouped by dimension), a severity and a note. */
export function AnnotationForm({ alignmentId, span, defaultCategory = 'MISTRANSLATION', defaultSeverity = 'MINOR', weights = defaultSeverityWeights, onCreated, onCancel, compact = false, hideQuote = false }: AnnotationFormProps) {
  const t = useTranslations('reviewAnnotations')
  const tMqm = useTranslations('reviewMqm')
  const action = useReviewAction()
  const [category, setCategory] = useState<IssueCategory>(defaultCategory)
  const [severity, setSeverity] = useState<AnnotationSeverity>(defaultSeverity)
  const [note, setNote] = useState('')
  const id = useId()
  const quote = span.quote.length > QUOTE_CHARS ? `${span.quote.slice(0, QUOTE_CHARS - 1)}…` : span.quote

  return (
    <form
      className={clsx('rounded border border-line bg-white', compact ? 'space-y-2 p-2 text-xs' : 'space-y-3 p-3')}
      aria-labelledby={`${id}-title`}
      data-testid="annotation-form"
      onSubmit={async (event) => {
        event.preventDefault()
        const created = await action.run(() => reviewApi(alignmentId).createAnnotation({ span, category, severity, note }))
        if (created) onCreated(created)
      }}
    >
      <h4 id={`${id}-title`} className="flex items-center gap-1.5 text-sm font-semibold">
        <Tag size={14} aria-hidden /> {t('formTitle')}
      </h4>
      {!hideQuote && (
        <blockquote className="border-l-2 border-accent pl-2 text-sm text-muted">
          <span className="text-xs">{t(span.side === 'source' ? 'inSource' : 'inTarget', { number: span.position + 1 })}</span>
          <span className="paragraph-text mt-0.5 block text-ink" data-testid="annotation-quote">
            “{quote}”
          </span>
        </blockquote>
      )}
      <div className={clsx('grid', compact ? 'gap-2' : 'gap-3 sm:grid-cols-2')}>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t('category')}</span>
          <select value={category} onChange={(event) => setCategory(event.target.value as IssueCategory)} className="w-full rounded border border-line bg-white px-2 py-1.5">
            {mqmDimensions.map((group) => (
              <optgroup key={group.dimension} label={tMqm(`dimension.${group.dimension}`)}>
                {group.categories.map((value) => (
                  <option key={value} value={value}>
                    {tMqm(`category.${value}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium">{t('severity')}</legend>
          <div className="flex flex-wrap gap-1">
            {severities.map((value) => (
              <label key={value} className="inline-flex cursor-pointer items-center gap-1 rounded border border-line px-2 py-1 has-[:checked]:border-accent has-[:checked]:bg-accent/10">
                <input type="radio" name={`${id}-severity`} value={value} checked={severity === value} onChange={() => setSeverity(value)} className="accent-[var(--color-accent)]" />
                {tMqm(`severity.${value}`)}
                <span className="text-xs text-muted">{t('points', { points: weights[value] })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t('note')}</span>
        <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={2} maxLength={5000} placeholder={t('notePlaceholder')} className="w-full rounded border border-line px-2 py-1.5" />
      </label>
      <FormError message={action.error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={action.busy}>
          {t('submit')}
        </Button>
        {onCancel && (
          <Button type="button" variant="plain" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}
