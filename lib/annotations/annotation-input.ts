import { z } from 'zod'
import { positionSchema, sideSchema } from '../beads/edit-input'
import { MAX_PARAGRAPH_CHARS } from '../paragraphs/edit-paragraph-text'
import { severities } from '../quality/severity-weights'
import { idSchema } from '../validation/common'
import { issueCategories } from './mqm'

export const MAX_NOTE_CHARS = 5_000

export const categorySchema = z.enum(issueCategories as [string, ...string[]]).transform((value) => value as (typeof issueCategories)[number])
export const severitySchema = z.enum(severities)
export const noteSchema = z
  .string()
  .transform((note) => note.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(MAX_NOTE_CHARS, `A note may hold at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters.`))

/** A span [start, end) in UTF-16 code units of one paragraph, with the text the user selected there. */
export const spanSchema = z
  .object({
    side: sideSchema,
    position: positionSchema,
    start: z.number().int().min(0).max(MAX_PARAGRAPH_CHARS),
    end: z.number().int().min(1).max(MAX_PARAGRAPH_CHARS),
    quote: z.string().min(1).max(MAX_PARAGRAPH_CHARS),
  })
  .refine((span) => span.end > span.start, { message: 'An annotation needs a span of at least one character (end after start).', path: ['end'] })
  .refine((span) => span.quote.length === span.end - span.start, { message: 'The quoted text does not have the length of the span.', path: ['quote'] })

export const annotationTargetSchema = z.object({ alignmentId: idSchema, annotationId: idSchema })

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Whether UTF-16 offset `at` falls between the two halves of one character (an emoji, a rare CJK character). */
export function cutsCharacter(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))
}
