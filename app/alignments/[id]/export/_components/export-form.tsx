'use client'
import clsx from 'clsx'
import { ArrowLeft, Download } from 'lucide-react'
import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { ExportSummary } from '@/lib/exports/get-export-summary'
import { exportQuery } from '@/lib/exports/export-url'
import { exportFormatNames, exportFormats } from '@/lib/formats/export-formats'
import type { BeadFilter, ExportFormat, OneSidedPolicy } from '@/lib/formats/types'
import { Button, FormError } from '../../../../_components/form'
import { ProgressBar } from '../../../../_components/progress-bar'
import { readNdjson, type StreamError } from '../../../../_components/read-ndjson'
import { localizeError, useCodedMessage } from '../../../../_components/use-coded-message'
import { useErrorMessage } from '../../../../_components/use-error-message'


type Progress = { stage: 'read' | 'write'; done: number; total: number }
type Done = { fileName: string; mimeType: string; beads: number }

export function ExportForm({ summary }: { summary: ExportSummary }) {
  const t = useTranslations('exports')
  const errorMessage = useErrorMessage()
  const exportMessage = useCodedMessage('exportMessages')
  const [format, setFormat] = useState<ExportFormat>('tmx')
  const [beads, setBeads] = useState<BeadFilter>('all')
  // Null until the user chooses: then each format's default (keep where it can hold them).
  const [oneSidedChoice, setOneSidedChoice] = useState<OneSidedPolicy | null>(null)
  const [includeComments, setIncludeComments] = useState(true)
  const [includeAnnotations, setIncludeAnnotations] = useState(true)
  const [bom, setBom] = useState(false)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [downloaded, setDownloaded] = useState<Done | null>(null)

  const { canHoldOneSided } = exportFormats[format]
  const oneSided = oneSidedChoice ?? (canHoldOneSided ? 'keep' : 'skip')
  const isDelimited = format === 'csv' || format === 'tsv'
  const options = { format, beads, oneSided, includeComments, includeAnnotations, bom: isDelimited && bom }
  const count = oneSided === 'keep' ? summary.beads[beads].all : summary.beads[beads].twoSided
  const oneSidedCount = summary.beads[beads].all - summary.beads[beads].twoSided
  const url = `/api/alignments/${summary.id}/export?${exportQuery(options)}`

  async function download() {
    setError(null)
    setDownloaded(null)
    setProgress({ stage: 'read', done: 0, total: 1 })
    const chunks: string[] = []
    try {
      const response = await fetch(url, { headers: { accept: 'application/x-ndjson' } })
      const done = await readNdjson<Progress, Done>(response, setProgress, (message) => {
        if (message.type === 'chunk') chunks.push(message.text as string)
      })
      const link = document.createElement('a')
      link.href = URL.createObjectURL(new Blob(chunks, { type: done.mimeType }))
      link.download = done.fileName
      link.click()
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
      setDownloaded(done)
    } catch (caught) {
      setError(errorMessage(localizeError(caught as StreamError, exportMessage)))
    } finally {
      setProgress(null)
    }
  }

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault()
        void download()
      }}
    >
      <div>
        <Link href={`/alignments/${summary.id}`} className="mb-2 inline-flex items-center gap-1 text-sm text-accent hover:underline">
          <ArrowLeft size={14} aria-hidden />
          {t('back')}
        </Link>
        <h1 className="text-xl font-semibold">{t('heading', { title: summary.title })}</h1>
        <p className="text-muted">
          {summary.projectName} · <span className="font-mono text-xs">{summary.sourceLang} → {summary.targetLang}</span> · {t('beadCount', { count: summary.beads.all.all })}
        </p>
      </div>

      <fieldset>
        <legend className="mb-2 font-medium">{t('format')}</legend>
        <div className="grid gap-2 sm:grid-cols-2" role="radiogroup" aria-label={t('format')}>
          {exportFormatNames.map((name) => (
            <label
              key={name}
              className={clsx('flex cursor-pointer gap-2 rounded border px-3 py-2', name === format ? 'border-accent bg-accent/5' : 'border-line hover:bg-panel')}
            >
              <input type="radio" name="format" value={name} checked={name === format} onChange={() => setFormat(name)} className="mt-1" />
              <span>
                <span className="block font-medium">{t(`formats.${name}.name`)}</span>
                <span className="block text-xs text-muted">{t(`formats.${name}.use`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-medium">{t('beads.legend')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {(['all', 'confirmed', 'approved'] as const).map((filter) => (
            <label key={filter} className="flex items-center gap-1.5">
              <input type="radio" name="beads" value={filter} checked={beads === filter} onChange={() => setBeads(filter)} />
              {t(`beads.${filter}`, { count: summary.beads[filter].all })}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-1 font-medium">{t('oneSided.legend')}</legend>
        <p className="mb-2 text-xs text-muted">{t(`oneSided.about.${canHoldOneSided ? 'canHold' : 'cannotHold'}`, { format: t(`formats.${format}.name`), count: oneSidedCount })}</p>
        <div className="space-y-1 text-sm">
          {(['skip', 'keep'] as const).map((policy) => (
            <label key={policy} className="flex items-start gap-1.5">
              <input type="radio" name="oneSided" value={policy} checked={oneSided === policy} onChange={() => setOneSidedChoice(policy)} className="mt-1" />
              <span>
                {t(`oneSided.${policy}`)}
                {policy === 'keep' && <span className="block text-xs text-muted">{t(`oneSided.keepWrites.${format}`)}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-1 text-sm">
        <legend className="mb-1 font-medium">{t('include.legend')}</legend>
        <label className="flex items-start gap-1.5">
          <input type="checkbox" name="comments" checked={includeComments} onChange={(e) => setIncludeComments(e.target.checked)} className="mt-1" />
          <span>
            {t('include.comments', { count: summary.comments })}
            <span className="block text-xs text-muted">{t(`include.commentsAs.${format}`)}</span>
          </span>
        </label>
        <label className="flex items-start gap-1.5">
          <input type="checkbox" name="annotations" checked={includeAnnotations} onChange={(e) => setIncludeAnnotations(e.target.checked)} className="mt-1" />
          <span>
            {t('include.annotations', { count: summary.annotations })}
            <span className="block text-xs text-muted">{t(`include.annotationsAs.${format}`)}</span>
          </span>
        </label>
        {isDelimited && (
          <label className="flex items-start gap-1.5">
            <input type="checkbox" name="bom" checked={bom} onChange={(e) => setBom(e.target.checked)} className="mt-1" />
            <span>
              {t('include.bom')}
              <span className="block text-xs text-muted">{t('include.bomAbout')}</span>
            </span>
          </label>
        )}
      </fieldset>

      <div className="space-y-2 rounded border border-line bg-panel px-3 py-2">
        <p className="text-sm" data-testid="export-count">
          {count > 0 ? t('willExport', { count }) : t('nothing')}
        </p>
        <p className="text-xs text-muted">{t('encodingNote', { bom: String(options.bom) })}</p>
        <p className="text-xs text-muted">
          {t('api')} <code className="break-all rounded bg-white px-1 font-mono">GET {url}</code>
        </p>
      </div>

      <FormError message={error} />
      {progress && <ProgressBar label={t(`stage.${progress.stage}`)} done={progress.done} total={progress.total} />}
      {downloaded && (
        <p role="status" className="text-sm text-good">
          {t('downloaded', { file: downloaded.fileName, count: downloaded.beads })}
        </p>
      )}
      <Button type="submit" disabled={progress !== null || count === 0}>
        <Download size={15} aria-hidden />
        {t('submit')}
      </Button>
    </form>
  )
}
