// The role × action matrix, verb by verb, against the real database (PGlite and PostgreSQL):
// every data-access verb is called by an owner, an editor, a reviewer, a viewer, a signed-in
// non-member, and by an owner of this project on ANOTHER project's resource. The verb must
// succeed for the roles the issue allows (lib/test-support/issue-matrix.ts), answer
// FORBIDDEN to members whose role may not, NOT_FOUND to everyone else, and change nothing
// when it refuses.
//
// The last test reads lib/<entity>/*.ts and FAILS when a file that talks to the database
// exports a function this file does not know: a verb added later must be added to VERBS (or,
// if it is an internal helper running inside its caller's transaction, to NOT_VERBS with the
// reason). That is how verbs written after this test stay covered.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { describeAlignment, makeAlignment, makeProject, makeTeam, makeUser } from '../prisma/factories'
import type { Action } from './access'
import { createAlignment } from './alignments/create-alignment'
import { getAlignmentView } from './alignments/get-alignment-view'
import { findAuditEvents } from './audit/find-audit-events'
import { confirmBeads } from './beads/confirm-beads'
import { detachParagraph } from './beads/detach-paragraph'
import { mergeBeads } from './beads/merge-beads'
import { moveParagraph } from './beads/move-paragraph'
import { pairParagraphs } from './beads/pair-paragraphs'
import { realignAlignment } from './beads/realign-alignment'
import { shiftParagraph } from './beads/shift-paragraph'
import { splitBead } from './beads/split-bead'
import { redoEdit, undoEdit } from './beads/undo-edit'
import { db } from './db'
import { AppError } from './errors'
import type { Role } from './generated/prisma/enums'
import { editParagraphText } from './paragraphs/edit-paragraph-text'
import { findParagraphRevisions } from './paragraphs/find-paragraph-revisions'
import { joinParagraphs } from './paragraphs/join-paragraphs'
import { splitParagraph } from './paragraphs/split-paragraph'
import { addMember } from './projects/add-member'
import { changeMemberRole } from './projects/change-member-role'
import { createProject } from './projects/create-project'
import { findMembers } from './projects/find-members'
import { findProjects } from './projects/find-projects'
import { findProjectsForAction } from './projects/find-projects-for-action'
import { removeMember } from './projects/remove-member'
import { renewInvitation } from './projects/renew-invitation'
import { ISSUE_MATRIX } from './test-support/issue-matrix'
import { activateAccount, getActivation } from './users/activate-account'
import { createFirstAdmin, isSetupOpen } from './users/create-first-admin'
import { createUser } from './users/create-user'
import { findSessions } from './users/find-sessions'
import { revokeOtherSessions, revokeSession } from './users/revoke-sessions'

type Team = Awaited<ReturnType<typeof makeTeam>>
type Made = { id: number; projectId: number }
/** What a call works on: a fresh alignment in the team's project and one in a stranger's project. */
type Scene = { team: Team; mine: Made; theirs: Made; mineBeads: number[]; theirBeads: number[]; members: { mine: string; theirs: string } }
type Caller = Role | 'OUTSIDER'

type VerbCase = {
  /** The permission the verb needs, by the issue; expected outcomes come from ISSUE_MATRIX. */
  action: Action
  /** Bead shapes of the fresh alignments (see prisma/factories.ts makeAlignment). */
  shapes?: string
  /** Work done by the team's owner before the call (e.g. an edit for undo to undo). */
  prepare?: (scene: Scene) => Promise<void>
  call: (userId: string, scene: Scene, on: 'mine' | 'theirs') => Promise<unknown>
}

/** A user row without password (cheap: no scrypt), e.g. a member to remove. */
async function bareUser() {
  const id = crypto.randomUUID()
  return db.user.create({ data: { id, name: `Bare ${id.slice(0, 6)}`, email: `bare-${id}@test.example` }, select: { id: true, email: true } })
}
async function bareMember(projectId: number, role: Role) {
  const user = await bareUser()
  await db.membership.create({ data: { projectId, userId: user.id, role } })
  return user
}

