import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { isSetupOpen } from '@/lib/users/create-first-admin'
import { SetupForm } from './setup-form'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('title') }
}

export default async function SetupPage() {
  if (!(await isSetupOpen())) redirect('/sign-in')
  const t = await getTranslations('setup')
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-2 text-xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      <SetupForm />
    </main>
  )
}
