import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { AppError } from '@/lib/errors'
import { getActivation } from '@/lib/users/activate-account'
import { ActivateForm } from './activate-form'

type Props = { params: Promise<{ token: string }> }

export async function generateMetadata(): Promise<Metadata> {
  // No token in the title: it would end up in the browser's history list and in bookmarks.
  return { title: (await getTranslations('activation'))('title'), referrer: 'no-referrer' }
}

export default async function ActivatePage({ params }: Props) {
  const { token } = await params
  const t = await getTranslations('activation')
  let account: { email: string; name: string } | null = null
  try {
    account = await getActivation({ token })
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error
  }
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      {account ? (
        <>
          <h1 className="mb-2 text-xl font-semibold">{t('title')}</h1>
          <p className="mb-6 text-muted">{t('intro', { email: account.email })}</p>
          <ActivateForm token={token} email={account.email} defaultName={account.name} />
        </>
      ) : (
        <>
          <h1 className="mb-2 text-xl font-semibold">{t('invalidTitle')}</h1>
          <p role="alert" className="mb-6 text-muted">
            {t('invalid')}
          </p>
          <Link href="/sign-in" className="text-accent hover:underline">
            {t('toSignIn')}
          </Link>
        </>
      )}
    </main>
  )
}
