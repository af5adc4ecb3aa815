import { z } from 'zod'
import { checkCodes } from '@/lib/checks'
import { findBeadTexts } from '@/lib/findings/find-bead-texts'
import { findFindings } from '@/lib/findings/find-findings'
import { checkCodeSchema } from '@/lib/findings/finding-input'
import { pageOfFindings, summariseFindings } from '@/lib/findings/summarise-findings'
import { findingsPerBin } from '@/lib/reviews/review-progress'
import { progressStream, withUser } from '@/lib/route'
import { parseInput } from '@/lib/validation/common'
import { alignmentIdOf, queryOf, type AlignmentParams } from '../review-request'

const FIRST_PAGE = 10

const pageSchema = z.object({
  check: checkCodeSchema,
  status: z.enum(['open', 'dismissed', 'all']).default('open'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})

/**
 * Without `check`: the overview, streamed as NDJSON (progress lines while the checks run on a
 * long alignment, then `{ type: "done", summary, perBin, groups, beads }` with the first open
 * findings of each check and the texts of their beads). With
 * `?check=numbers&status=open|dismissed|all&offset=10&limit=25`: one page of one check, as JSON
 * `{ version, total, items, beads }`. With `?scope=all`: every finding, dismissed ones too, streamed
 * like the overview and ending in `{ type: "done", version, findings }` (the editor marks its
 * rows with them and has the texts already).
 */
export const GET = withUser<AlignmentParams>(async ({ request, user, params }) => {
  const alignmentId = alignmentIdOf(params)
  const query = queryOf(request)
  const textsOf = (items: { beadId: number }[]) => findBeadTexts({ alignmentId, userId: user.id, beadIds: items.map((item) => item.beadId) })
  if (query.check !== undefined) {
    const page = parseInput(pageSchema, query)
    const { findings, version } = await findFindings({ alignmentId, userId: user.id })
    const { total, items } = pageOfFindings(findings, page)
    return { version, total, items, beads: await textsOf(items) }
  }
  if (query.scope === 'all') {
    return progressStream(async (send) => {
      const { findings, version } = await findFindings({ alignmentId, userId: user.id, onProgress: (progress) => send({ type: 'progress', ...progress }) })
      return { version, findings }
    })
  }
  return progressStream(async (send) => {
    const { findings, beads, version } = await findFindings({ alignmentId, userId: user.id, onProgress: (progress) => send({ type: 'progress', ...progress }) })
    const groups = Object.fromEntries(checkCodes.map((check) => [check, pageOfFindings(findings, { check, status: 'open', offset: 0, limit: FIRST_PAGE })]))
    const shown = Object.values(groups).flatMap((group) => group.items)
    const open = findings.filter((finding) => !finding.isDismissed).map((finding) => finding.beadNumber)
    return { version, summary: summariseFindings(findings, beads), perBin: findingsPerBin(open, beads), groups, beads: await textsOf(shown) }
  })
})
