'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth-policy'
import { authClient } from '@/lib/auth-client'
import { Button, Field, FormError } from '../_components/form'

export function ChangePasswordForm() {
  const t = useTranslations('account')
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <form
      className="max-w-sm space-y-3"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = event.currentTarget
        const data = new FormData(form)
        setError(null)
        setNotice(null)
        const newPassword = String(data.get('newPassword'))
        if (newPassword !== String(data.get('repeatPassword'))) {
          setError(t('mismatch'))
          return
        }
        const revokeOtherSessions = data.get('revokeOtherSessions') === 'on'
        setBusy(true)
        const { error } = await authClient.changePassword({ currentPassword: String(data.get('currentPassword')), newPassword, revokeOtherSessions })
        setBusy(false)
        if (error) {
          setError(error.status === 429 ? t('rateLimited') : error.code === 'INVALID_PASSWORD' ? t('wrongPassword') : (error.message ?? t('wrongPassword')))
          return
        }
        form.reset()
        setNotice(revokeOtherSessions ? t('changedAndSignedOut') : t('changed'))
        router.refresh()
      }}
    >
      <Field label={t('currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required />
      <Field
        label={t('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={256}
        hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
      />
      <Field label={t('repeatPassword')} name="repeatPassword" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} maxLength={256} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="revokeOtherSessions" defaultChecked />
        {t('signOutOthers')}
      </label>
      <FormError message={error} />
      {notice && (
        <p role="status" className="text-sm text-good">
          {notice}
        </p>
      )}
      <Button type="submit" disabled={isBusy}>
        {isBusy ? t('changing') : t('changePassword')}
      </Button>
    </form>
  )
}
