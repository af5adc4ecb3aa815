// The role × action matrix, verb by verb, against the real database (PGlite and PostgreSQL):
// every data-access verb is called by an owner, an editor, a reviewer, a viewer, a signed-in
// non-member, and by an owner of this project on ANOTHER project's resource. The verb must
// succeed for the roles the issue allows (lib/test-support/issue-matrix.ts), answer
// FORBIDDEN to members whose role may not, NOT_FOUND to everyone else, and change nothing
// when it refuses; an allowed read changes nothing, an allowed write changes something.
// Verb-specific rules (one's own comments and annotations only, another project's beads,
// threads and annotations named from one's own alignment) have their own tests.
//
// The completeness test reads lib/<entity>/*.ts and FAILS when an exported function that
// talks to the database (talksToDatabase: it names db, tx or $transaction, or a function
// that does) is not known here: a verb added later must be added to VERBS (or, if it is an
// internal helper running inside its caller's transaction, to NOT_VERBS with the reason).
// It also fails when a table lists a pure function. That is how later verbs stay covered.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { describeAlignment, makeAlignment, makeProject, makeTeam, makeUser } from '../prisma/factories'
import type { Action } from './access'
import { createAlignment } from './alignments/create-alignment'
import { createAnnotation } from './annotations/create-annotation'
import { deleteAnnotation } from './annotations/delete-annotation'
import { editAnnotation } from './annotations/edit-annotation'
import { findAnnotations } from './annotations/find-annotations'
import { reopenAnnotation } from './annotations/reopen-annotation'
import { resolveAnnotation } from './annotations/resolve-annotation'
import { setAnnotationStatus } from './annotations/set-annotation-status'
import { getAlignmentView } from './alignments/get-alignment-view'
import { findAuditEvents } from './audit/find-audit-events'
import { confirmBeads } from './beads/confirm-beads'
import { getEditState } from './beads/get-edit-state'
import { detachParagraph } from './beads/detach-paragraph'
import { mergeBeads } from './beads/merge-beads'
import { moveParagraph } from './beads/move-paragraph'
import { pairParagraphs } from './beads/pair-paragraphs'
import { realignAlignment } from './beads/realign-alignment'
import { shiftParagraph } from './beads/shift-paragraph'
import { splitBead } from './beads/split-bead'
import { redoEdit, undoEdit } from './beads/undo-edit'
import { countThreads } from './comments/count-threads'
import { deleteComment } from './comments/delete-comment'
import { editComment } from './comments/edit-comment'
import { findThreads } from './comments/find-threads'
import { reopenThread } from './comments/reopen-thread'
import { replyToThread } from './comments/reply-to-thread'
import { resolveThread } from './comments/resolve-thread'
import { setThreadResolution } from './comments/set-thread-resolution'
import { startThread } from './comments/start-thread'
import { db } from './db'
import { AppError } from './errors'
import { getExportInput } from './exports/get-export-input'
import { getExportSummary } from './exports/get-export-summary'
import { computeFindings } from './findings/compute-findings'
import { dismissFindings } from './findings/dismiss-findings'
import { findBeadTexts } from './findings/find-bead-texts'
import { findFindings } from './findings/find-findings'
import { restoreFindings } from './findings/restore-findings'
import type { Role } from './generated/prisma/enums'
import { importAlignedFile } from './imports/import-aligned-file'
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
import { approveBeads } from './reviews/approve-beads'
import { getReviewSummary } from './reviews/get-review-summary'
import { getReviewMarks } from './reviews/get-review-marks'
import { rejectBeads } from './reviews/reject-beads'
import { reopenBeads } from './reviews/reopen-beads'
import { requestChanges } from './reviews/request-changes'
import { setReviewStatus } from './reviews/set-review-status'
import { setSeverityWeights } from './reviews/set-severity-weights'
import { ISSUE_MATRIX } from './test-support/issue-matrix'
import { activateAccount, getActivation } from './users/activate-account'
import { createFirstAdmin, isSetupOpen } from './users/create-first-admin'
import { createUser } from './users/create-user'
import { findSessions } from './users/find-sessions'
import { revokeOtherSessions, revokeSession } from './users/revoke-sessions'

