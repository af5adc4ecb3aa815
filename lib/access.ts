// Who may do what. Every lib verb calls one of the `require...Access` guards below inside
// its transaction, before it reads or writes anything else: a page hiding a button is not a
// permission check. A resource in a project the user is not a member of answers NOT_FOUND,
// exactly like a missing one, so its existence does not leak.
import type { Role } from './generated/prisma/enums'
import type { Tx } from './db'
import { AppError, notFound } from './errors'

export const actions = [
  'project.read',
  'project.manage', // rename, members, roles, delete
  'alignment.create',
  'alignment.edit', // bead operations, re-align, undo/redo
  'text.edit', // paragraph wording, split/join paragraphs
  'review.comment',
  'review.annotate',
  'review.status',
  'review.dismiss',
  'export',
  'audit.read',
] as const
export type Action = (typeof actions)[number]

const read: Action[] = ['project.read', 'export']
const review: Action[] = ['review.comment', 'review.annotate', 'review.status', 'review.dismiss']
const edit: Action[] = ['alignment.create', 'alignment.edit', 'text.edit', 'audit.read']

/** The role × action matrix (docs/decisions/002-data-model.md; tested in access.test.ts). */
export const permissions: Record<Role, ReadonlySet<Action>> = {
  OWNER: new Set(actions),
  EDITOR: new Set([...read, ...review, ...edit]),
  REVIEWER: new Set([...read, ...review]),
  VIEWER: new Set(read),
}

export function can(role: Role, action: Action): boolean {
  return permissions[role].has(action)
}

function requireRole(role: Role | undefined, action: Action, what: string): Role {
  if (!role) throw notFound(what)
  if (!can(role, action)) {
    throw new AppError('FORBIDDEN', `Your role (${role.toLowerCase()}) does not allow this.`, { action, role })
  }
  return role
}

export type ProjectAccess = { projectId: number; role: Role }

export async function requireProjectAccess(
  tx: Tx,
  { userId, projectId, action }: { userId: string; projectId: number; action: Action },
): Promise<ProjectAccess> {
  const membership = await tx.membership.findUnique({
    where: { projectId_userId: { projectId, userId } },
    select: { role: true },
  })
  return { projectId, role: requireRole(membership?.role, action, 'This project') }
}

export type AlignmentAccess = ProjectAccess & { alignmentId: number; version: number }

export async function requireAlignmentAccess(
  tx: Tx,
  { userId, alignmentId, action }: { userId: string; alignmentId: number; action: Action },
): Promise<AlignmentAccess> {
  const alignment = await tx.alignment.findFirst({
    where: { id: alignmentId, project: { memberships: { some: { userId } } } },
    select: { projectId: true, version: true, project: { select: { memberships: { where: { userId }, select: { role: true } } } } },
  })
  const role = requireRole(alignment?.project.memberships[0]?.role, action, 'This alignment')
  return { alignmentId, projectId: alignment!.projectId, version: alignment!.version, role }
}
