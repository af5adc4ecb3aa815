import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { can } from '@/lib/access'
import { getAlignmentView } from '@/lib/alignments/get-alignment-view'
import { AppError } from '@/lib/errors'
import { requirePageUser } from '@/lib/session'
import { idSchema } from '@/lib/validation/common'
import { packBeads } from '@/lib/editing/pack-beads'
import { AlignmentScreen } from './_components/alignment-screen'

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

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

export default async function AlignmentPage({ params, searchParams }: Params) {
  const { user, view } = await load((await params).id)
  const t = await getTranslations('reviewEditor.links')
  const base = `/alignments/${view.id}`
  // The other pages of the alignment, in the header; the audit log only for roles that may read it.
  const links = [
    { href: `${base}/review`, label: t('review') },
    { href: `${base}/export`, label: t('export') },
    ...(can(view.role, 'audit.read') ? [{ href: `${base}/audit`, label: t('audit') }] : []),
  ]
  // `?bead=<id>` (links from the review summary): the cursor starts on that bead.
  const asked = (await searchParams).bead
  const bead = idSchema.safeParse(Array.isArray(asked) ? asked[0] : asked)
  // The beads travel packed (lib/editing/pack-beads.ts): a tenth of the size inside the HTML.
  return <AlignmentScreen view={{ ...view, beads: [] }} packedBeads={packBeads(view.beads)} userId={user.id} links={links} initialBeadId={bead.success ? bead.data : undefined} />
}
