// Helpers shared by the membership verbs (add, change role, remove); never called from app/.
import { z } from 'zod'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { Role } from '../generated/prisma/enums'
import { userIdSchema } from '../validation/common'

export const roleSchema = z.enum(Role)
export const memberTargetSchema = z.object({ projectId: z.coerce.number().int().positive(), memberId: userIdSchema })

/**
 * Serialises membership changes of one project (row lock on PostgreSQL; PGlite runs one
 * transaction at a time anyway), so two owners demoting each other at once cannot both
 * succeed and leave the project without an owner.
 */
export async function lockProject(tx: Tx, projectId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`
}

/** The member's current role, or NOT_FOUND when `memberId` is not in the project. */
export async function requireMember(tx: Tx, projectId: number, memberId: string) {
  const membership = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: memberId } }, select: { id: true, role: true } })
  if (!membership) throw new AppError('NOT_FOUND', 'This person is not a member of the project.')
  return membership
}

/** Refuses a change that would leave the project without an owner. */
export async function requireAnotherOwner(tx: Tx, projectId: number, memberId: string, what: string): Promise<void> {
  const others = await tx.membership.count({ where: { projectId, role: 'OWNER', userId: { not: memberId } } })
  if (others === 0) throw new AppError('INVALID_INPUT', `${what} would leave the project without an owner. Make someone else an owner first.`)
}
