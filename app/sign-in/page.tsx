import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { demoAccounts } from '@/prisma/demo-accounts'
import { getSessionUser } from '@/lib/session'
import { isSetupOpen } from '@/lib/users/create-first-admin'
import { SignInForm } from './sign-in-form'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') }
}

function safeNext(next: string | string[] | undefined): string {
  // Only same-site paths: "//evil.example" and absolute URLs would be open redirects.
  return typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : '/'
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNext((await searchParams).next)
  if (await getSessionUser()) redirect(next)
  if (await isSetupOpen()) redirect('/setup')
  const t = await getTranslations('signIn')
  const showDemo = process.env.TANDEM_DEMO === '1'
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-6 text-xl font-semibold">{t('title')}</h1>
      <SignInForm next={next} />
      {showDemo && (
        <section className="mt-8 rounded border border-line bg-panel p-3 text-sm" aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="mb-1 font-medium">
            {t('demoHeading')}
          </h2>
          <p className="mb-2 text-muted">{t('demoIntro')}</p>
          <ul className="space-y-0.5 font-mono text-xs">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                {account.email} · {account.password} <span className="font-sans text-muted">({account.role.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}
