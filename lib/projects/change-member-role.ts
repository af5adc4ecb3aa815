import { z } from 'zod'
import { requireProjectAccess } from '../access'
import { db } from '../db'
import { recordEvent } from '../events/record-event'
import { parseInput } from '../validation/common'
import { lockProject, memberTargetSchema, requireAnotherOwner, requireMember, roleSchema } from './membership'

export const changeMemberRoleSchema = memberTargetSchema.extend({ role: roleSchema })

/** Gives a member another role (owners only); the last owner cannot step down. */
export async function changeMemberRole({ userId, ...input }: z.input<typeof changeMemberRoleSchema> & { userId: string }) {
  const { projectId, memberId, role } = parseInput(changeMemberRoleSchema, input)
  return db.$transaction(async (tx) => {
    await requireProjectAccess(tx, { userId, projectId, action: 'project.manage' })
    await lockProject(tx, projectId)
    const membership = await requireMember(tx, projectId, memberId)
    if (membership.role === role) return { userId: memberId, role }
    if (membership.role === 'OWNER') await requireAnotherOwner(tx, projectId, memberId, 'This change')
    await tx.membership.update({ where: { id: membership.id }, data: { role } })
    await recordEvent(tx, { kind: 'project.member-role-changed', userId, projectId, data: { memberId, from: membership.role, to: role } })
    return { userId: memberId, role }
  })
}