type Team = Awaited<ReturnType<typeof makeTeam>>
type Made = { id: number; projectId: number }
/** What a call works on: a fresh alignment in the team's project and one in a stranger's project. */
type Side = 'mine' | 'theirs'
/** Review work made by `prepare`: a comment thread (its first comment) and an annotation. */
type Work = { threadId: number; annotationId: number }
type Scene = { team: Team; sides: Side[]; mine: Made; theirs: Made; mineBeads: number[]; theirBeads: number[]; members: Record<Side, string>; work: Record<Side, Work> }
type Caller = Role | 'OUTSIDER'

type VerbCase = {
  /** The permission the verb needs, by the issue; expected outcomes come from ISSUE_MATRIX. */
  action: Action
  /** Bead shapes of the fresh alignments (see prisma/factories.ts makeAlignment). */
  shapes?: string
  /**
   * Work done before the call (e.g. an edit for undo to undo). `author` makes the review work
   * on this project's alignment: an allowed caller who may comment and annotate (so "your own
   * comment only" verbs meet their own comment), else the team's owner.
   */
  prepare?: (scene: Scene, author: string) => Promise<void>
  call: (userId: string, scene: Scene, on: Side) => Promise<unknown>
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
    for (const on of s.sides) s.members[on] = (await bareMember(target(s, on).projectId, role)).id
  }
}

const target = (scene: Scene, on: 'mine' | 'theirs') => (on === 'mine' ? scene.mine : scene.theirs)
const beadsOf = (scene: Scene, on: 'mine' | 'theirs') => (on === 'mine' ? scene.mineBeads : scene.theirBeads)
const edit = (scene: Scene, on: 'mine' | 'theirs') => ({ alignmentId: target(scene, on).id, expectedVersion: 1 })

/** The 1-0 bead of REVIEW_SHAPES has an untranslated original: an `empty-target` finding. */
const REVIEW_SHAPES = '1-1 1-0 1-1'

/** A thread and an annotation on both alignments: by `author` on this project's, by its owner on the other. */
function reviewWork(extra?: (scene: Scene, author: string, on: Side) => Promise<unknown>) {
  return async (s: Scene, author: string) => {
    for (const on of s.sides) {
      const userId = on === 'mine' ? author : await ownerOf(s.theirs.projectId)
      const alignmentId = target(s, on).id
      const thread = await startThread({ userId, alignmentId, beadId: beadsOf(s, on)[0]!, body: 'Check this.', anchor: { side: 'target', position: 0 } })
      const annotation = await createAnnotation({ userId, alignmentId, span: { side: 'target', position: 0, start: 0, end: 1, quote: 'T' }, category: 'STYLE', severity: 'MINOR' })
      s.work[on] = { threadId: thread.id, annotationId: annotation.id }
      await extra?.(s, userId, on)
    }
  }
}

/** Work on both alignments by each one's owner (for verbs that undo it: reopen, restore). */
function ownersDo(work: (userId: string, s: Scene, on: Side) => Promise<unknown>) {
  return async (s: Scene) => {
    for (const on of s.sides) await work(on === 'mine' ? s.team.owner.id : await ownerOf(s.theirs.projectId), s, on)
  }
}

