'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Button, FormError } from '@/app/_components/form'
import { defaultSeverityWeights, severities, type SeverityWeights } from '@/lib/quality/severities'
import { setSeverityWeights } from './review-api'
import { useReviewAction } from './use-review-action'

/** The project's penalty points per severity; owners change them, everyone sees them. */
export function WeightsForm({ projectId, weights, canManage }: { projectId: number; weights: SeverityWeights; canManage: boolean }) {
  const t = useTranslations('review')
  const tMqm = useTranslations('reviewMqm')
  const router = useRouter()
  const action = useReviewAction()
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(severities.map((severity) => [severity, String(weights[severity])])))
  const [saved, setSaved] = useState(false)
  return (
    <form
      className="space-y-2"
      onSubmit={async (event) => {
        event.preventDefault()
        setSaved(false)
        const next = Object.fromEntries(severities.map((severity) => [severity, Number(values[severity])])) as SeverityWeights
        if ((await action.run(() => setSeverityWeights(projectId, next))) !== undefined) {
          setSaved(true)
          router.refresh()
        }
      }}
    >
      <div className="flex flex-wrap gap-3">
        {severities.map((severity) => (
          <label key={severity} className="block text-sm">
            <span className="mb-1 block text-xs font-medium text-muted">{tMqm(`severity.${severity}`)}</span>
            <input
              type="number"
              min={0}
              max={1000}
              step="any"
              required
              disabled={!canManage}
              value={values[severity]}
              onChange={(event) => setValues({ ...values, [severity]: event.target.value })}
              className="w-20 rounded border border-line px-2 py-1 tabular-nums disabled:bg-panel"
            />
          </label>
        ))}
      </div>
      {canManage ? (
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={action.busy}>
            {t('saveWeights')}
          </Button>
          <button type="button" className="text-xs text-muted hover:text-ink" onClick={() => setValues(Object.fromEntries(severities.map((severity) => [severity, String(defaultSeverityWeights[severity])])))}>
            {t('defaultWeights')}
          </button>
          {saved && <span role="status" className="text-xs text-good">{t('weightsSaved')}</span>}
        </div>
      ) : (
        <p className="text-xs text-muted">{t('weightsOwnersOnly')}</p>
      )}
      <FormError message={action.error} />
    </form>
  )
}
