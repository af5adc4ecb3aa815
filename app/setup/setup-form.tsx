'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth-policy'
import { authClient } from '@/lib/auth-client'
import { Button, Field, FormError } from '../_components/form'
import { createFirstAdminAction } from './actions'

export function SetupForm() {
  const t = useTranslations('setup')
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <form
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        const input = { name: String(form.get('name')), email: String(form.get('email')), password: String(form.get('password')) }
        setBusy(true)
        const result = await createFirstAdminAction(input)
        if (!result.ok) {
          setBusy(false)
          setError(result.error.message)
          return
        }
        await authClient.signIn.email({ email: input.email, password: input.password })
        router.push('/')
        router.refresh()
      }}
    >
      <Field label={t('name')} name="name" required autoComplete="name" />
      <Field label={t('email')} name="email" type="email" required autoComplete="username" />
      <Field
        label={t('password')}
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
      />
      <FormError message={error} />
      <Button type="submit" disabled={isBusy}>
        {t('submit')}
      </Button>
    </form>
  )
}