/** A member without password (so also a pending invitation) in both projects, for the membership verbs. */
function addMembers(role: Role) {
  return async (s: Scene) => {
    s.members = { mine: (await bareMember(s.mine.projectId, role)).id, theirs: (await bareMember(s.theirs.projectId, role)).id }
  }
}

const target = (scene: Scene, on: 'mine' | 'theirs') => (on === 'mine' ? scene.mine : scene.theirs)
const beadsOf = (scene: Scene, on: 'mine' | 'theirs') => (on === 'mine' ? scene.mineBeads : scene.theirBeads)
const edit = (scene: Scene, on: 'mine' | 'theirs') => ({ alignmentId: target(scene, on).id, expectedVersion: 1 })

const VERBS: Record<string, VerbCase> = {
  getAlignmentView: { action: 'project.read', call: (userId, s, on) => getAlignmentView({ userId, alignmentId: target(s, on).id }) },
  findParagraphRevisions: { action: 'project.read', call: (userId, s, on) => findParagraphRevisions({ userId, alignmentId: target(s, on).id, side: 'source', position: 0 }) },
  findMembers: { action: 'project.read', call: (userId, s, on) => findMembers({ userId, projectId: target(s, on).projectId }) },
  findAuditEvents: { action: 'audit.read', call: (userId, s, on) => findAuditEvents({ userId, alignmentId: target(s, on).id }) },
  createAlignment: {
    action: 'alignment.create',
    call: (userId, s, on) =>
      createAlignment({ userId, projectId: target(s, on).projectId, title: 'Matrix', source: { text: 'One.\n\nTwo.', language: 'en' }, target: { text: 'Eins.\n\nZwei.', language: 'de' } }),
  },
  mergeBeads: { action: 'alignment.edit', call: (userId, s, on) => mergeBeads({ userId, ...edit(s, on), beadId: beadsOf(s, on)[0]! }) },
  splitBead: { action: 'alignment.edit', shapes: '2-2 1-1', call: (userId, s, on) => splitBead({ userId, ...edit(s, on), beadId: beadsOf(s, on)[0]!, srcAt: 1, tgtAt: 1 }) },
  shiftParagraph: { action: 'alignment.edit', shapes: '2-1 1-1', call: (userId, s, on) => shiftParagraph({ userId, ...edit(s, on), beadId: beadsOf(s, on)[0]!, side: 'source', edge: 'last' }) },
  detachParagraph: { action: 'alignment.edit', call: (userId, s, on) => detachParagraph({ userId, ...edit(s, on), side: 'target', position: 1 }) },
  pairParagraphs: { action: 'alignment.edit', shapes: '1-0 0-1 1-1', call: (userId, s, on) => pairParagraphs({ userId, ...edit(s, on), srcPosition: 0, tgtPosition: 0 }) },
  moveParagraph: { action: 'alignment.edit', shapes: '2-1 0-1 1-1', call: (userId, s, on) => moveParagraph({ userId, ...edit(s, on), side: 'source', position: 1, targetBead: 2 }) },
  confirmBeads: { action: 'alignment.edit', call: (userId, s, on) => confirmBeads({ userId, ...edit(s, on), beadId: beadsOf(s, on)[1]!, scope: 'through' }) },
  realignAlignment: { action: 'alignment.edit', shapes: '2-1 1-2', call: (userId, s, on) => realignAlignment({ userId, ...edit(s, on) }) },
  undoEdit: {
    action: 'alignment.edit',
    prepare: async (s) => {
      for (const on of ['mine', 'theirs'] as const) {
        const owner = on === 'mine' ? s.team.owner.id : (await ownerOf(s.theirs.projectId))
        await confirmBeads({ userId: owner, ...edit(s, on), beadId: beadsOf(s, on)[0]! })
      }
    },
    call: (userId, s, on) => undoEdit({ userId, alignmentId: target(s, on).id, expectedVersion: 2 }),
  },
  redoEdit: {
    action: 'alignment.edit',
    prepare: async (s) => {
      for (const on of ['mine', 'theirs'] as const) {
        const owner = on === 'mine' ? s.team.owner.id : (await ownerOf(s.theirs.projectId))
        await confirmBeads({ userId: owner, ...edit(s, on), beadId: beadsOf(s, on)[0]! })
        await undoEdit({ userId: owner, alignmentId: target(s, on).id, expectedVersion: 2 })
      }
    },
    call: (userId, s, on) => redoEdit({ userId, alignmentId: target(s, on).id, expectedVersion: 3 }),
  },
  editParagraphText: { action: 'text.edit', call: (userId, s, on) => editParagraphText({ userId, ...edit(s, on), side: 'target', position: 0, text: 'Neu.' }) },
  splitParagraph: { action: 'text.edit', call: (userId, s, on) => splitParagraph({ userId, ...edit(s, on), side: 'source', position: 0, at: 1 }) },
  joinParagraphs: { action: 'text.edit', call: (userId, s, on) => joinParagraphs({ userId, ...edit(s, on), side: 'source', position: 0 }) },
  addMember: {
    action: 'project.manage',
    call: async (userId, s, on) => addMember({ userId, projectId: target(s, on).projectId, email: `new-${crypto.randomUUID()}@test.example`, role: 'VIEWER' }),
  },
  changeMemberRole: {
    action: 'project.manage',
    prepare: addMembers('VIEWER'),
    call: (userId, s, on) => changeMemberRole({ userId, projectId: target(s, on).projectId, memberId: s.members[on], role: 'EDITOR' }),
  },
  removeMember: {
    action: 'project.manage',
    prepare: addMembers('REVIEWER'),
    call: (userId, s, on) => removeMember({ userId, projectId: target(s, on).projectId, memberId: s.members[on] }),
  },
  renewInvitation: {
    action: 'project.manage',
    prepare: addMembers('VIEWER'),
    call: (userId, s, on) => renewInvitation({ userId, projectId: target(s, on).projectId, memberId: s.members[on] }),
  },
}

