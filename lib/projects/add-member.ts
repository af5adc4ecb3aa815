import crypto from 'node:crypto'
import { z } from 'zod'
import { requireProjectAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { issueActivation } from '../users/activation'
import { emailSchema, idSchema, parseInput } from '../validation/common'
import { lockProject, roleSchema } from './membership'

export const addMemberSchema = z.object({
  projectId: idSchema,
  email: emailSchema,
  role: roleSchema,
  // Only used when the e-mail has no account yet; the person can change it on activation.
  name: z.string().trim().max(100).optional(),
})

/**
 * Adds a person to the project by e-mail (owners only). Someone without an account gets one
 * without a password and an activation link, returned once for the owner to pass on.
 */
export async function addMember({ userId, ...input }: z.input<typeof addMemberSchema> & { userId: string }) {
  const { projectId, email, role, name } = parseInput(addMemberSchema, input)
  return db.$transaction(async (tx) => {
    await requireProjectAccess(tx, { userId, projectId, action: 'project.manage' })
    await lockProject(tx, projectId)
    let member = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } })
    let activation: { url: string; expiresAt: Date } | null = null
    if (!member) {
      const id = crypto.randomUUID()
      member = await tx.user.create({ data: { id, email, name: name || email.split('@')[0]! }, select: { id: true, name: true, email: true } })
      await recordEvent(tx, { kind: 'user.created', userId, data: { userId: id, email, invitedTo: projectId } })
      const issued = await issueActivation(tx, id)
      activation = { url: issued.url, expiresAt: issued.expiresAt }
    } else if (await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: member.id } }, select: { id: true } })) {
      throw new AppError('INVALID_INPUT', `${email} is already a member of this project.`)
    }
    await tx.membership.create({ data: { projectId, userId: member.id, role } })
    await recordEvent(tx, { kind: 'project.member-added', userId, projectId, data: { memberId: member.id, email, role, isNewAccount: activation !== null } })
    return { member: { userId: member.id, name: member.name, email: member.email, role, isPending: activation !== null }, activation }
  })
}
