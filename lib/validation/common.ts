// Shared zod schemas for every boundary (forms, JSON bodies, route params, CLI).
// Naming: `<thing>Schema` for a zod schema, `<Thing>Input` for its parsed type.
import { z } from 'zod'
import { AppError } from '../errors'

/** A positive integer id, from a number or a route/search param string. */
export const idSchema = z.coerce.number().int().positive().max(2_147_483_647)

/** A BCP-47 language tag, returned in canonical form ("EN-us" -> "en-US"). */
export const languageTagSchema = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag)
      if (canonical && /^[a-z]{2,3}(-|$)/i.test(canonical)) return canonical
    } catch {
      // Invalid tag: reported below.
    }
    ctx.addIssue({ code: 'custom', message: `"${tag}" is not a valid BCP-47 language tag (e.g. en, de, pt-BR, zh-Hans).` })
    return z.NEVER
  })

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254))

export const userIdSchema = z.string().min(1).max(100)

/** Parses `input` with `schema` or throws INVALID_INPUT naming the first problem. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
  throw new AppError('INVALID_INPUT', `${where}${issue?.message ?? 'invalid input'}`, {
    field: issue?.path.join('.') ?? null,
  })
}
