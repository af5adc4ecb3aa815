'use client'
import clsx from 'clsx'
import { Upload } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { Tabs } from 'radix-ui'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { detectLanguage } from '@/lib/formats/language'
import { defaultImportLimits } from '@/lib/formats/limits'
import type { ImportMessage } from '@/lib/formats/import-message'
import type { DetectedLanguage, DocumentFormat, ImportedDocument } from '@/lib/formats/types'
import { textDirection } from '@/lib/text/direction'
import { splitParagraphs, type SplitMode } from '@/lib/text/split-paragraphs'
import { ProgressBar } from '../../../_components/progress-bar'
import type { StreamError } from '../../../_components/read-ndjson'
import { LanguageField } from './language-field'
import { ParagraphList } from './paragraph-list'
import { uploadWithProgress } from './upload'
import { useFileTooLarge, useImportErrorMessage, useImportMessage } from './use-import-error'

export const DOCUMENT_EXTENSIONS = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx'

export type DocumentSide = {
  text: string
  format: DocumentFormat
  fileName?: string
  encoding?: string
  warnings: ImportMessage[]
  /** The user's choice; null follows what detection says (or the default). */
  language: string | null
}

export const emptySide: DocumentSide = { text: '', format: 'PASTE', warnings: [], language: null }

/** What the form needs of a side besides its state: its paragraphs and language, derived. */
export function useSideDerived(side: DocumentSide, split: SplitMode, fallbackLanguage: string) {
  // Deferred: splitting and detecting a whole book on every keystroke would make typing lag.
  const text = useDeferredValue(side.text)
  const paragraphs = useMemo(() => splitParagraphs(text, split), [text, split])
  const detected = useMemo(() => detectLanguage(text), [text])
  return { paragraphs, detected, language: side.language ?? detected?.tag ?? fallbackLanguage }
}

type ReadDocument = Omit<ImportedDocument, 'paragraphs'> & { fileName: string; paragraphCount: number }
type Busy = { stage: 'upload'; loaded: number; total: number; fileName: string } | { stage: 'read'; fileName: string }

