'use client'
import { LogOut } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { authClient } from '@/lib/auth-client'

export function SignOutButton() {
  const t = useTranslations('nav')
  const router = useRouter()
  return (
    <button
      type="button"
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-muted hover:bg-panel hover:text-ink"
      onClick={async () => {
        await authClient.signOut()
        router.push('/sign-in')
        router.refresh()
      }}
    >
      <LogOut size={14} aria-hidden />
      {t('signOut')}
    </button>
  )
}