/**
 * Verbs that are not about one project: who may call them is not a project role. Each is
 * checked below in "account-level verbs".
 */
const ACCOUNT_VERBS = [
  'createProject',
  'findProjects',
  'findProjectsForAction',
  'createUser',
  'createFirstAdmin',
  'isSetupOpen',
  'activateAccount',
  'getActivation',
  'findSessions',
  'revokeSession',
  'revokeOtherSessions',
] as const

/** Exported functions of data-access files that are not verbs, and why no check is missing. */
const NOT_VERBS: Record<string, string> = {
  insertAlignment: 'writes inside the caller’s transaction; createAlignment and the seed check access first',
  insertProject: 'writes inside the caller’s transaction; its callers make the user the owner',
  insertUser: 'writes inside the caller’s transaction; createUser (admins) and createFirstAdmin decide who may',
  ensureSamples: 'system: run by the seed and the setup page for the account just created, never with user input',
  editBeads: 'the shared transactional path of the bead verbs: it calls requireAlignmentAccess itself',
  changeParagraphs: 'the shared transactional path of the paragraph verbs: it calls requireAlignmentAccess itself',
  loadAlignmentInfo: 'reads inside editBeads’ transaction, after its access check',
  claimVersion: 'inside a verb’s transaction, after its access check',
  staleVersion: 'builds an error',
  undoInfo: 'reads inside a verb’s transaction, after its access check',
  asAppError: 'maps an error',
  indexOfBead: 'pure lookup in beads already loaded by an access-checked verb',
  loadBeads: 'reads inside a verb’s transaction, after its access check',
  snapshot: 'pure',
  toBeadView: 'pure',
  regionOf: 'pure',
  indexesIn: 'pure',
  applyPlan: 'writes inside a verb’s transaction, after its access check',
  requireParagraphText: 'pure validation',
  alignmentsUsing: 'reads inside a paragraph verb’s transaction, after its access check',
  annotationsOf: 'reads inside a paragraph verb’s transaction, after its access check',
  beadStates: 'reads inside a paragraph verb’s transaction, after its access check',
  applyParagraphChange: 'writes inside a paragraph verb’s or undo’s transaction, after its access check',
  recordEvent: 'writes the event row inside the caller’s transaction',
  lockProject: 'row lock inside a membership verb, after its access check',
  requireMember: 'reads inside a membership verb, after its access check',
  requireAnotherOwner: 'reads inside a membership verb, after its access check',
  issueActivation: 'writes inside addMember / renewInvitation, after their access check',
  findActivation: 'reads inside activateAccount / getActivation (the token is the credential)',
  isPending: 'reads inside a verb’s transaction, after its access check',
  hashToken: 'pure',
  activationUrl: 'pure',
  beadType: 'pure (lib/alignments/bead-shape.ts, shared with the browser)',
  confidenceBand: 'pure (lib/alignments/bead-shape.ts, shared with the browser)',
  describeEvent: 'pure (lib/audit/describe-event.ts)',
  describeDetails: 'pure (lib/audit/describe-event.ts)',
  paragraphRange: 'pure (lib/audit/describe-event.ts)',
}

