'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { FileUp } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useMemo, useRef, useState } from 'react'
import { detectLanguage } from '@/lib/formats/language'
import type { ImportedAlignment } from '@/lib/formats/types'
import { textDirection } from '@/lib/text/direction'
import { Button, FormError } from '../../../_components/form'
import { ProgressBar } from '../../../_components/progress-bar'
import type { StreamError } from '../../../_components/read-ndjson'
import { LanguageField } from './language-field'
import { ProjectFields, projectPart, type ProjectChoice } from './project-fields'
import { uploadWithProgress } from './upload'
import { useFileTooLarge, useImportErrorMessage, useImportMessage } from './use-import-error'

export const ALIGNED_EXTENSIONS = '.tmx,.xlf,.xliff,.xlif,.jsonl,.ndjson'

type Preview = ImportedAlignment & { fileName: string }
type Busy = { stage: 'upload'; done: number; total: number } | { stage: 'read' | 'save'; done: number; total: number }

/** An already-aligned file (TMX, XLIFF, JSON Lines): read, previewed with its beads, then saved as it is. */
export function AlignedFileForm({ projects, choice, onChoice }: { projects: { id: number; name: string }[]; choice: ProjectChoice; onChoice: (choice: ProjectChoice) => void }) {
  const t = useTranslations('imports.aligned')
  const tCreate = useTranslations('create')
  const tImports = useTranslations('imports')
  const errorMessage = useImportErrorMessage()
  const importMessage = useImportMessage()
  const fileTooLarge = useFileTooLarge()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [languages, setLanguages] = useState<{ source: string | null; target: string | null }>({ source: null, target: null })
  const [busy, setBusy] = useState<Busy | null>(null)
  const [error, setError] = useState<string | null>(null)
  const detected = useMemo(
    () => ({ source: preview && detectLanguage(preview.source.slice(0, 200).join('\n')), target: preview && detectLanguage(preview.target.slice(0, 200).join('\n')) }),
    [preview],
  )
  const fileLanguage = (tag: string | undefined) => (tag && tag !== 'und' ? tag : '')
  const sourceLanguage = languages.source ?? fileLanguage(preview?.sourceLang)
  const targetLanguage = languages.target ?? fileLanguage(preview?.targetLang)

  async function read(chosen: File) {
    setError(null)
    setPreview(null)
    setFile(null)
    const tooLarge = fileTooLarge(chosen)
    if (tooLarge) return setError(tooLarge)
    const form = new FormData()
    form.append('file', chosen)
    setBusy({ stage: 'upload', done: 0, total: chosen.size })
    try {
      const { alignment } = await uploadWithProgress<unknown, { alignment: Preview }>('/api/imports/alignment/preview', form, {
        onUpload: ({ loaded, total }) => setBusy({ stage: 'upload', done: loaded, total }),
        onProgress: () => setBusy({ stage: 'read', done: 1, total: 1 }),
      })
      setFile(chosen)
      setPreview(alignment)
      setLanguages({ source: null, target: null })
      if (!choice.title.trim()) onChoice({ ...choice, title: alignment.title?.trim() || chosen.name.replace(/\.[^.]+$/, '') })
    } catch (caught) {
      setError(errorMessage(caught as StreamError))
    } finally {
      setBusy(null)
    }
  }

  async function submit() {
    if (!file) return
    setError(null)
    const form = new FormData()
    form.append('file', file)
    for (const [key, value] of Object.entries({ ...projectPart(choice), title: choice.title.trim(), sourceLanguage: sourceLanguage.trim(), targetLanguage: targetLanguage.trim() })) {
      form.append(key, String(value))
    }
    setBusy({ stage: 'upload', done: 0, total: file.size })
    try {
      const done = await uploadWithProgress<Busy, { id: number }>('/api/imports/alignment', form, {
        onUpload: ({ loaded, total }) => setBusy({ stage: 'upload', done: loaded, total }),
        onProgress: setBusy,
      })
      router.push(`/alignments/${done.id}`)
    } catch (caught) {
      setBusy(null)
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
      <ProjectFields projects={projects} value={choice} onChange={onChoice} isTitleRequired={false} />
      <label
        className="flex cursor-pointer flex-col items-center gap-1 rounded border border-dashed border-line bg-panel px-4 py-6 text-center hover:border-accent focus-within:outline-2 focus-within:outline-accent"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault()
          const dropped = event.dataTransfer.files[0]
          if (dropped) void read(dropped)
        }}
      >
        <FileUp size={22} aria-hidden className="text-muted" />
        <span className="font-medium">{t('choose')}</span>
        <span className="text-xs text-muted">{t('drop')}</span>
        <input
          type="file"
          accept={ALIGNED_EXTENSIONS}
          className="sr-only"
          name="alignedFile"
          aria-label={t('fileLabel')}
          disabled={busy !== null}
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            event.target.value = ''
            if (chosen) void read(chosen)
          }}
        />
      </label>
      {preview && (
        <section className="rounded border border-line" aria-label={t('previewLabel')}>
          <header className="space-y-2 border-b border-line bg-panel px-3 py-2">
            <p className="text-sm" data-testid="aligned-summary">
              <span className="font-medium">{preview.fileName}</span> ·{' '}
              {t('summary', { format: tImports(`format.${preview.format}`), beads: preview.beads.length, source: preview.source.length, target: preview.target.length })}
            </p>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              <LanguageField name="source" label={tCreate('original')} value={sourceLanguage} detected={detected.source} hasText showSide onChange={(tag) => setLanguages({ ...languages, source: tag })} />
              <LanguageField name="target" label={tCreate('translation')} value={targetLanguage} detected={detected.target} hasText showSide onChange={(tag) => setLanguages({ ...languages, target: tag })} />
            </div>
          </header>
          {preview.warnings.length > 0 && (
            <ul className="space-y-0.5 border-b border-line bg-warn/5 px-3 py-1.5 text-xs text-warn" aria-label={tImports('warnings')} data-testid="aligned-warnings">
              {preview.warnings.map((warning) => (
                <li key={warning.message}>{importMessage(warning)}</li>
              ))}
            </ul>
          )}
          <BeadPreview preview={preview} sourceLanguage={sourceLanguage || 'und'} targetLanguage={targetLanguage || 'und'} />
        </section>
      )}
      <FormError message={error} />
      {busy && <ProgressBar label={t(`stage.${busy.stage}`)} done={busy.done} total={busy.total} />}
      <Button type="submit" disabled={busy !== null || !preview}>
        {t('submit')}
      </Button>
    </form>
  )
}

