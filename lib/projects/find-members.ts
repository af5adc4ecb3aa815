import { requireProjectAccess } from '../access'
import { db } from '../db'
import { idSchema, parseInput } from '../validation/common'

/** Everyone in the project with their role, owners first; pending = has not set a password yet. */
export async function findMembers({ userId, projectId }: { userId: string; projectId: number }) {
  const id = parseInput(idSchema, projectId)
  return db.$transaction(async (tx) => {
    const access = await requireProjectAccess(tx, { userId, projectId: id, action: 'project.read' })
    const [project, memberships] = await Promise.all([
      tx.project.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } }),
      tx.membership.findMany({
        where: { projectId: id },
        orderBy: [{ createdAt: 'asc' }],
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true, accounts: { where: { providerId: 'credential' }, select: { id: true } } } },
        },
      }),
    ])
    const order = { OWNER: 0, EDITOR: 1, REVIEWER: 2, VIEWER: 3 } as const
    const members = memberships
      .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt, isPending: m.user.accounts.length === 0 }))
      .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name))
    return { project, role: access.role, members }
  })
}
