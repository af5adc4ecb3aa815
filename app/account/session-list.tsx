'use client'
import { useFormatter, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { Button, FormError } from '../_components/form'
import { useErrorMessage } from '../_components/use-error-message'
import { revokeOtherSessionsAction, revokeSessionAction } from './actions'

type Session = { id: string; userAgent: string | null; createdAt: string; updatedAt: string }

/** "Chromium 156 on Linux" from a user-agent string, or null. */
function describeAgent(agent: string | null): string | null {
  if (!agent) return null
  const browser = /(Firefox|Edg|OPR|Chrome|Chromium|Safari)\/(\d+)/.exec(agent)
  const system = /(Windows|Mac OS X|Android|iPhone|iPad|Linux)/.exec(agent)
  const name = browser ? `${browser[1] === 'Edg' ? 'Edge' : browser[1]} ${browser[2]}` : agent.slice(0, 60)
  return system ? `${name} · ${system[1]}` : name
}

export function SessionList({ currentId, sessions, now }: { currentId: string; sessions: Session[]; now: string }) {
  const t = useTranslations('account')
  const format = useFormatter()
  const errorMessage = useErrorMessage()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [isPending, startTransition] = useTransition()
  const others = sessions.filter((s) => s.id !== currentId)
  const run = (action: () => ReturnType<typeof revokeOtherSessionsAction>) =>
    startTransition(async () => {
      const result = await action()
      if (!result.ok) setError(errorMessage(result.error))
      router.refresh()
    })
  return (
    <div>
      <ul className="divide-y divide-line rounded border border-line text-sm" aria-busy={isPending}>
        {sessions.map((session) => (
          <li key={session.id} className="flex items-center gap-3 px-3 py-2" data-testid="session-row">
            <div className="flex-1">
              <div className="font-medium">
                {describeAgent(session.userAgent) ?? t('unknownDevice')}
                {session.id === currentId && <span className="ml-2 text-xs font-normal text-good">{t('thisSession')}</span>}
              </div>
              <div className="text-xs text-muted">{t('lastSeen', { when: format.relativeTime(new Date(session.updatedAt), new Date(now)) })}</div>
            </div>
            {session.id !== currentId && (
              <Button variant="plain" type="button" disabled={isPending} onClick={() => run(() => revokeSessionAction(session.id))}>
                {t('revoke')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('noOtherSessions')}</p>
      ) : (
        <Button className="mt-2" variant="plain" type="button" disabled={isPending} onClick={() => run(revokeOtherSessionsAction)}>
          {t('revokeOthers')}
        </Button>
      )}
      <FormError message={error} />
    </div>
  )
}