function BeadPreview({ preview, sourceLanguage, targetLanguage }: { preview: Preview; sourceLanguage: string; targetLanguage: string }) {
  const t = useTranslations('imports.aligned')
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: preview.beads.length, getScrollElement: () => scroller.current, estimateSize: () => 52, overscan: 8 })
  const side = (paragraphs: string[], start: number, end: number) => paragraphs.slice(start, end).join('\n\n')
  const columns = 'grid grid-cols-[3rem_3rem_1fr_1fr_6rem]'
  return (
    <div>
      <div className={`${columns} border-b border-line text-xs font-medium text-muted`}>
        {(['bead', 'type', 'source', 'target', 'status'] as const).map((column) => (
          <div key={column} className="border-l border-line px-2 py-1 first:border-l-0">
            {t(`columns.${column}`)}
          </div>
        ))}
      </div>
      <div ref={scroller} className="h-96 overflow-auto" data-testid="aligned-beads">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const bead = preview.beads[item.index]!
            return (
              <div
                key={item.index}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={`${columns} absolute left-0 right-0 border-b border-line/60 text-sm`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid="aligned-bead"
              >
                <div className="px-2 py-1.5 text-right font-mono text-xs text-muted">{item.index + 1}</div>
                <div className="px-2 py-1.5 font-mono text-xs text-muted">{`${bead.srcEnd - bead.srcStart}-${bead.tgtEnd - bead.tgtStart}`}</div>
                <div className="paragraph-text border-l border-line px-2 py-1.5" dir={textDirection(sourceLanguage)} lang={sourceLanguage}>
                  {side(preview.source, bead.srcStart, bead.srcEnd)}
                </div>
                <div className="paragraph-text border-l border-line px-2 py-1.5" dir={textDirection(targetLanguage)} lang={targetLanguage}>
                  {side(preview.target, bead.tgtStart, bead.tgtEnd)}
                </div>
                <div className="border-l border-line px-2 py-1.5 text-xs text-muted">{t(`reviewStatus.${bead.reviewStatus ?? 'UNREVIEWED'}`)}</div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
