import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { findProjects } from '@/lib/projects/find-projects'
import { getSession } from '@/lib/session'
import { findSessions } from '@/lib/users/find-sessions'
import { SignOutButton } from '../_components/sign-out-button'
import { ChangePasswordForm } from './change-password-form'
import { SessionList } from './session-list'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') }
}

export default async function AccountPage() {
  const session = await getSession()
  if (!session) redirect('/sign-in?next=%2Faccount')
  const [t, sessions, projects] = await Promise.all([getTranslations('account'), findSessions({ userId: session.user.id }), findProjects({ userId: session.user.id })])
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-6">
      <div>
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t('name')}</dt>
          <dd>{session.user.name}</dd>
          <dt className="text-muted">{t('email')}</dt>
          <dd>{session.user.email}</dd>
          <dt className="sr-only">{t('profile')}</dt>
          <dd className="col-span-2 text-muted">{t('projects', { count: projects.length })}</dd>
        </dl>
      </div>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 font-semibold">
          {t('passwordHeading')}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-1 font-semibold">
          {t('sessionsHeading')}
        </h2>
        <p className="mb-3 text-sm text-muted">{t('sessionsIntro')}</p>
        <SessionList
          currentId={session.sessionId}
          // The server's clock, so the browser renders the same "7 seconds ago" it hydrates.
          now={new Date().toISOString()}
          sessions={sessions.map((s) => ({ id: s.id, userAgent: s.userAgent, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() }))}
        />
        <div className="mt-4">
          <SignOutButton />
        </div>
      </section>
    </main>
  )
}
