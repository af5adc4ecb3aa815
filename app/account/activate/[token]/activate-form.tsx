'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth-policy'
import { authClient } from '@/lib/auth-client'
import { Button, Field, FormError } from '../../../_components/form'
import { useErrorMessage } from '../../../_components/use-error-message'
import { activateAccountAction } from './actions'

export function ActivateForm({ token, email, defaultName }: { token: string; email: string; defaultName: string }) {
  const t = useTranslations('activation')
  const errorMessage = useErrorMessage()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        const password = String(data.get('password'))
        if (password !== String(data.get('repeatPassword'))) {
          setError(t('mismatch'))
          return
        }
        setError(null)
        setBusy(true)
        const result = await activateAccountAction({ token, name: String(data.get('name')), password })
        if (!result.ok) {
          setBusy(false)
          setError(errorMessage(result.error))
          return
        }
        await authClient.signIn.email({ email, password })
        router.push('/')
        router.refresh()
      }}
    >
      <Field label={t('name')} name="name" required maxLength={100} defaultValue={defaultName} autoComplete="name" />
      <input type="hidden" name="username" value={email} autoComplete="username" readOnly />
      <Field
        label={t('password')}
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={256}
        autoComplete="new-password"
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
      />
      <Field label={t('repeatPassword')} name="repeatPassword" type="password" required minLength={MIN_PASSWORD_LENGTH} maxLength={256} autoComplete="new-password" />
      <FormError message={error} />
      <Button type="submit" disabled={isBusy}>
        {isBusy ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}
