import { z } from 'zod'
import { idSchema } from '../validation/common'

/** Every edit names the alignment and the version the user saw (optimistic concurrency). */
export const editTargetSchema = z.object({
  alignmentId: idSchema,
  expectedVersion: z.number().int().min(1),
})

export const sideSchema = z.enum(['source', 'target'])
export const positionSchema = z.number().int().min(0).max(1_000_000)
