import { requireProjectAccess } from '../access'
import { db } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { issueActivation, isPending } from '../users/activation'
import { parseInput } from '../validation/common'
import { memberTargetSchema, requireMember } from './membership'

/** A new activation link for a member who has not set a password yet (the old link stops working). */
export async function renewInvitation({ userId, ...input }: { userId: string; projectId: number; memberId: string }) {
  const { projectId, memberId } = parseInput(memberTargetSchema, input)
  return db.$transaction(async (tx) => {
    await requireProjectAccess(tx, { userId, projectId, action: 'project.manage' })
    await requireMember(tx, projectId, memberId)
    if (!(await isPending(tx, memberId))) throw new AppError('INVALID_INPUT', 'This person has activated their account already; they sign in with their own password.')
    const { url, expiresAt } = await issueActivation(tx, memberId)
    await recordEvent(tx, { kind: 'project.invitation-renewed', userId, projectId, data: { memberId } })
    return { url, expiresAt }
  })
}
