import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { AppError } from '@/lib/errors'
import { getExportSummary } from '@/lib/exports/get-export-summary'
import { requirePageUser } from '@/lib/session'
import { idSchema } from '@/lib/validation/common'
import { ExportForm } from './_components/export-form'

type Params = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('exports'))('title') }
}

export default async function ExportPage({ params }: Params) {
  const { id } = await params
  const parsed = idSchema.safeParse(id)
  if (!parsed.success) notFound()
  const user = await requirePageUser(`/alignments/${id}/export`)
  const summary = await getExportSummary({ userId: user.id, alignmentId: parsed.data }).catch((error: unknown) => {
    // Another project's alignment answers exactly like a missing one.
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  })
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <ExportForm summary={summary} />
    </main>
  )
}
