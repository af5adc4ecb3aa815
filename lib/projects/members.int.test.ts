import { describe, expect, it } from 'vitest'
import { makeTeam, makeUser, TEST_PASSWORD } from '../../prisma/factories'
import { getAuth } from '../auth'
import { db } from '../db'
import { AppError } from '../errors'
import { activateAccount, getActivation } from '../users/activate-account'
import { addMember } from './add-member'
import { changeMemberRole } from './change-member-role'
import { findMembers } from './find-members'
import { removeMember } from './remove-member'
import { renewInvitation } from './renew-invitation'

async function expectError(promise: Promise<unknown>, code: AppError['code'], message?: RegExp) {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
  if (message) expect((error as AppError).message).toMatch(message)
}

const tokenOf = (url: string) => url.split('/').at(-1)!

async function signIn(email: string, password: string) {
  const response = await getAuth().handler(
    new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, body: JSON.stringify({ email, password }) }),
  )
  return response.status
}

describe('adding people by e-mail', () => {
  it('adds an existing account at once, and refuses to add it twice', async () => {
    const { project, owner } = await makeTeam()
    const person = await makeUser()
    const added = await addMember({ userId: owner.id, projectId: project.id, email: person.email.toUpperCase(), role: 'REVIEWER' })
    expect(added).toMatchObject({ member: { userId: person.id, role: 'REVIEWER', isPending: false }, activation: null })
    await expectError(addMember({ userId: owner.id, projectId: project.id, email: person.email, role: 'EDITOR' }), 'INVALID_INPUT', /already a member/)
    const event = await db.event.findFirstOrThrow({ where: { projectId: project.id, kind: 'project.member-added' }, select: { userId: true, data: true } })
    expect(event).toMatchObject({ userId: owner.id, data: { memberId: person.id, role: 'REVIEWER' } })
  })

  it('gives someone new an account without password and a link that sets it once, then they can sign in', async () => {
    const { project, owner } = await makeTeam()
    const email = `newcomer-${Date.now()}@test.example`
    const { member, activation } = await addMember({ userId: owner.id, projectId: project.id, email, role: 'EDITOR', name: 'New Comer' })
    expect(member).toMatchObject({ email, role: 'EDITOR', isPending: true })
    expect(activation!.url).toMatch(/\/account\/activate\/[A-Za-z0-9_-]{43}$/)
    // The database keeps only a hash of the link's token.
    expect(await db.verification.count({ where: { value: tokenOf(activation!.url) } })).toBe(0)
    expect(await signIn(email, TEST_PASSWORD)).toBe(401)
    expect((await findMembers({ userId: owner.id, projectId: project.id })).members.find((m) => m.email === email)).toMatchObject({ isPending: true })

    expect(await getActivation({ token: tokenOf(activation!.url) })).toEqual({ email, name: 'New Comer' })
    await expectError(activateAccount({ token: tokenOf(activation!.url), name: 'Newcomer', password: 'short' }), 'INVALID_INPUT', /at least 10/)
    await activateAccount({ token: tokenOf(activation!.url), name: 'Nova Comer', password: TEST_PASSWORD })
    expect(await signIn(email, TEST_PASSWORD)).toBe(200)
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { name: true } })).toEqual({ name: 'Nova Comer' })
    // Used once: the link is dead, and the account cannot be taken over with it.
    await expectError(activateAccount({ token: tokenOf(activation!.url), name: 'Mallory', password: 'another long password' }), 'NOT_FOUND', /not valid any more/)
    await expectError(renewInvitation({ userId: owner.id, projectId: project.id, memberId: member.userId }), 'INVALID_INPUT', /activated/)
  })

  it('a renewed link replaces the old one; an expired link opens nothing', async () => {
    const { project, owner } = await makeTeam()
    const { member, activation } = await addMember({ userId: owner.id, projectId: project.id, email: `renew-${Date.now()}@test.example`, role: 'VIEWER' })
    const renewed = await renewInvitation({ userId: owner.id, projectId: project.id, memberId: member.userId })
    await expectError(getActivation({ token: tokenOf(activation!.url) }), 'NOT_FOUND')
    expect(await getActivation({ token: tokenOf(renewed.url) })).toMatchObject({ email: member.email })
    await db.verification.updateMany({ where: { identifier: `activate:${member.userId}` }, data: { expiresAt: new Date(Date.now() - 1000) } })
    await expectError(activateAccount({ token: tokenOf(renewed.url), name: 'Late', password: TEST_PASSWORD }), 'NOT_FOUND')
  })

  it('two uses of one link at the same time activate the account once', async () => {
    const { project, owner } = await makeTeam()
    const { activation } = await addMember({ userId: owner.id, projectId: project.id, email: `race-${Date.now()}@test.example`, role: 'VIEWER' })
    const token = tokenOf(activation!.url)
    const results = await Promise.allSettled([
      activateAccount({ token, name: 'First', password: 'first long password' }),
      activateAccount({ token, name: 'Second', password: 'second long password' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const user = await db.user.findFirstOrThrow({ where: { email: { startsWith: 'race-' } }, select: { id: true } })
    expect(await db.account.count({ where: { userId: user.id, providerId: 'credential' } })).toBe(1)
  })

  it.each([
    ['an invalid e-mail', { email: 'not-an-email' }, /email/i],
    ['an unknown role', { role: 'ADMIN' }, /role/],
  ])('refuses %s with a clear message', async (_name, override, message) => {
    const { project, owner } = await makeTeam()
    await expectError(addMember({ userId: owner.id, projectId: project.id, email: 'fine@test.example', role: 'VIEWER', ...(override as object) }), 'INVALID_INPUT', message)
  })
})

describe('roles and removal never leave a project without an owner', () => {
  it('changes roles, refuses to demote the last owner, and allows it once there is another owner', async () => {
    const { project, owner, editor } = await makeTeam()
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: editor.id, role: 'VIEWER' })
    expect((await findMembers({ userId: owner.id, projectId: project.id })).members.find((m) => m.userId === editor.id)?.role).toBe('VIEWER')
    await expectError(changeMemberRole({ userId: owner.id, projectId: project.id, memberId: owner.id, role: 'EDITOR' }), 'INVALID_INPUT', /without an owner/)
    await expectError(removeMember({ userId: owner.id, projectId: project.id, memberId: owner.id }), 'INVALID_INPUT', /Leaving would leave the project without an owner/)
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: editor.id, role: 'OWNER' })
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: owner.id, role: 'EDITOR' })
    // The former owner is an editor now and cannot manage members any more.
    await expectError(changeMemberRole({ userId: owner.id, projectId: project.id, memberId: editor.id, role: 'VIEWER' }), 'FORBIDDEN')
    const events = await db.event.findMany({ where: { projectId: project.id, kind: 'project.member-role-changed' }, orderBy: { id: 'asc' }, select: { data: true } })
    expect(events.map((e) => e.data)).toEqual([
      { memberId: editor.id, from: 'EDITOR', to: 'VIEWER' },
      { memberId: editor.id, from: 'VIEWER', to: 'OWNER' },
      { memberId: owner.id, from: 'OWNER', to: 'EDITOR' },
    ])
  })

  it('two owners demoting each other at the same time: one wins, the project keeps an owner', async () => {
    const { project, owner, editor } = await makeTeam()
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: editor.id, role: 'OWNER' })
    const results = await Promise.allSettled([
      changeMemberRole({ userId: owner.id, projectId: project.id, memberId: editor.id, role: 'VIEWER' }),
      changeMemberRole({ userId: editor.id, projectId: project.id, memberId: owner.id, role: 'VIEWER' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db.membership.count({ where: { projectId: project.id, role: 'OWNER' } })).toBe(1)
  })

  it('lets a member leave, an owner remove someone, and answers NOT_FOUND for someone not in the project', async () => {
    const { project, owner, reviewer, viewer, outsider } = await makeTeam()
    await removeMember({ userId: viewer.id, projectId: project.id, memberId: viewer.id })
    await removeMember({ userId: owner.id, projectId: project.id, memberId: reviewer.id })
    await expectError(removeMember({ userId: owner.id, projectId: project.id, memberId: outsider.id }), 'NOT_FOUND')
    const left = (await findMembers({ userId: owner.id, projectId: project.id })).members.map((m) => m.userId)
    expect(left).not.toContain(viewer.id)
    expect(left).not.toContain(reviewer.id)
    // Gone means gone: the former viewer cannot read the project any more.
    await expectError(findMembers({ userId: viewer.id, projectId: project.id }), 'NOT_FOUND')
    const kinds = await db.event.findMany({ where: { projectId: project.id, kind: 'project.member-removed' }, select: { data: true } })
    expect(kinds.map((e) => (e.data as { hasLeft: boolean }).hasLeft).sort()).toEqual([false, true])
  })
})
