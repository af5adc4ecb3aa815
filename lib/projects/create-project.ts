import { z } from 'zod'
import { db, type Tx } from '../db'
import { AppError } from '../errors'
import { recordEvent } from '../events/record-event'
import { parseInput } from '../validation/common'

export const createProjectSchema = z.object({
  name: z.string().trim().min(1, 'A project needs a name.').max(200),
  description: z.string().trim().max(5000).default(''),
})

/** Inserts a project owned by `userId` (inside `tx`; the caller has checked the user exists). */
export async function insertProject(
  tx: Tx,
  { userId, name, description, sampleKey }: { userId: string; name: string; description: string; sampleKey?: string },
) {
  const project = await tx.project.create({
    data: { name, description, sampleKey, memberships: { create: { userId, role: 'OWNER' } } },
    select: { id: true, name: true },
  })
  await recordEvent(tx, { kind: 'project.created', userId, projectId: project.id, data: { name } })
  return project
}

/** Any signed-in user may create a project; they become its owner. */
export async function createProject({ userId, ...input }: { userId: string; name: string; description?: string }) {
  const data = parseInput(createProjectSchema, input)
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } })
    if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in again.')
    return insertProject(tx, { userId, ...data })
  })
}
