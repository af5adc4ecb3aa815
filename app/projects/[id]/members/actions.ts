'use server'
// Thin server actions for the members page: who is asking, then one verb, which checks the
// role and validates every field (lib/projects/*). Every action is a public POST endpoint:
// proxy.ts refuses cross-site callers, the verbs refuse the rest.
import { revalidatePath } from 'next/cache'
import type { Role } from '@/lib/generated/prisma/enums'
import { toActionResult } from '@/lib/errors'
import { addMember } from '@/lib/projects/add-member'
import { changeMemberRole } from '@/lib/projects/change-member-role'
import { removeMember } from '@/lib/projects/remove-member'
import { renewInvitation } from '@/lib/projects/renew-invitation'
import { requireUser } from '@/lib/session'

const refresh = (projectId: number) => revalidatePath(`/projects/${projectId}/members`)

export async function addMemberAction(input: { projectId: number; email: string; role: Role; name?: string }) {
  return toActionResult(async () => {
    const user = await requireUser()
    const result = await addMember({ ...input, userId: user.id })
    refresh(input.projectId)
    return { email: result.member.email, activation: result.activation && { url: result.activation.url, expiresAt: result.activation.expiresAt.toISOString() } }
  })
}

export async function changeMemberRoleAction(input: { projectId: number; memberId: string; role: Role }) {
  return toActionResult(async () => {
    const user = await requireUser()
    const result = await changeMemberRole({ ...input, userId: user.id })
    refresh(input.projectId)
    return result
  })
}

export async function removeMemberAction(input: { projectId: number; memberId: string }) {
  return toActionResult(async () => {
    const user = await requireUser()
    const result = await removeMember({ ...input, userId: user.id })
    refresh(input.projectId)
    return { ...result, hasLeft: input.memberId === user.id }
  })
}

export async function renewInvitationAction(input: { projectId: number; memberId: string }) {
  return toActionResult(async () => {
    const user = await requireUser()
    const { url, expiresAt } = await renewInvitation({ ...input, userId: user.id })
    return { url, expiresAt: expiresAt.toISOString() }
  })
}
