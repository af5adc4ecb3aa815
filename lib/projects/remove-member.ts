import { z } from 'zod'
import { requireProjectAccess } from '../access'
import { db } from '../db'
import { recordEvent } from '../events/record-event'
import { parseInput } from '../validation/common'
import { lockProject, memberTargetSchema, requireAnotherOwner, requireMember } from './membership'

export const removeMemberSchema = memberTargetSchema

/**
 * Removes a member (owners), or lets any member leave (memberId = their own id). The last
 * owner can do neither. Their comments and edits stay, attributed to them.
 */
export async function removeMember({ userId, ...input }: z.input<typeof removeMemberSchema> & { userId: string }) {
  const { projectId, memberId } = parseInput(removeMemberSchema, input)
  return db.$transaction(async (tx) => {
    await requireProjectAccess(tx, { userId, projectId, action: memberId === userId ? 'project.read' : 'project.manage' })
    await lockProject(tx, projectId)
    const membership = await requireMember(tx, projectId, memberId)
    if (membership.role === 'OWNER') await requireAnotherOwner(tx, projectId, memberId, memberId === userId ? 'Leaving' : 'Removing this owner')
    await tx.membership.delete({ where: { id: membership.id } })
    await recordEvent(tx, { kind: 'project.member-removed', userId, projectId, data: { memberId, role: membership.role, hasLeft: memberId === userId } })
    return { userId: memberId }
  })
}
