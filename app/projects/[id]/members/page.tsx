import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { can } from '@/lib/access'
import { AppError } from '@/lib/errors'
import { findMembers } from '@/lib/projects/find-members'
import { requirePageUser } from '@/lib/session'
import { idSchema } from '@/lib/validation/common'
import { MembersPanel } from './members-panel'

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('members'))('linkLabel') }
}

export default async function MembersPage({ params }: Props) {
  const parsed = idSchema.safeParse((await params).id)
  if (!parsed.success) notFound()
  const user = await requirePageUser(`/projects/${parsed.data}/members`)
  let data: Awaited<ReturnType<typeof findMembers>>
  try {
    data = await findMembers({ userId: user.id, projectId: parsed.data })
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
  const t = await getTranslations('members')
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-xl font-semibold">{t('title', { project: data.project.name })}</h1>
      <p className="mb-5 text-sm text-muted">{t('intro')}</p>
      <MembersPanel
        projectId={data.project.id}
        currentUserId={user.id}
        canManage={can(data.role, 'project.manage')}
        members={data.members.map((m) => ({ ...m, since: m.since.toISOString() }))}
      />
    </main>
  )
}
