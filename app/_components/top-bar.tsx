import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getSessionUser } from '@/lib/session'
import { LocaleSwitch } from './locale-switch'
import { SignOutButton } from './sign-out-button'

export async function TopBar() {
  const [t, locale, user] = await Promise.all([getTranslations('nav'), getLocale(), getSessionUser()])
  return (
    <header className="sticky top-0 z-30 flex h-11 items-center gap-4 border-b border-line bg-white/95 px-4 backdrop-blur">
      <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
        <span aria-hidden className="inline-flex h-5 w-7 items-center justify-center rounded bg-accent text-[11px] font-bold text-white">
          ⇄
        </span>
        Tandem
      </Link>
      {user && (
        <nav aria-label={t('main')} className="flex items-center gap-3 text-muted">
          <Link href="/" className="hover:text-ink">
            {t('projects')}
          </Link>
          <Link href="/alignments/new" className="hover:text-ink">
            {t('newAlignment')}
          </Link>
        </nav>
      )}
      <div className="ml-auto flex items-center gap-3">
        <LocaleSwitch current={locale} />
        {user && (
          <>
            <Link href="/account" className="text-muted hover:text-ink" title={user.email}>
              {user.name}
            </Link>
            <SignOutButton />
          </>
        )}
      </div>
    </header>
  )
}