/**
 * lib/ folders that never touch the database (CONVENTIONS.md: pure modules; plus the
 * generated client, the CLI, which runs as the machine's owner, and test support). Every
 * other folder is data access: all its exported functions are verbs or listed helpers.
 */
const PURE_DIRS = new Set(['alignment', 'checks', 'editing', 'formats', 'text', 'i18n', 'validation', 'security', 'cli', 'generated', 'test-support'])

const ROLES: Role[] = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER']
const CALLERS: Caller[] = [...ROLES, 'OUTSIDER']

async function ownerOf(projectId: number) {
  const m = await db.membership.findFirstOrThrow({ where: { projectId, role: 'OWNER' }, select: { userId: true } })
  return m.userId
}

async function outcome(promise: Promise<unknown>): Promise<'ALLOWED' | AppError['code'] | string> {
  try {
    await promise
    return 'ALLOWED'
  } catch (error) {
    if (error instanceof AppError) return error.code
    return `UNEXPECTED ${error instanceof Error ? error.message : String(error)}`
  }
}

/** Everything a refused call could have changed, to compare before and after. */
async function fingerprint(projectIds: number[]) {
  const [events, alignments, beads, paragraphs, memberships, activations] = await Promise.all([
    db.event.count({ where: { OR: [{ projectId: { in: projectIds } }, { projectId: null }] } }),
    db.alignment.findMany({ where: { projectId: { in: projectIds } }, select: { id: true, version: true }, orderBy: { id: 'asc' } }),
    db.bead.count({ where: { alignment: { projectId: { in: projectIds } } } }),
    db.paragraph.count({ where: { document: { projectId: { in: projectIds } } } }),
    db.membership.count({ where: { projectId: { in: projectIds } } }),
    db.verification.count(),
  ])
  return JSON.stringify({ events, alignments, beads, paragraphs, memberships, activations })
}

let team: Team
let stranger: { id: string }

beforeAll(async () => {
  team = await makeTeam()
  stranger = await makeUser()
})

async function scene(verb: VerbCase): Promise<Scene> {
  const shapes = verb.shapes ?? '1-1 1-1 1-1'
  const mine = await makeAlignment(team.owner.id, shapes, { projectId: team.project.id })
  const theirs = await makeAlignment(stranger.id, shapes)
  const s: Scene = {
    team,
    mine,
    theirs,
    mineBeads: (await describeAlignment(mine.id)).beads.map((b) => b.id),
    theirBeads: (await describeAlignment(theirs.id)).beads.map((b) => b.id),
    members: { mine: '', theirs: '' },
  }
  await verb.prepare?.(s)
  return s
}

