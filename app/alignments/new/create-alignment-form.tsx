'use client'
import { Upload } from 'lucide-react'
import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useId, useMemo, useState } from 'react'
import { splitParagraphs, type SplitMode } from '@/lib/text/split-paragraphs'
import { textDirection } from '@/lib/text/direction'
import { Button, FormError } from '../../_components/form'
import { ProgressBar } from '../../_components/progress-bar'
import { readNdjson, type StreamError } from '../../_components/read-ndjson'
import { useErrorMessage } from '../../_components/use-error-message'

const COMMON_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'tr', 'ar', 'he', 'fa', 'zh', 'ja', 'ko']
const NEW_PROJECT = 'new'

type Side = { text: string; language: string; fileName?: string; format: 'PASTE' | 'TXT' }
type Progress = { stage: 'split' | 'align' | 'save'; done: number; total: number }

export function CreateAlignmentForm({ projects, defaultProjectId }: { projects: { id: number; name: string }[]; defaultProjectId: number | null }) {
  const t = useTranslations('create')
  const errorMessage = useErrorMessage()
  const router = useRouter()
  const [project, setProject] = useState<string>(defaultProjectId ? String(defaultProjectId) : NEW_PROJECT)
  const [newProjectName, setNewProjectName] = useState('')
  const [title, setTitle] = useState('')
  const [split, setSplit] = useState<SplitMode>('blank-lines')
  const [source, setSource] = useState<Side>({ text: '', language: 'en', format: 'PASTE' })
  const [target, setTarget] = useState<Side>({ text: '', language: 'de', format: 'PASTE' })
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    setError(null)
    setProgress({ stage: 'split', done: 0, total: 1 })
    const body = {
      ...(project === NEW_PROJECT ? { newProjectName: newProjectName.trim() } : { projectId: Number(project) }),
      title: title.trim(),
      split,
      source,
      target,
    }
    try {
      const response = await fetch('/api/alignments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const done = await readNdjson<Progress, { id: number }>(response, setProgress)
      router.push(`/alignments/${done.id}`)
    } catch (caught) {
      setProgress(null)
      setError(errorMessage(caught as StreamError))
    }
  }

  const isBusy = progress !== null
  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <div className="grid gap-4 md:grid-cols-[1fr_1fr]">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{t('project')}</span>
          <select className="w-full rounded border border-line px-2 py-1.5" value={project} onChange={(e) => setProject(e.target.value)}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value={NEW_PROJECT}>{t('newProject')}</option>
          </select>
        </label>
        {project === NEW_PROJECT && (
          <label className="block">
            <span className="mb-1 block text-sm font-medium">{t('newProjectName')}</span>
            <input className="w-full rounded border border-line px-2 py-1.5" value={newProjectName} onChange={(e) => setNewProjectName(e.target.value)} required maxLength={200} />
          </label>
        )}
      </div>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{t('alignmentTitle')}</span>
        <input className="w-full rounded border border-line px-2 py-1.5" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} name="title" />
      </label>
      <div className="grid gap-4 lg:grid-cols-2">
        <SidePanel label={t('original')} name="source" side={source} split={split} onChange={setSource} />
        <SidePanel label={t('translation')} name="target" side={target} split={split} onChange={setTarget} />
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
      <Button type="submit" disabled={isBusy}>
        {t('submit')}
      </Button>
    </form>
  )
}

function SidePanel({ label, name, side, split, onChange }: { label: string; name: string; side: Side; split: SplitMode; onChange: (side: Side) => void }) {
  const t = useTranslations('create')
  const locale = useLocale()
  const id = useId()
  const [fileError, setFileError] = useState<string | null>(null)
  const paragraphs = useMemo(() => splitParagraphs(side.text, split), [side.text, split])
  const languageNames = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale])
  const direction = textDirection(side.language)
  return (
    <section className="rounded border border-line" aria-labelledby={`${id}-label`}>
      <header className="flex flex-wrap items-center gap-3 border-b border-line bg-panel px-3 py-2">
        <h2 id={`${id}-label`} className="font-semibold">
          {label}
        </h2>
        <label className="flex items-center gap-1 text-sm">
          <span className="text-muted">{t('language')}</span>
          <input
            name={`${name}Language`}
            aria-label={t('languageOf', { side: label })}
            list={`${id}-languages`}
            className="w-24 rounded border border-line px-1.5 py-0.5 font-mono text-xs"
            value={side.language}
            onChange={(e) => onChange({ ...side, language: e.target.value })}
            required
            aria-describedby={`${id}-language-name`}
          />
          <span id={`${id}-language-name`} className="text-xs text-muted">
            {safeLanguageName(languageNames, side.language)}
          </span>
          <datalist id={`${id}-languages`}>
            {COMMON_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageNames.of(code)}
              </option>
            ))}
          </datalist>
        </label>
        <label className="ml-auto inline-flex cursor-pointer items-center gap-1 rounded border border-line bg-white px-2 py-0.5 text-sm hover:bg-panel">
          <Upload size={14} aria-hidden />
          {t('upload')}
          <input
            type="file"
            accept=".txt,text/plain"
            className="sr-only"
            name={`${name}File`}
            onChange={async (event) => {
              const file = event.target.files?.[0]
              if (!file) return
              setFileError(null)
              try {
                const bytes = new Uint8Array(await file.arrayBuffer())
                const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
                onChange({ ...side, text, fileName: file.name, format: 'TXT' })
              } catch {
                setFileError(t('notUtf8', { file: file.name }))
              }
            }}
          />
        </label>
      </header>
      <textarea
        name={`${name}Text`}
        aria-label={t('textOf', { side: label })}
        dir={direction}
        lang={side.language}
        className="paragraph-text block h-72 w-full resize-y px-3 py-2 outline-none"
        placeholder={t('pastePlaceholder')}
        value={side.text}
        onChange={(e) => onChange({ ...side, text: e.target.value, format: side.fileName ? side.format : 'PASTE' })}
      />
      <footer className="flex items-center gap-2 border-t border-line px-3 py-1.5 text-xs text-muted">
        <span data-testid={`${name}-paragraph-count`}>{t('paragraphCount', { count: paragraphs.length })}</span>
        {side.fileName && <span>· {side.fileName}</span>}
        {fileError && (
          <span role="alert" className="text-bad">
            {fileError}
          </span>
        )}
      </footer>
    </section>
  )
}

function safeLanguageName(names: Intl.DisplayNames, tag: string): string {
  try {
    return names.of(tag) ?? ''
  } catch {
    return ''
  }
}