export function DocumentSidePanel({
  name,
  label,
  side,
  split,
  paragraphs,
  detected,
  language,
  onChange,
  onReading,
}: {
  name: 'source' | 'target'
  label: string
  side: DocumentSide
  split: SplitMode
  paragraphs: string[]
  detected: DetectedLanguage | null
  language: string
  onChange: (side: DocumentSide) => void
  /** Told when an uploaded file starts and stops being read (its text is not in `side` until then). */
  onReading?: (reading: boolean) => void
}) {
  const t = useTranslations('imports')
  const tCreate = useTranslations('create')
  const errorMessage = useImportErrorMessage()
  const importMessage = useImportMessage()
  const fileTooLarge = useFileTooLarge()
  const id = useId()
  const [view, setView] = useState<'text' | 'paragraphs'>('text')
  const [busy, setBusy] = useState<Busy | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function upload(file: File) {
    setError(null)
    const tooLarge = fileTooLarge(file)
    if (tooLarge) return setError(tooLarge)
    const form = new FormData()
    form.append('file', file)
    form.append('split', split)
    setBusy({ stage: 'upload', loaded: 0, total: file.size, fileName: file.name })
    onReading?.(true)
    try {
      const { document } = await uploadWithProgress<unknown, { document: ReadDocument }>('/api/imports/document', form, {
        onUpload: ({ loaded, total }) => setBusy({ stage: 'upload', loaded, total, fileName: file.name }),
        onProgress: () => setBusy({ stage: 'read', fileName: file.name }),
      })
      // A new file brings its own language: detection decides again until the user does.
      onChange({ text: document.text, format: document.format, fileName: document.fileName, encoding: document.encoding, warnings: document.warnings, language: null })
      setView('paragraphs')
    } catch (caught) {
      setError(errorMessage(caught as StreamError))
    } finally {
      setBusy(null)
      onReading?.(false)
    }
  }

  const direction = textDirection(language)
  return (
    <section
      className="flex flex-col rounded border border-line"
      aria-labelledby={`${id}-label`}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault()
        const file = event.dataTransfer.files[0]
        if (file) void upload(file)
      }}
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-line bg-panel px-3 py-2">
        <h2 id={`${id}-label`} className="font-semibold">
          {label}
        </h2>
        <LanguageField name={name} label={label} value={language} detected={detected} hasText={paragraphs.length > 0} onChange={(tag) => onChange({ ...side, language: tag })} />
        <label
          className={clsx(
            'ml-auto inline-flex cursor-pointer items-center gap-1 rounded border border-line bg-white px-2 py-0.5 text-sm hover:bg-panel focus-within:outline-2 focus-within:outline-accent',
            busy && 'pointer-events-none opacity-60',
          )}
          title={t('uploadHint')}
        >
          <Upload size={14} aria-hidden />
          {t('upload')}
          <input
            type="file"
            accept={DOCUMENT_EXTENSIONS}
            className="sr-only"
            name={`${name}File`}
            aria-label={t('uploadFor', { side: label })}
            disabled={busy !== null}
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void upload(file)
            }}
          />
        </label>
      </header>
      <Tabs.Root className="flex-1" value={view} onValueChange={(value) => setView(value as typeof view)}>
        <Tabs.List className="flex gap-1 border-b border-line px-2 pt-1 text-xs" aria-label={t('viewOf', { side: label })}>
          {(['text', 'paragraphs'] as const).map((value) => (
            <Tabs.Trigger
              key={value}
              value={value}
              className="rounded-t border border-b-0 border-transparent px-2 py-1 text-muted data-[state=active]:border-line data-[state=active]:bg-white data-[state=active]:font-medium data-[state=active]:text-ink"
            >
              {value === 'text' ? t('view.text') : t('view.paragraphs', { count: paragraphs.length })}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="text">
          <textarea
            name={`${name}Text`}
            aria-label={tCreate('textOf', { side: label })}
            dir={direction}
            lang={language}
            className="paragraph-text block h-72 w-full resize-y px-3 py-2 outline-none"
            placeholder={t('pastePlaceholder')}
            value={side.text}
            onChange={(e) => onChange({ ...side, text: e.target.value, format: side.fileName ? side.format : 'PASTE', warnings: side.fileName ? side.warnings : [] })}
          />
        </Tabs.Content>
        <Tabs.Content value="paragraphs">
          <ParagraphList paragraphs={paragraphs} language={language} label={t('paragraphsOf', { side: label })} testId={`${name}-paragraphs`} />
        </Tabs.Content>
      </Tabs.Root>
      {busy && (
        <div className="border-t border-line px-3 py-2">
          {busy.stage === 'upload' ? (
            <ProgressBar label={t('uploading', { file: busy.fileName })} done={busy.loaded} total={busy.total} />
          ) : (
            <ProgressBar label={t('reading', { file: busy.fileName })} done={1} total={1} />
          )}
        </div>
      )}
      <footer className="flex flex-wrap items-center gap-x-2 gap-y-1 border-t border-line px-3 py-1.5 text-xs text-muted">
        <span data-testid={`${name}-paragraph-count`}>{tCreate('paragraphCount', { count: paragraphs.length })}</span>
        {side.fileName && (
          <span data-testid={`${name}-file`}>
            · {side.fileName} ({t(`format.${side.format}`)}
            {side.encoding ? `, ${t(`encoding.${side.encoding}`)}` : ''})
          </span>
        )}
        {paragraphs.length > defaultImportLimits.maxParagraphs && <span className="text-bad">{t('errors.tooManyParagraphs', { limit: defaultImportLimits.maxParagraphs })}</span>}
      </footer>
      {error && (
        <p role="alert" className="border-t border-bad/30 bg-bad/5 px-3 py-1.5 text-sm text-bad">
          {error}
        </p>
      )}
      {side.warnings.length > 0 && (
        <ul className="space-y-0.5 border-t border-line bg-warn/5 px-3 py-1.5 text-xs text-warn" aria-label={t('warnings')} data-testid={`${name}-warnings`}>
          {side.warnings.map((warning) => (
            <li key={warning.message}>{importMessage(warning)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
