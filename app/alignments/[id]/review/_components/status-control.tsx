'use client'
import clsx from 'clsx'
import { Check, RotateCcw, ThumbsDown, Wrench } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { FormError } from '@/app/_components/form'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import { applyTransition, reviewTransitionNames, type ReviewTransition } from '@/lib/reviews/review-transitions'
import type { ReviewStatusResult } from '@/lib/reviews/set-review-status'
import { reviewApi } from './review-api'
import { useReviewAction } from './use-review-action'

const ICONS: Record<ReviewTransition, typeof Check> = { approve: Check, requestChanges: Wrench, reject: ThumbsDown, reopen: RotateCcw }
const ACTIVE: Record<ReviewTransition, string> = {
  approve: 'border-good bg-good/10 text-good',
  requestChanges: 'border-warn bg-warn/10 text-warn',
  reject: 'border-bad bg-bad/10 text-bad',
  reopen: 'border-line bg-panel',
}

export type StatusControlProps = {
  alignmentId: number
  /** One bead, or a selection (each with the status the user sees). */
  beads: { id: number; reviewStatus: ReviewStatus }[]
  canSetStatus: boolean
  onChange: (result: ReviewStatusResult) => void
  size?: 'small' | 'normal'
}

/**
 * The review status of a bead or a selection: one button per named transition, the current
 * status shown as the pressed one. The server refuses (409) a change of a bead someone else
 * changed since these statuses were read.
 */
export function StatusControl({ alignmentId, beads, canSetStatus, onChange, size = 'normal' }: StatusControlProps) {
  const t = useTranslations('reviewStatus')
  const action = useReviewAction()
  const single = beads.length === 1 ? beads[0]!.reviewStatus : null
  return (
    <div className="space-y-1">
      <div role="group" aria-label={beads.length === 1 ? t('groupLabel') : t('groupLabelSelection', { count: beads.length })} className="inline-flex flex-wrap gap-1" data-testid="status-control">
        {reviewTransitionNames
          .filter((transition) => transition !== 'reopen' || beads.some((bead) => bead.reviewStatus !== 'UNREVIEWED'))
          .map((transition) => {
            const Icon = ICONS[transition]
            const isCurrent = single !== null && applyTransition(transition, single) === 'unchanged'
            const changes = beads.some((bead) => applyTransition(transition, bead.reviewStatus) !== 'unchanged')
            return (
              <button
                key={transition}
                type="button"
                aria-pressed={transition === 'reopen' ? undefined : isCurrent}
                disabled={!canSetStatus || action.busy || !changes}
                onClick={async () => {
                  const result = await action.run(() => reviewApi(alignmentId).setReviewStatus(transition, beads))
                  if (result) onChange(result)
                }}
                className={clsx(
                  'inline-flex items-center gap-1 rounded border font-medium disabled:cursor-default',
                  size === 'small' ? 'px-1.5 py-0.5 text-xs' : 'px-2 py-1 text-sm',
                  isCurrent ? ACTIVE[transition] : 'border-line bg-white text-muted enabled:hover:bg-panel enabled:hover:text-ink disabled:opacity-60',
                )}
              >
                <Icon size={size === 'small' ? 12 : 14} aria-hidden />
                {t(`transition.${transition}`)}
              </button>
            )
          })}
      </div>
      <FormError message={action.error} />
    </div>
  )
}

const BADGE: Record<ReviewStatus, string> = {
  UNREVIEWED: 'bg-panel text-muted border-line',
  APPROVED: 'bg-good/10 text-good border-good/40',
  NEEDS_WORK: 'bg-warn/10 text-warn border-warn/40',
  REJECTED: 'bg-bad/10 text-bad border-bad/40',
}

export function StatusBadge({ status }: { status: ReviewStatus }) {
  const t = useTranslations('reviewStatus')
  return <span className={clsx('inline-block rounded border px-1.5 py-px text-xs font-medium', BADGE[status])}>{t(`status.${status}`)}</span>
}
