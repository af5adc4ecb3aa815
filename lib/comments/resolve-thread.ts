import type { z } from 'zod'
import { setThreadResolution, threadTargetSchema } from './set-thread-resolution'
import type { ThreadView } from './thread-view'

export const resolveThreadSchema = threadTargetSchema

/** Marks a thread as settled; anyone who may comment may resolve it. */
export function resolveThread(input: z.input<typeof resolveThreadSchema> & { userId: string }): Promise<ThreadView> {
  return setThreadResolution(input, true)
}
