import type { z } from 'zod'
import { setThreadResolution, threadTargetSchema } from './set-thread-resolution'
import type { ThreadView } from './thread-view'

export const reopenThreadSchema = threadTargetSchema

/** Opens a resolved thread again. */
export function reopenThread(input: z.input<typeof reopenThreadSchema> & { userId: string }): Promise<ThreadView> {
  return setThreadResolution(input, false)
}
