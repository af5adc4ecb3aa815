import { z } from 'zod'
import { db } from '../db'
import { AppError } from '../errors'
import { parseInput, userIdSchema } from '../validation/common'

const sessionIdSchema = z.string().min(1).max(200)

/** Signs one of the user's own sessions out (another user's session id answers NOT_FOUND). */
export async function revokeSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  const input = parseInput(z.object({ userId: userIdSchema, sessionId: sessionIdSchema }), { userId, sessionId })
  // Ownership in the where: a session of someone else is simply not found.
  const { count } = await db.session.deleteMany({ where: { id: input.sessionId, userId: input.userId } })
  if (count === 0) throw new AppError('NOT_FOUND', 'This session does not exist any more.')
  return { revoked: count }
}

/** Signs out every session of the user but `keepSessionId` (the one asking). */
export async function revokeOtherSessions({ userId, keepSessionId }: { userId: string; keepSessionId: string }) {
  const input = parseInput(z.object({ userId: userIdSchema, keepSessionId: sessionIdSchema }), { userId, keepSessionId })
  const { count } = await db.session.deleteMany({ where: { userId: input.userId, id: { not: input.keepSessionId } } })
  return { revoked: count }
}
