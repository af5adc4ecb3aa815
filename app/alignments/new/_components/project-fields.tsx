'use client'
import { useTranslations } from 'next-intl'

export const NEW_PROJECT = 'new'

export type ProjectChoice = { project: string; newProjectName: string; title: string }

/** Where the alignment goes and what it is called; shared by both ways of creating one. */
export function ProjectFields({
  projects,
  value,
  onChange,
  isTitleRequired,
}: {
  projects: { id: number; name: string }[]
  value: ProjectChoice
  onChange: (value: ProjectChoice) => void
  isTitleRequired: boolean
}) {
  const t = useTranslations('create')
  const tImports = useTranslations('imports')
  return (
    <>
      <div className="grid gap-4 md:grid-cols-[1fr_1fr]">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{t('project')}</span>
          <select className="w-full rounded border border-line px-2 py-1.5" value={value.project} onChange={(e) => onChange({ ...value, project: e.target.value })}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NEW_PROJECT}>{t('newProject')}</option>
          </select>
        </label>
        {value.project === NEW_PROJECT && (
          <label className="block">
            <span className="mb-1 block text-sm font-medium">{t('newProjectName')}</span>
            <input
              className="w-full rounded border border-line px-2 py-1.5"
              value={value.newProjectName}
              onChange={(e) => onChange({ ...value, newProjectName: e.target.value })}
              required
              maxLength={200}
            />
          </label>
        )}
      </div>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{t('alignmentTitle')}</span>
        <input
          className="w-full rounded border border-line px-2 py-1.5"
          value={value.title}
          onChange={(e) => onChange({ ...value, title: e.target.value })}
          required={isTitleRequired}
          maxLength={300}
          name="title"
          placeholder={isTitleRequired ? undefined : tImports('aligned.titlePlaceholder')}
        />
      </label>
    </>
  )
}

/** The project part of a request: an existing project's id, or the name of a new one. */
export function projectPart(value: ProjectChoice): { projectId: number } | { newProjectName: string } {
  return value.project === NEW_PROJECT ? { newProjectName: value.newProjectName.trim() } : { projectId: Number(value.project) }
}
