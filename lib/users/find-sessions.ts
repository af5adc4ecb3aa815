import { db } from '../db'
import { userIdSchema, parseInput } from '../validation/common'

/** The user's own active sessions, newest activity first (ids only: tokens never leave the server). */
export async function findSessions({ userId }: { userId: string }) {
  const id = parseInput(userIdSchema, userId)
  return db.session.findMany({
    where: { userId: id, expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, createdAt: true, updatedAt: true, userAgent: true, expiresAt: true },
  })
}
