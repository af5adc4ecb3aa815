'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { locales } from '@/lib/i18n/locales'
import { setLocaleAction } from '../actions/set-locale'

export function LocaleSwitch({ current }: { current: string }) {
  const t = useTranslations('nav')
  const router = useRouter()
  const [isPending, startTransition] = useTransition()
  return (
    <label className="flex items-center gap-1 text-muted">
      <span className="sr-only">{t('interfaceLanguage')}</span>
      <select
        className="rounded border border-line bg-white px-1 py-0.5 text-xs"
        value={current}
        disabled={isPending}
        onChange={(event) => {
          const locale = event.target.value
          startTransition(async () => {
            await setLocaleAction(locale)
            router.refresh()
          })
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {t(`locale.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
