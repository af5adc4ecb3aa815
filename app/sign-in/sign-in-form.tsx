'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { authClient } from '@/lib/auth-client'
import { Button, Field, FormError } from '../_components/form'

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('signIn')
  const tGuard = useTranslations('signInGuard')
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        setBusy(true)
        setError(null)
        const { error } = await authClient.signIn.email({
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
        })
        setBusy(false)
        if (error) {
          setError(error.code === 'ACCOUNT_LOCKED' ? tGuard('accountLocked') : error.status === 429 ? t('rateLimited') : t('failed'))
          return
        }
        router.push(next)
        router.refresh()
      }}
    >
      <Field label={t('email')} name="email" type="email" autoComplete="username" required autoFocus />
      <Field label={t('password')} name="password" type="password" autoComplete="current-password" required />
      <FormError message={error} />
      <Button type="submit" disabled={isBusy}>
        {isBusy ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}
