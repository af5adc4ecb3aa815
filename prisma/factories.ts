// Row factories shared by the integration tests (and usable by scripts): each call makes
// fresh, uniquely named rows, so tests never depend on each other's data.
import crypto from 'node:crypto'
import { db } from '../lib/db'
import type { Role } from '../lib/generated/prisma/enums'
import { insertProject } from '../lib/projects/create-project'
import { insertUser } from '../lib/users/create-user'

export const TEST_PASSWORD = 'correct horse battery'

export async function makeUser(overrides: { name?: string; email?: string; isAdmin?: boolean } = {}) {
  const tag = crypto.randomBytes(5).toString('hex')
  return db.$transaction((tx) =>
    insertUser(
      tx,
      {
        email: overrides.email ?? `user-${tag}@test.example`,
        name: overrides.name ?? `User ${tag}`,
        password: TEST_PASSWORD,
        isAdmin: overrides.isAdmin ?? false,
      },
      null,
    ),
  )
}

export async function makeProject(ownerId: string, name = `Project ${crypto.randomBytes(4).toString('hex')}`) {
  return db.$transaction((tx) => insertProject(tx, { userId: ownerId, name, description: '' }))
}

export async function addMember(projectId: number, userId: string, role: Role) {
  await db.membership.create({ data: { projectId, userId, role } })
}

/** A project with one member per role. */
export async function makeTeam() {
  const [owner, editor, reviewer, viewer, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()])
  const project = await makeProject(owner.id)
  await addMember(project.id, editor.id, 'EDITOR')
  await addMember(project.id, reviewer.id, 'REVIEWER')
  await addMember(project.id, viewer.id, 'VIEWER')
  return { project, owner, editor, reviewer, viewer, outsider }
}
