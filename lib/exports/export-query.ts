// Export options as URL search parameters (?format=tmx&beads=approved&comments=false), for
// the export API: the strings become exportOptionsSchema's input.
import { z } from 'zod'
import { exportOptionsSchema } from '../formats/export'

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

export const exportQuerySchema = z
  .object({
    format: z.string(),
    beads: z.string().optional(),
    oneSided: z.string().optional(),
    comments: flag.optional(),
    annotations: flag.optional(),
    bom: flag.optional(),
  })
  .transform(({ comments, annotations, ...rest }, ctx) => {
    const result = exportOptionsSchema.safeParse({ ...rest, includeComments: comments, includeAnnotations: annotations })
    if (result.success) return result.data
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    return z.NEVER
  })
