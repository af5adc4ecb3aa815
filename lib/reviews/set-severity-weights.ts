import { z } from 'zod'
import { requireProjectAccess } from '../access'
import { db } from '../db'
import { recordEvent } from '../events/record-event'
import { readSeverityWeights, severityWeightsSchema, type SeverityWeights } from '../quality/severity-weights'
import { idSchema, parseInput } from '../validation/common'

export const setSeverityWeightsSchema = z.object({ projectId: idSchema, weights: severityWeightsSchema })

/** Sets the penalty points per severity for every alignment of the project (owners only). */
export async function setSeverityWeights({ userId, ...input }: z.input<typeof setSeverityWeightsSchema> & { userId: string }): Promise<SeverityWeights> {
  const { projectId, weights } = parseInput(setSeverityWeightsSchema, input)
  return db.$transaction(async (tx) => {
    await requireProjectAccess(tx, { userId, projectId, action: 'project.manage' })
    const before = readSeverityWeights((await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { severityWeights: true } })).severityWeights)
    await tx.project.update({ where: { id: projectId }, data: { severityWeights: weights } })
    await recordEvent(tx, { kind: 'project.severity-weights-changed', userId, projectId, data: { before, after: weights } })
    return weights
  })
}
