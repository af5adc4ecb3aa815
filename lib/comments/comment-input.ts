import { z } from 'zod'
import { positionSchema, sideSchema } from '../beads/edit-input'
import { idSchema } from '../validation/common'

/** As the database allows (Comment_body_check counts code points; UTF-16 units are at least as many). */
export const MAX_COMMENT_CHARS = 20_000

export const commentBodySchema = z
  .string()
  .transform((body) => body.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'A comment needs some text.')
      .max(MAX_COMMENT_CHARS, `A comment may hold at most ${MAX_COMMENT_CHARS.toLocaleString('en')} characters.`),
  )

export const commentTargetSchema = z.object({ alignmentId: idSchema, commentId: idSchema })

/** Where a thread starts: a paragraph of the bead (default: its first original paragraph, else its first translation paragraph). */
export const anchorSchema = z.object({ side: sideSchema, position: positionSchema })

/** The same author posting the same text to the same place this soon is a double submission. */
export const DUPLICATE_WINDOW_MS = 10_000
