import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Plus, Users } from 'lucide-react'
import { findProjects } from '@/lib/projects/find-projects'
import { requirePageUser } from '@/lib/session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') }
}

export default async function HomePage() {
  const user = await requirePageUser('/')
  const [t, tRoles, tReview, tMembers, format, projects] = await Promise.all([
    getTranslations('home'),
    getTranslations('roles'),
    getTranslations('review'),
    getTranslations('members'),
    getFormatter(),
    findProjects({ userId: user.id }),
  ])
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <div className="mb-5 flex items-center justify-between">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <Link href="/alignments/new" className="inline-flex items-center gap-1 rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-[#094b8e]">
          <Plus size={15} aria-hidden />
          {t('newAlignment')}
        </Link>
      </div>
      {projects.length === 0 && <p className="text-muted">{t('empty')}</p>}
      <div className="space-y-6">
        {projects.map((project) => (
          <section key={project.id} aria-labelledby={`project-${project.id}`} className="rounded border border-line">
            <header className="flex items-baseline gap-3 border-b border-line bg-panel px-3 py-2">
              <h2 id={`project-${project.id}`} className="font-semibold">
                {project.name}
              </h2>
              <span className="text-xs text-muted">{tRoles(project.role)}</span>
              <Link href={`/projects/${project.id}/members`} className="ml-auto inline-flex items-center gap-1 text-xs text-accent hover:underline">
                <Users size={13} aria-hidden />
                {tMembers('linkLabel')}
              </Link>
            </header>
            {project.description && <p className="border-b border-line px-3 py-2 text-sm text-muted">{project.description}</p>}
            {project.alignments.length === 0 ? (
              <p className="px-3 py-3 text-sm text-muted">{t('noAlignments')}</p>
            ) : (
              <table className="w-full text-sm">
                <thead className="text-left text-xs text-muted">
                  <tr>
                    <th className="px-3 py-1.5 font-medium">{t('columns.title')}</th>
                    <th className="px-3 py-1.5 font-medium">{t('columns.languages')}</th>
                    <th className="px-3 py-1.5 text-right font-medium">{t('columns.paragraphs')}</th>
                    <th className="px-3 py-1.5 text-right font-medium">{t('columns.confirmed')}</th>
                    <th className="px-3 py-1.5 text-right font-medium">{t('columns.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {project.alignments.map((alignment) => (
                    <tr key={alignment.id} className="border-t border-line hover:bg-panel">
                      <td className="px-3 py-1.5">
                        <Link href={`/alignments/${alignment.id}`} className="font-medium text-accent hover:underline">
                          {alignment.title}
                        </Link>
                        <Link href={`/alignments/${alignment.id}/review`} className="ml-2 text-xs text-muted hover:text-accent hover:underline">
                          {tReview('homeLink')}
                        </Link>
                      </td>
                      <td className="px-3 py-1.5 font-mono text-xs">
                        {alignment.sourceLanguage} → {alignment.targetLanguage}
                      </td>
                      <td className="px-3 py-1.5 text-right tabular-nums">
                        {format.number(alignment.sourceParagraphs)} / {format.number(alignment.targetParagraphs)}
                      </td>
                      <td className="px-3 py-1.5 text-right tabular-nums">
                        {t('confirmedOf', { confirmed: alignment.confirmedBeads, total: alignment.beads })}
                      </td>
                      <td className="px-3 py-1.5 text-right text-muted">{format.relativeTime(alignment.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
    </main>
  )
}
