import { permissions, type Action } from '../access'
import { db } from '../db'
import type { Role } from '../generated/prisma/enums'

/** Projects in which `userId` may do `action` (e.g. where a new alignment may go). */
export async function findProjectsForAction({ userId, action }: { userId: string; action: Action }) {
  const roles = (Object.keys(permissions) as Role[]).filter((role) => permissions[role].has(action))
  return db.project.findMany({
    where: { memberships: { some: { userId, role: { in: roles } } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
}
