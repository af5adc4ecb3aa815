import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAlignmentView } from '@/lib/alignments/get-alignment-view'
import { AppError } from '@/lib/errors'
import { requirePageUser } from '@/lib/session'
import { idSchema } from '@/lib/validation/common'
import { packBeads } from '@/lib/editing/pack-beads'
import { AlignmentScreen } from './_components/alignment-screen'

type Params = { params: Promise<{ id: string }> }

/** Several screens' worth of beads: enough to read and work on while the rest loads. */
const FIRST_BEADS_WITH_TEXT = 150

async function load(id: string) {
  const parsed = idSchema.safeParse(id)
  if (!parsed.success) notFound()
  const user = await requirePageUser(`/alignments/${id}`)
  try {
    // The texts of the first beads only: the page draws its first screen at once and loads the
    // rest of the texts right after (AlignmentScreen), however long the alignment is.
    return { user, view: await getAlignmentView({ userId: user.id, alignmentId: parsed.data, textBeads: FIRST_BEADS_WITH_TEXT }) }
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const parsed = idSchema.safeParse((await params).id)
  return { title: parsed.success ? `#${parsed.data}` : undefined }
}

export default async function AlignmentPage({ params }: Params) {
  const { user, view } = await load((await params).id)
  // The header's slot for other pages of the alignment (export, audit) stays empty until
  // those pages exist: pass them as `links`.
  // The beads travel packed (lib/editing/pack-beads.ts): a tenth of the size inside the HTML.
  return <AlignmentScreen view={{ ...view, beads: [] }} packedBeads={packBeads(view.beads)} userId={user.id} />
}
