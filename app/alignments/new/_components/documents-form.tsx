'use client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { SplitMode } from '@/lib/text/split-paragraphs'
import { Button, FormError } from '../../../_components/form'
import { ProgressBar } from '../../../_components/progress-bar'
import { readNdjson, type StreamError } from '../../../_components/read-ndjson'
import { DocumentSidePanel, emptySide, useSideDerived, type DocumentSide } from './document-side'
import { ProjectFields, projectPart, type ProjectChoice } from './project-fields'
import { useImportErrorMessage } from './use-import-error'

type Progress = { stage: 'split' | 'align' | 'save'; done: number; total: number }

/** An original and its translation, pasted or uploaded, split, previewed, then aligned and saved. */
export function DocumentsForm({ projects, choice, onChoice }: { projects: { id: number; name: string }[]; choice: ProjectChoice; onChoice: (choice: ProjectChoice) => void }) {
  const t = useTranslations('create')
  const errorMessage = useImportErrorMessage()
  const router = useRouter()
  const [split, setSplit] = useState<SplitMode>('blank-lines')
  const [source, setSource] = useState<DocumentSide>(emptySide)
  const [target, setTarget] = useState<DocumentSide>(emptySide)
  const sourceDerived = useSideDerived(source, split, 'en')
  const targetDerived = useSideDerived(target, split, 'de')
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Sides whose uploaded file is still being read: aligning now would send the text before it.
  const [reading, setReading] = useState({ source: false, target: false })

  async function submit() {
    setError(null)
    setProgress({ stage: 'split', done: 0, total: 1 })
    const side = (state: DocumentSide, language: string) => ({ text: state.text, language: language.trim(), format: state.format, ...(state.fileName ? { fileName: state.fileName } : {}) })
    const body = { ...projectPart(choice), title: choice.title.trim(), split, source: side(source, sourceDerived.language), target: side(target, targetDerived.language) }
    try {
      const response = await fetch('/api/alignments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const done = await readNdjson<Progress, { id: number }>(response, setProgress)
      router.push(`/alignments/${done.id}`)
    } catch (caught) {
      setProgress(null)
      setError(errorMessage(caught as StreamError))
    }
  }

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <ProjectFields projects={projects} value={choice} onChange={onChoice} isTitleRequired />
      <div className="grid gap-4 lg:grid-cols-2">
        <DocumentSidePanel name="source" label={t('original')} side={source} split={split} {...sourceDerived} onChange={setSource} onReading={(busy) => setReading((r) => ({ ...r, source: busy }))} />
        <DocumentSidePanel name="target" label={t('translation')} side={target} split={split} {...targetDerived} onChange={setTarget} onReading={(busy) => setReading((r) => ({ ...r, target: busy }))} />
      </div>
      <fieldset className="flex flex-wrap items-center gap-4 text-sm">
        <legend className="sr-only">{t('splitLegend')}</legend>
        <span className="font-medium">{t('splitLegend')}</span>
        {(['blank-lines', 'line-breaks'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-1.5">
            <input type="radio" name="split" value={mode} checked={split === mode} onChange={() => setSplit(mode)} />
            {t(`split.${mode}`)}
          </label>
        ))}
      </fieldset>
      <FormError message={error} />
      {progress && <ProgressBar label={t(`stage.${progress.stage}`)} done={progress.done} total={progress.total} />}
      <Button type="submit" disabled={progress !== null || reading.source || reading.target}>
        {t('submit')}
      </Button>
    </form>
  )
}