function userOf(caller: Caller): string {
  return caller === 'OUTSIDER' ? team.outsider.id : team[caller.toLowerCase() as 'owner' | 'editor' | 'reviewer' | 'viewer'].id
}

describe.each(Object.entries(VERBS))('%s', (_name, verb) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const s = await scene(verb)
    const expected = caller === 'OUTSIDER' ? 'NOT_FOUND' : ISSUE_MATRIX[verb.action].includes(caller) ? 'ALLOWED' : 'FORBIDDEN'
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    expect(await outcome(verb.call(userOf(caller), s, 'mine'))).toBe(expected)
    if (expected !== 'ALLOWED') expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })

  it('answers NOT_FOUND to an owner of this project asking for another project’s resource, changing nothing', async () => {
    const s = await scene(verb)
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    expect(await outcome(verb.call(team.owner.id, s, 'theirs'))).toBe('NOT_FOUND')
    expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })
})

describe('another project’s resources named inside an alignment the caller may edit', () => {
  it.each([
    ['merge', (userId: string, s: Scene) => mergeBeads({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]! })],
    ['split', (userId: string, s: Scene) => splitBead({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]!, srcAt: 1, tgtAt: 1 })],
    ['confirm', (userId: string, s: Scene) => confirmBeads({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]! })],
    ['shift', (userId: string, s: Scene) => shiftParagraph({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]!, side: 'source', edge: 'last' })],
  ])('a bead of another project cannot be %sd from here, and neither alignment changes', async (_name, call) => {
    const s = await scene({ action: 'alignment.edit', call: async () => null })
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    // The bead simply is not in this alignment: the same answer as a bead deleted by a
    // concurrent edit (CONFLICT, "refresh"), which says nothing about the other project.
    expect(await outcome(call(team.owner.id, s))).toBe('CONFLICT')
    expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })

  it.each([
    ['change the role of', (userId: string, projectId: number, memberId: string) => changeMemberRole({ userId, projectId, memberId, role: 'OWNER' })],
    ['remove', (userId: string, projectId: number, memberId: string) => removeMember({ userId, projectId, memberId })],
    ['renew the invitation of', (userId: string, projectId: number, memberId: string) => renewInvitation({ userId, projectId, memberId })],
  ])('an owner cannot %s a member of another project through their own project', async (_name, call) => {
    const other = await makeProject(stranger.id)
    const theirMember = await bareMember(other.id, 'VIEWER')
    const before = await fingerprint([team.project.id, other.id])
    expect(await outcome(call(team.owner.id, team.project.id, theirMember.id))).toBe('NOT_FOUND')
    expect(await fingerprint([team.project.id, other.id])).toBe(before)
  })
})