const work = (s: Scene, on: Side) => ({ alignmentId: target(s, on).id, ...s.work[on] })
const TMX = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="de"><seg>Eins.</seg></tuv></tu></body></tmx>'

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
      for (const on of s.sides) {
        const owner = on === 'mine' ? s.team.owner.id : (await ownerOf(s.theirs.projectId))
        await confirmBeads({ userId: owner, ...edit(s, on), beadId: beadsOf(s, on)[0]! })
      }
    },
    call: (userId, s, on) => undoEdit({ userId, alignmentId: target(s, on).id, expectedVersion: 2 }),
  },
  redoEdit: {
    action: 'alignment.edit',
    prepare: async (s) => {
      for (const on of s.sides) {
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
  setSeverityWeights: { action: 'project.manage', call: (userId, s, on) => setSeverityWeights({ userId, projectId: target(s, on).projectId, weights: { NEUTRAL: 0, MINOR: 2, MAJOR: 8, CRITICAL: 30 } }) },
  importAlignedFile: { action: 'alignment.create', call: (userId, s, on) => importAlignedFile({ userId, projectId: target(s, on).projectId, fileName: 'matrix.tmx', bytes: new TextEncoder().encode(TMX) }) },

  // Reading and exporting: every member, the viewer included.
  getEditState: { action: 'project.read', call: (userId, s, on) => getEditState({ userId, alignmentId: target(s, on).id }) },
  getReviewSummary: { action: 'project.read', call: (userId, s, on) => getReviewSummary({ userId, alignmentId: target(s, on).id }) },
  findThreads: { action: 'project.read', prepare: reviewWork(), call: (userId, s, on) => findThreads({ userId, alignmentId: target(s, on).id }) },
  countThreads: { action: 'project.read', prepare: reviewWork(), call: (userId, s, on) => countThreads({ userId, alignmentId: target(s, on).id }) },
  getReviewMarks: { action: 'project.read', prepare: reviewWork(), call: (userId, s, on) => getReviewMarks({ userId, alignmentId: target(s, on).id }) },
  findAnnotations: { action: 'project.read', prepare: reviewWork(), call: (userId, s, on) => findAnnotations({ userId, alignmentId: target(s, on).id }) },
  findFindings: { action: 'project.read', shapes: REVIEW_SHAPES, call: (userId, s, on) => findFindings({ userId, alignmentId: target(s, on).id }) },
  computeFindings: { action: 'project.read', shapes: REVIEW_SHAPES, call: (userId, s, on) => computeFindings({ userId, alignmentId: target(s, on).id, action: 'project.read' }) },
  findBeadTexts: { action: 'project.read', call: (userId, s, on) => findBeadTexts({ userId, alignmentId: target(s, on).id, beadIds: beadsOf(s, on).slice(0, 2) }) },
  getExportInput: { action: 'export', prepare: reviewWork(), call: (userId, s, on) => getExportInput({ userId, alignmentId: target(s, on).id }) },
  getExportSummary: { action: 'export', prepare: reviewWork(), call: (userId, s, on) => getExportSummary({ userId, alignmentId: target(s, on).id }) },

  // Comments: owner, editor and reviewer; edit and delete only one's own (see "verb-specific rules").
  startThread: { action: 'review.comment', call: (userId, s, on) => startThread({ userId, alignmentId: target(s, on).id, beadId: beadsOf(s, on)[1]!, body: 'Why?', anchor: { side: 'source', position: 1 } }) },
  replyToThread: { action: 'review.comment', prepare: reviewWork(), call: (userId, s, on) => replyToThread({ userId, ...work(s, on), body: 'Because.' }) },
  resolveThread: { action: 'review.comment', prepare: reviewWork(), call: (userId, s, on) => resolveThread({ userId, ...work(s, on) }) },
  reopenThread: {
    action: 'review.comment',
    prepare: reviewWork((s, userId, on) => resolveThread({ userId, ...work(s, on) })),
    call: (userId, s, on) => reopenThread({ userId, ...work(s, on) }),
  },
  setThreadResolution: { action: 'review.comment', prepare: reviewWork(), call: (userId, s, on) => setThreadResolution({ userId, ...work(s, on) }, true) },
  editComment: { action: 'review.comment', prepare: reviewWork(), call: (userId, s, on) => editComment({ userId, alignmentId: target(s, on).id, commentId: s.work[on].threadId, body: 'Check this, please.' }) },
  deleteComment: { action: 'review.comment', prepare: reviewWork(), call: (userId, s, on) => deleteComment({ userId, alignmentId: target(s, on).id, commentId: s.work[on].threadId }) },

  // Annotations: the same roles; change and delete only one's own.
  createAnnotation: {
    action: 'review.annotate',
    call: (userId, s, on) => createAnnotation({ userId, alignmentId: target(s, on).id, span: { side: 'source', position: 1, start: 0, end: 2, quote: 'S2' }, category: 'OMISSION', severity: 'MAJOR', note: 'Missing.' }),
  },
  editAnnotation: { action: 'review.annotate', prepare: reviewWork(), call: (userId, s, on) => editAnnotation({ userId, ...work(s, on), severity: 'CRITICAL' }) },
  deleteAnnotation: { action: 'review.annotate', prepare: reviewWork(), call: (userId, s, on) => deleteAnnotation({ userId, ...work(s, on) }) },
  resolveAnnotation: { action: 'review.annotate', prepare: reviewWork(), call: (userId, s, on) => resolveAnnotation({ userId, ...work(s, on) }) },
  reopenAnnotation: {
    action: 'review.annotate',
    prepare: reviewWork((s, userId, on) => resolveAnnotation({ userId, ...work(s, on) })),
    call: (userId, s, on) => reopenAnnotation({ userId, ...work(s, on) }),
  },
  setAnnotationStatus: { action: 'review.annotate', prepare: reviewWork(), call: (userId, s, on) => setAnnotationStatus({ userId, ...work(s, on) }, 'resolve') },

  // Review status: the same roles (a reviewer sets status but edits neither text nor beads).
  approveBeads: { action: 'review.status', call: (userId, s, on) => approveBeads({ userId, alignmentId: target(s, on).id, beadIds: beadsOf(s, on).slice(0, 2) }) },
  requestChanges: { action: 'review.status', call: (userId, s, on) => requestChanges({ userId, alignmentId: target(s, on).id, beadIds: [beadsOf(s, on)[0]!], seen: ['UNREVIEWED'] }) },
  rejectBeads: { action: 'review.status', call: (userId, s, on) => rejectBeads({ userId, alignmentId: target(s, on).id, beadIds: [beadsOf(s, on)[2]!] }) },
  reopenBeads: {
    action: 'review.status',
    prepare: ownersDo((userId, s, on) => approveBeads({ userId, alignmentId: target(s, on).id, beadIds: beadsOf(s, on) })),
    call: (userId, s, on) => reopenBeads({ userId, alignmentId: target(s, on).id, beadIds: [beadsOf(s, on)[1]!] }),
  },
  setReviewStatus: { action: 'review.status', call: (userId, s, on) => setReviewStatus({ userId, alignmentId: target(s, on).id, beadIds: [beadsOf(s, on)[1]!] }, 'reject') },

  // Automatic findings: dismissing is part of reviewing.
  dismissFindings: { action: 'review.dismiss', shapes: REVIEW_SHAPES, call: (userId, s, on) => dismissFindings({ userId, alignmentId: target(s, on).id, check: 'empty-target' }) },
  restoreFindings: {
    action: 'review.dismiss',
    shapes: REVIEW_SHAPES,
    prepare: ownersDo((userId, s, on) => dismissFindings({ userId, alignmentId: target(s, on).id, check: 'empty-target' })),
    call: (userId, s, on) => restoreFindings({ userId, alignmentId: target(s, on).id, check: 'empty-target' }),
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

/**
 * Exported functions that talk to the database but are not verbs: each runs inside its
 * caller's transaction after the caller's access check (or is the system's own), and why.
 */
const NOT_VERBS: Record<string, string> = {
  insertAlignment: 'writes inside the caller’s transaction; createAlignment and the seed check access first',
  insertProject: 'writes inside the caller’s transaction; its callers make the user the owner',
  insertUser: 'writes inside the caller’s transaction; createUser (admins) and createFirstAdmin decide who may',
  ensureSamples: 'system: run by the seed and the setup page for the account just created, never with user input',
  editBeads: 'the shared transactional path of the bead verbs: it calls requireAlignmentAccess itself',
  changeParagraphs: 'the shared transactional path of the paragraph verbs: it calls requireAlignmentAccess itself',
  loadAlignmentInfo: 'reads inside editBeads’ transaction, after its access check',
  claimVersion: 'inside a verb’s transaction, after its access check',
  undoInfo: 'reads inside a verb’s transaction, after its access check',
  loadBeads: 'reads inside a verb’s transaction, after its access check',
  applyPlan: 'writes inside a verb’s transaction, after its access check',
  alignmentsUsing: 'reads inside a paragraph verb’s transaction, after its access check',
  annotationsOf: 'reads inside a paragraph verb’s transaction, after its access check',
  beadStates: 'reads inside a paragraph verb’s transaction, after its access check',
  applyParagraphChange: 'writes inside a paragraph verb’s or undo’s transaction, after its access check',
  recordEvent: 'writes the event row inside the caller’s transaction',
  reviewStamp: 'reads the latest event id inside getEditState’s or getReviewMarks’ transaction, after its access check',
  lockProject: 'row lock inside a membership verb, after its access check',
  requireMember: 'reads inside a membership verb, after its access check',
  requireAnotherOwner: 'reads inside a membership verb, after its access check',
  issueActivation: 'writes inside addMember / renewInvitation, after their access check',
  findActivation: 'reads inside activateAccount / getActivation (the token is the credential)',
  isPending: 'reads inside a verb’s transaction, after its access check',
  toAnnotationViews: 'reads inside an annotation verb’s transaction, after its access check',
  loadAnnotation: 'reads inside an annotation verb’s transaction, after its access check',
  requireAnnotation: 'reads inside an annotation verb’s transaction, after its access check (the annotation must be in the checked alignment)',
  requireOwnAnnotation: 'reads inside editAnnotation / deleteAnnotation, after their access check; the own-annotation rule itself (tested below)',
  requireOwnComment: 'reads inside editComment / deleteComment, after their access check; the own-comment rule itself (tested below)',
  toThreadViews: 'reads inside a comment verb’s transaction, after its access check',
  loadThread: 'reads inside a comment verb’s transaction, after its access check',
  documentsOf: 'reads inside a review verb’s transaction, after its access check',
  paragraphAt: 'reads inside a review verb’s transaction, after its access check',
  beadsInOrder: 'reads inside a review verb’s transaction, after its access check',
  requireBead: 'reads inside a review verb’s transaction, after its access check (the bead must be in the checked alignment)',
  namesOf: 'reads inside a review verb’s transaction, after its access check',
  recordReviewEvent: 'writes the event row inside a review verb’s transaction, after its access check',
}

/**
 * lib/ folders the completeness check does not read: the generated client, the CLI (it runs
 * as the machine's owner) and test support. Everywhere else, each exported function that
 * talks to the database (talksToDatabase below) must be a verb or a listed helper.
 */
const SKIPPED_DIRS = new Set(['cli', 'generated', 'test-support'])

const ROLES: Role[] = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER']
const READ_ACTIONS: Action[] = ['project.read', 'export', 'audit.read']
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
  const inProjects = { alignment: { projectId: { in: projectIds } } }
  const [events, projects, alignments, beads, paragraphs, memberships, activations, comments, annotations, dismissals] = await Promise.all([
    db.event.count({ where: { OR: [{ projectId: { in: projectIds } }, { projectId: null }] } }),
    db.project.findMany({ where: { id: { in: projectIds } }, select: { id: true, severityWeights: true }, orderBy: { id: 'asc' } }),
    db.alignment.findMany({ where: { projectId: { in: projectIds } }, select: { id: true, version: true }, orderBy: { id: 'asc' } }),
    db.bead.findMany({ where: inProjects, select: { id: true, isConfirmed: true, reviewStatus: true }, orderBy: { id: 'asc' } }),
    db.paragraph.count({ where: { document: { projectId: { in: projectIds } } } }),
    db.membership.count({ where: { projectId: { in: projectIds } } }),
    db.verification.count(),
    db.comment.findMany({ where: inProjects, select: { id: true, body: true, resolvedAt: true, deletedAt: true }, orderBy: { id: 'asc' } }),
    db.annotation.findMany({ where: inProjects, select: { id: true, status: true, category: true, severity: true, note: true }, orderBy: { id: 'asc' } }),
    db.findingDismissal.count({ where: inProjects }),
  ])
  return JSON.stringify({ events, projects, alignments, beads, paragraphs, memberships, activations, comments, annotations, dismissals })
}

let team: Team
let stranger: { id: string }

beforeAll(async () => {
  team = await makeTeam()
  stranger = await makeUser()
})

/** No alignment: what `theirs` is in a scene made without the other project's side. */
const NONE: Made = { id: -1, projectId: -1 }

/**
 * Fresh alignments for a call, and the verb's preparation. An allowed call only works on
 * this project's alignment, so its scene leaves the other project's side out (cheaper).
 */
async function scene(verb: VerbCase, author = team.owner.id, sides: Side[] = ['mine', 'theirs']): Promise<Scene> {
  const shapes = verb.shapes ?? '1-1 1-1 1-1'
  const mine = await makeAlignment(team.owner.id, shapes, { projectId: team.project.id })
  const theirs = sides.includes('theirs') ? await makeAlignment(stranger.id, shapes) : NONE
  const s: Scene = {
    team,
    sides,
    mine,
    theirs,
    mineBeads: (await describeAlignment(mine.id)).beads.map((b) => b.id),
    theirBeads: theirs === NONE ? [] : (await describeAlignment(theirs.id)).beads.map((b) => b.id),
    members: { mine: '', theirs: '' },
    work: { mine: { threadId: 0, annotationId: 0 }, theirs: { threadId: 0, annotationId: 0 } },
  }
  await verb.prepare?.(s, author)
  return s
}

function userOf(caller: Caller): string {
  return caller === 'OUTSIDER' ? team.outsider.id : team[caller.toLowerCase() as 'owner' | 'editor' | 'reviewer' | 'viewer'].id
}

describe.each(Object.entries(VERBS))('%s', (_name, verb) => {
  // A refused call changes nothing (each test checks it), so the refused callers and the
  // other project's owner share one scene; every allowed call gets a fresh one.
  let shared: Promise<Scene> | undefined
  const sharedScene = () => (shared ??= scene(verb))

  it.each(CALLERS)('as %s', async (caller) => {
    const expected = caller === 'OUTSIDER' ? 'NOT_FOUND' : ISSUE_MATRIX[verb.action].includes(caller) ? 'ALLOWED' : 'FORBIDDEN'
    const mayReview = caller !== 'OUTSIDER' && ISSUE_MATRIX['review.comment'].includes(caller) && ISSUE_MATRIX['review.annotate'].includes(caller)
    const s = expected === 'ALLOWED' ? await scene(verb, mayReview ? userOf(caller) : team.owner.id, ['mine']) : await sharedScene()
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    expect(await outcome(verb.call(userOf(caller), s, 'mine'))).toBe(expected)
    const after = await fingerprint([s.mine.projectId, s.theirs.projectId])
    // Refused: nothing changed. Allowed: a read changed nothing, a write did change something
    // (so "ALLOWED" is not a call that quietly did nothing).
    if (expected === 'ALLOWED' && !READ_ACTIONS.includes(verb.action)) expect(after, 'an allowed write changed nothing').not.toBe(before)
    else expect(after).toBe(before)
  })

  it('answers NOT_FOUND to an owner of this project asking for another project’s resource, changing nothing', async () => {
    const s = await sharedScene()
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    expect(await outcome(verb.call(team.owner.id, s, 'theirs'))).toBe('NOT_FOUND')
    expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })
})

describe('another project’s resources named inside an alignment the caller may edit', () => {
  it.each([
    ['merged', (userId: string, s: Scene) => mergeBeads({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]! })],
    ['split', (userId: string, s: Scene) => splitBead({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]!, srcAt: 1, tgtAt: 1 })],
    ['confirmed', (userId: string, s: Scene) => confirmBeads({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]! })],
    ['shifted', (userId: string, s: Scene) => shiftParagraph({ userId, ...edit(s, 'mine'), beadId: s.theirBeads[0]!, side: 'source', edge: 'last' })],
  ])('a bead of another project cannot be %s from here, and neither alignment changes', async (_name, call) => {
    const s = await scene({ action: 'alignment.edit', call: async () => null })
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    // The bead simply is not in this alignment: the same answer as a bead deleted by a
    // concurrent edit (CONFLICT, "refresh"), which says nothing about the other project.
    expect(await outcome(call(team.owner.id, s))).toBe('CONFLICT')
    expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })

  it.each([
    ['start a thread on a bead', (userId: string, s: Scene) => startThread({ userId, alignmentId: s.mine.id, beadId: s.theirBeads[0]!, body: 'Hi' })],
    ['reply to a thread', (userId: string, s: Scene) => replyToThread({ userId, alignmentId: s.mine.id, threadId: s.work.theirs.threadId, body: 'Hi' })],
    ['resolve a thread', (userId: string, s: Scene) => resolveThread({ userId, alignmentId: s.mine.id, threadId: s.work.theirs.threadId })],
    ['edit a comment', (userId: string, s: Scene) => editComment({ userId, alignmentId: s.mine.id, commentId: s.work.theirs.threadId, body: 'Mine now' })],
    ['delete a comment', (userId: string, s: Scene) => deleteComment({ userId, alignmentId: s.mine.id, commentId: s.work.theirs.threadId })],
    ['change an annotation', (userId: string, s: Scene) => editAnnotation({ userId, alignmentId: s.mine.id, annotationId: s.work.theirs.annotationId, severity: 'CRITICAL' })],
    ['resolve an annotation', (userId: string, s: Scene) => resolveAnnotation({ userId, alignmentId: s.mine.id, annotationId: s.work.theirs.annotationId })],
    ['approve a bead', (userId: string, s: Scene) => approveBeads({ userId, alignmentId: s.mine.id, beadIds: [s.theirBeads[0]!] })],
  ])('review work: an owner cannot %s of another project from their own alignment', async (_name, call) => {
    const s = await scene({ action: 'review.comment', prepare: reviewWork(), call: async () => null })
    const before = await fingerprint([s.mine.projectId, s.theirs.projectId])
    // Not in this alignment: the answer of a deleted one (NOT_FOUND, or CONFLICT for a bead
    // a concurrent edit replaced), which says nothing about the other project.
    expect(['NOT_FOUND', 'CONFLICT']).toContain(await outcome(call(team.owner.id, s)))
    expect(await fingerprint([s.mine.projectId, s.theirs.projectId])).toBe(before)
  })

  it('findBeadTexts gives no text of another project’s beads named from here', async () => {
    const s = await scene({ action: 'project.read', call: async () => null })
    expect(await findBeadTexts({ userId: team.owner.id, alignmentId: s.mine.id, beadIds: s.theirBeads })).toEqual({})
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

describe('verb-specific rules', () => {
  // The role allows commenting and annotating, but a comment or annotation is its author's:
  // nobody else edits or deletes it, the project's owner included (they resolve it instead).
  it.each([
    ['edit a comment', (userId: string, s: Scene) => editComment({ userId, alignmentId: s.mine.id, commentId: s.work.mine.threadId, body: 'Rewritten' })],
    ['delete a comment', (userId: string, s: Scene) => deleteComment({ userId, alignmentId: s.mine.id, commentId: s.work.mine.threadId })],
    ['change an annotation', (userId: string, s: Scene) => editAnnotation({ userId, ...work(s, 'mine'), severity: 'CRITICAL' })],
    ['delete an annotation', (userId: string, s: Scene) => deleteAnnotation({ userId, ...work(s, 'mine') })],
  ])('only its author may %s: the owner and an editor are refused (FORBIDDEN), the author is not', async (_name, call) => {
    const s = await scene({ action: 'review.comment', prepare: reviewWork(), call: async () => null }, team.reviewer.id)
    const before = await fingerprint([s.mine.projectId])
    for (const caller of ['OWNER', 'EDITOR'] as const) expect(await outcome(call(userOf(caller), s)), caller).toBe('FORBIDDEN')
    expect(await fingerprint([s.mine.projectId])).toBe(before)
    expect(await outcome(call(team.reviewer.id, s))).toBe('ALLOWED')
  })

  it('anyone who may comment resolves and reopens a thread started by someone else', async () => {
    const s = await scene({ action: 'review.comment', prepare: reviewWork(), call: async () => null }, team.reviewer.id)
    expect(await outcome(resolveThread({ userId: team.editor.id, ...work(s, 'mine') }))).toBe('ALLOWED')
    expect(await outcome(reopenThread({ userId: team.owner.id, ...work(s, 'mine') }))).toBe('ALLOWED')
  })

  it('a reviewer comments, annotates, sets review status and dismisses, but edits neither text nor beads', () => {
    // What the matrix above runs, spelled out for the reviewer row of the issue.
    const reviewer = (action: Action) => ISSUE_MATRIX[action].includes('REVIEWER')
    expect(['review.comment', 'review.annotate', 'review.status', 'review.dismiss', 'project.read', 'export'].every((a) => reviewer(a as Action))).toBe(true)
    expect(['alignment.edit', 'text.edit', 'alignment.create', 'project.manage', 'audit.read'].some((a) => reviewer(a as Action))).toBe(false)
    const verbsOf = (actions: Action[]) => Object.entries(VERBS).filter(([, v]) => actions.includes(v.action)).map(([name]) => name)
    expect(verbsOf(['alignment.edit', 'text.edit'])).toEqual(expect.arrayContaining(['mergeBeads', 'splitBead', 'editParagraphText', 'realignAlignment', 'undoEdit']))
    expect(verbsOf(['export'])).toEqual(expect.arrayContaining(['getExportInput', 'getExportSummary']))
    expect(verbsOf(['project.manage'])).toEqual(expect.arrayContaining(['setSeverityWeights', 'addMember']))
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

/**
 * Does an exported function talk to the database? Read from the source, not guessed from the
 * folder: a top-level declaration does if its text names `db`, `tx` or `$transaction`, or
 * names a function that does (imported from another lib file, or declared in the same file).
 * So a verb that only delegates (approveBeads → setReviewStatus) counts, and a pure helper
 * that sits beside the verbs (review-context's beadHolding, finding-category's
 * suggestedCategory) does not.
 */
type Parsed = { decls: Map<string, string>; imports: Map<string, { file: string; name: string }> }
const parsed = new Map<string, Parsed>()
const LIB = __dirname
const DB_FILE = path.join(LIB, 'db.ts')

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), spec)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}.mjs`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function parse(file: string): Parsed {
  const known = parsed.get(file)
  if (known) return known
  const source = fs.readFileSync(file, 'utf8')
  const imports = new Map<string, { file: string; name: string }>()
  for (const match of source.matchAll(/^import\s+(type\s+)?(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s+'([^']+)'/gm)) {
    const target = resolveImport(file, match[4]!)
    if (match[1] || !target) continue
    if (match[2]) imports.set(match[2], { file: target, name: 'default' })
    for (const part of (match[3] ?? '').split(',')) {
      const item = part.trim()
      if (!item || item.startsWith('type ')) continue
      const [name, local] = item.split(/\s+as\s+/)
      imports.set((local ?? name)!.trim(), { file: target, name: name!.trim() })
    }
  }
  // Top-level declarations: from their first line to the next top-level line that starts another.
  const decls = new Map<string, string>()
  const lines = source.split('\n')
  let current: string | null = null
  let body: string[] = []
  const flush = () => current && decls.set(current, `${decls.get(current) ?? ''}\n${body.join('\n')}`)
  for (const line of lines) {
    const start = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s+(\w+)|(?:const|let|var)\s+(\w+)|class\s+(\w+))/.exec(line)
    const other = /^(?:export\s+)?(?:type|interface|import|\/\/|\/\*)/.test(line)
    if (start || other) {
      flush()
      current = start ? (start[1] ?? start[2] ?? start[3])! : null
      body = []
    }
    if (current) body.push(line)
  }
  flush()
  const result = { decls, imports }
  parsed.set(file, result)
  return result
}

const talking = new Map<string, boolean>()
function talksToDatabase(file: string, name: string, visiting = new Set<string>()): boolean {
  if (file === DB_FILE) return true
  const key = `${file}#${name}`
  const known = talking.get(key)
  if (known !== undefined) return known
  if (visiting.has(key) || !file.startsWith(LIB)) return false
  visiting.add(key)
  const { decls, imports } = parse(file)
  const text = (decls.get(name) ?? '').replace(/^\s*\/\/.*$/gm, '')
  const words = new Set(text.match(/[\w$]+/g) ?? [])
  let result = words.has('db') || words.has('tx') || words.has('$transaction')
  for (const word of words) {
    if (result) break
    if (word === name) continue
    const imported = imports.get(word)
    if (imported) result = talksToDatabase(imported.file, imported.name, visiting)
    else if (decls.has(word)) result = talksToDatabase(file, word, visiting)
  }
  visiting.delete(key)
  talking.set(key, result)
  return result
}

describe('completeness', () => {
  it('knows every exported function of lib/<entity>/ that talks to the database, and lists no pure one', async () => {
    const known = new Set([...Object.keys(VERBS), ...ACCOUNT_VERBS, ...Object.keys(NOT_VERBS)])
    const unknown: string[] = []
    const seen = new Set<string>()
    for (const dir of fs.readdirSync(LIB, { withFileTypes: true })) {
      if (!dir.isDirectory() || SKIPPED_DIRS.has(dir.name)) continue
      for (const file of fs.readdirSync(path.join(LIB, dir.name))) {
        // bench-*.ts are scripts (npm run bench:*), run on import.
        if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.endsWith('.d.ts') || file.startsWith('bench-')) continue
        const full = path.join(LIB, dir.name, file)
        // Only files with a declaration that talks to the database are loaded (to see which exports are functions).
        if (![...parse(full).decls.keys()].some((name) => talksToDatabase(full, name))) continue
        const exported = (await import(full)) as Record<string, unknown>
        for (const [name, value] of Object.entries(exported)) {
          if (typeof value !== 'function' || !talksToDatabase(full, name)) continue
          seen.add(name)
          if (!known.has(name)) unknown.push(`lib/${dir.name}/${file}: ${name}`)
        }
      }
    }
    expect(unknown, 'Add each new verb to VERBS in lib/access.int.test.ts (or, for a helper that runs inside its caller’s checked transaction, to NOT_VERBS with the reason)').toEqual([])
    expect([...known].filter((name) => !seen.has(name)), 'Names in the tables that no file exports any more, or that do not talk to the database (pure: leave them out)').toEqual([])
  })

  it('tells verbs and in-transaction helpers from pure helpers', () => {
    const at = (file: string) => path.join(LIB, file)
    expect(talksToDatabase(at('reviews/approve-beads.ts'), 'approveBeads')).toBe(true)
    expect(talksToDatabase(at('reviews/review-context.ts'), 'requireBead')).toBe(true)
    expect(talksToDatabase(at('reviews/review-context.ts'), 'beadHolding')).toBe(false)
    expect(talksToDatabase(at('findings/finding-category.ts'), 'suggestedCategory')).toBe(false)
    expect(talksToDatabase(at('quality/quality-score.ts'), 'qualityScore')).toBe(false)
  })
})
