'use server'
import { cookies } from 'next/headers'
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales'

/** Remembers the interface language the user picked (overrides the browser's preference). */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return
  ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
}