describe('account-level verbs', () => {
  it('createProject: any signed-in user becomes the owner; an unknown user id is refused', async () => {
    const user = await bareUser()
    const project = await createProject({ userId: user.id, name: 'Mine' })
    expect(await db.membership.findFirst({ where: { projectId: project.id, userId: user.id }, select: { role: true } })).toEqual({ role: 'OWNER' })
    expect(await outcome(createProject({ userId: 'no-such-user', name: 'Ghost' }))).toBe('UNAUTHENTICATED')
  })

  it('findProjects and findProjectsForAction: only projects the user belongs to, and only where the role allows the action', async () => {
    const listed = async (userId: string) => (await findProjects({ userId })).map((p) => p.id)
    for (const role of ROLES) expect(await listed(userOf(role))).toContain(team.project.id)
    expect(await listed(team.outsider.id)).not.toContain(team.project.id)
    const creatable = async (userId: string) => (await findProjectsForAction({ userId, action: 'alignment.create' })).map((p) => p.id)
    for (const role of ROLES) expect((await creatable(userOf(role))).includes(team.project.id)).toBe(ISSUE_MATRIX['alignment.create'].includes(role))
  })

  it('createUser: administrators only', async () => {
    const admin = await makeUser({ isAdmin: true })
    const input = () => ({ email: `made-${crypto.randomUUID()}@test.example`, name: 'Made', password: 'long enough password' })
    expect(await outcome(createUser({ actorId: admin.id, ...input() }))).toBe('ALLOWED')
    for (const role of ROLES) expect(await outcome(createUser({ actorId: userOf(role), ...input() }))).toBe('FORBIDDEN')
  })

  it('createFirstAdmin and isSetupOpen: closed as soon as any account exists', async () => {
    expect(await isSetupOpen()).toBe(false)
    expect(await outcome(createFirstAdmin({ email: `late-${crypto.randomUUID()}@test.example`, name: 'Late', password: 'long enough password' }))).toBe('FORBIDDEN')
  })

  it('activateAccount and getActivation: the token is the credential; a made-up one opens nothing', async () => {
    const token = crypto.randomBytes(32).toString('base64url')
    expect(await outcome(getActivation({ token }))).toBe('NOT_FOUND')
    expect(await outcome(activateAccount({ token, name: 'Mallory', password: 'long enough password' }))).toBe('NOT_FOUND')
  })
})

describe('sessions: each user sees and signs out only their own', () => {
  async function sessionOf(userId: string) {
    const id = crypto.randomUUID()
    await db.session.create({ data: { id, userId, token: crypto.randomBytes(24).toString('hex'), expiresAt: new Date(Date.now() + 3_600_000) } })
    return id
  }

  it('findSessions, revokeSession and revokeOtherSessions never touch another user’s sessions', async () => {
    const [mine, mineToo, theirs] = [await sessionOf(team.editor.id), await sessionOf(team.editor.id), await sessionOf(team.viewer.id)]
    expect((await findSessions({ userId: team.editor.id })).map((s) => s.id).sort()).toEqual([mine, mineToo].sort())
    expect(await outcome(revokeSession({ userId: team.editor.id, sessionId: theirs }))).toBe('NOT_FOUND')
    expect(await db.session.count({ where: { id: theirs } })).toBe(1)
    await revokeOtherSessions({ userId: team.editor.id, keepSessionId: mine })
    expect((await findSessions({ userId: team.editor.id })).map((s) => s.id)).toEqual([mine])
    expect(await db.session.count({ where: { id: theirs } })).toBe(1)
    expect(await outcome(revokeSession({ userId: team.editor.id, sessionId: mine }))).toBe('ALLOWED')
  })
})

describe('completeness', () => {
  it('knows every exported function of every lib/<entity>/ file that talks to the database', async () => {
    const lib = path.join(__dirname)
    const known = new Set([...Object.keys(VERBS), ...ACCOUNT_VERBS, ...Object.keys(NOT_VERBS)])
    const unknown: string[] = []
    const seen = new Set<string>()
    for (const dir of fs.readdirSync(lib, { withFileTypes: true })) {
      if (!dir.isDirectory() || PURE_DIRS.has(dir.name)) continue
      for (const file of fs.readdirSync(path.join(lib, dir.name))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.d.ts')) continue
        const exported = (await import(path.join(lib, dir.name, file))) as Record<string, unknown>
        for (const [name, value] of Object.entries(exported)) {
          if (typeof value !== 'function') continue
          seen.add(name)
          if (!known.has(name)) unknown.push(`lib/${dir.name}/${file}: ${name}`)
        }
      }
    }
    expect(unknown, 'Add each new verb to VERBS in lib/access.int.test.ts (or, for a helper that runs inside its caller’s checked transaction, to NOT_VERBS with the reason)').toEqual([])
    expect([...known].filter((name) => !seen.has(name)), 'Names in the tables that no file exports any more').toEqual([])
  })
})
