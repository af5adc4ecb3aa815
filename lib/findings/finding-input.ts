import { z } from 'zod'
import { checkCodes } from '../checks'
import { idSchema } from '../validation/common'

/** "numbers:0123456789abcdef" (lib/checks/fingerprint.ts). */
export const fingerprintSchema = z
  .string()
  .regex(/^[a-z-]+:[0-9a-f]{16}$/, 'Not a finding fingerprint.')
  .refine((value) => (checkCodes as readonly string[]).includes(value.slice(0, value.indexOf(':'))), 'Not a finding fingerprint: unknown check.')

export const checkCodeSchema = z.enum(checkCodes)

export const MAX_FINGERPRINTS = 20_000

/** Findings named one by one (their fingerprints), or every current one of a check. */
export const findingSelectionSchema = z
  .object({
    alignmentId: idSchema,
    fingerprints: z.array(fingerprintSchema).min(1).max(MAX_FINGERPRINTS).optional(),
    check: checkCodeSchema.optional(),
  })
  .refine((input) => (input.fingerprints === undefined) !== (input.check === undefined), { message: 'Name the findings by fingerprints, or give a check — not both.' })
