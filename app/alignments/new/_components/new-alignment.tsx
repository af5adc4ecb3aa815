'use client'
import { useTranslations } from 'next-intl'
import { Tabs } from 'radix-ui'
import { useState } from 'react'
import { AlignedFileForm } from './aligned-file-form'
import { DocumentsForm } from './documents-form'
import { NEW_PROJECT, type ProjectChoice } from './project-fields'

/** Two ways to a new alignment: two documents Tandem aligns, or a file that is aligned already. */
export function NewAlignment({ projects, defaultProjectId }: { projects: { id: number; name: string }[]; defaultProjectId: number | null }) {
  const t = useTranslations('imports.mode')
  // Kept here, so switching between the two ways keeps the project and the title.
  const [choice, setChoice] = useState<ProjectChoice>({ project: defaultProjectId ? String(defaultProjectId) : NEW_PROJECT, newProjectName: '', title: '' })
  return (
    <Tabs.Root defaultValue="documents">
      <Tabs.List className="mb-5 flex gap-1 border-b border-line" aria-label={t('label')}>
        {(['documents', 'aligned'] as const).map((mode) => (
          <Tabs.Trigger
            key={mode}
            value={mode}
            className="-mb-px rounded-t border border-transparent px-3 py-1.5 text-sm text-muted hover:text-ink data-[state=active]:border-line data-[state=active]:border-b-white data-[state=active]:bg-white data-[state=active]:font-medium data-[state=active]:text-ink"
          >
            {t(mode)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value="documents">
        <DocumentsForm projects={projects} choice={choice} onChoice={setChoice} />
      </Tabs.Content>
      <Tabs.Content value="aligned">
        <AlignedFileForm projects={projects} choice={choice} onChoice={setChoice} />
      </Tabs.Content>
    </Tabs.Root>
  )
}
