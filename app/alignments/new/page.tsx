import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { findProjectsForAction } from '@/lib/projects/find-projects-for-action'
import { requirePageUser } from '@/lib/session'
import { NewAlignment } from './_components/new-alignment'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('create'))('title') }
}

export default async function NewAlignmentPage({ searchParams }: { searchParams: Promise<{ project?: string }> }) {
  const user = await requirePageUser('/alignments/new')
  const [t, projects, { project }] = await Promise.all([
    getTranslations('create'),
    findProjectsForAction({ userId: user.id, action: 'alignment.create' }),
    searchParams,
  ])
  const preselected = projects.find((p) => String(p.id) === project)?.id ?? projects[0]?.id ?? null
  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="mb-1 text-xl font-semibold">{t('title')}</h1>
      <p className="mb-5 text-muted">{t('intro')}</p>
      <NewAlignment projects={projects} defaultProjectId={preselected} />
    </main>
  )
}
