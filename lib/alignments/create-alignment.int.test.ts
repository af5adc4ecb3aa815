import { describe, expect, it } from 'vitest'
import { addMember, makeProject, makeTeam, makeUser } from '../../prisma/factories'
import { db } from '../db'
import { AppError } from '../errors'
import { createAlignment, createAlignmentSchema, insertAlignment } from './create-alignment'
import { getAlignmentView } from './get-alignment-view'

const EN = 'The contract ends on 1 May 2025.\n\nBoth parties sign it.\n\nPayment is due within 30 days.'
const DE = 'Der Vertrag endet am 1. Mai 2025.\n\nBeide Parteien unterschreiben ihn.\n\nDie Zahlung ist innerhalb von 30 Tagen fällig.'

async function counts(projectId: number) {
  const [documents, alignments, paragraphs, beads] = await Promise.all([
    db.document.count({ where: { projectId } }),
    db.alignment.count({ where: { projectId } }),
    db.paragraph.count({ where: { document: { projectId } } }),
    db.bead.count({ where: { alignment: { projectId } } }),
  ])
  return { documents, alignments, paragraphs, beads }
}

function expectTiling(beads: { srcStart: number; srcEnd: number; tgtStart: number; tgtEnd: number }[], sourceCount: number, targetCount: number) {
  let src = 0
  let tgt = 0
  for (const bead of beads) {
    expect(bead.srcStart).toBe(src)
    expect(bead.tgtStart).toBe(tgt)
    src = bead.srcEnd
    tgt = bead.tgtEnd
  }
  expect([src, tgt]).toEqual([sourceCount, targetCount])
}

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
}

describe('createAlignment', () => {
  it('stores both texts as paragraphs and beads that tile them, readable again', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await createAlignment({
      userId: owner.id,
      projectId: project.id,
      title: 'Contract',
      source: { text: EN, language: 'en' },
      target: { text: DE, language: 'de-DE', fileName: 'vertrag.txt', format: 'TXT' },
    })
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expect(view.source.paragraphs).toEqual(EN.split('\n\n'))
    expect(view.target.paragraphs).toEqual(DE.split('\n\n'))
    expect(view.target.language).toBe('de-DE')
    expect(view.target.fileName).toBe('vertrag.txt')
    expect(view.beads.map((b) => [b.srcStart, b.srcEnd, b.tgtStart, b.tgtEnd])).toEqual([
      [0, 1, 0, 1],
      [1, 2, 1, 2],
      [2, 3, 2, 3],
    ])
    for (const bead of view.beads) expect(bead.confidence).toBeGreaterThan(0.5)
    const raw = await db.document.findUniqueOrThrow({ where: { id: view.source.id }, select: { rawText: true, kind: true } })
    expect(raw).toEqual({ rawText: EN, kind: 'ORIGINAL' })
    const event = await db.event.findFirst({ where: { alignmentId: id }, select: { kind: true, userId: true } })
    expect(event).toEqual({ kind: 'alignment.created', userId: owner.id })
  })

  it('keeps a single newline inside its paragraph and handles right-to-left text', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await createAlignment({
      userId: owner.id,
      projectId: project.id,
      title: 'Poem',
      source: { text: 'Line one\nline two\n\nSecond stanza.', language: 'en' },
      target: { text: 'السطر الأول\nالسطر الثاني\n\nالمقطع الثاني.', language: 'ar' },
    })
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expect(view.source.paragraphs).toEqual(['Line one\nline two', 'Second stanza.'])
    expect(view.target.paragraphs).toHaveLength(2)
    expectTiling(view.beads, 2, 2)
  })

  it('creates the project in the same transaction when asked for a new one', async () => {
    const user = await makeUser()
    const { id, projectId } = await createAlignment({ userId: user.id, newProjectName: 'Fresh', title: 'T', source: { text: EN, language: 'en' }, target: { text: DE, language: 'de' } })
    const membership = await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId, userId: user.id } } })
    expect(membership.role).toBe('OWNER')
    expect((await getAlignmentView({ userId: user.id, alignmentId: id })).projectName).toBe('Fresh')
  })

  it('aligns 1-2 and 0-1 beads: an English paragraph translated as two, and added boilerplate', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const source = ['Chapter 1. Installing', 'Run the installer. It asks three questions. Answer them and wait about 5 minutes.', 'Then reboot.']
    const target = ['Kapitel 1. Installation', 'Starten Sie das Installationsprogramm. Es stellt drei Fragen.', 'Beantworten Sie sie und warten Sie etwa 5 Minuten.', 'Starten Sie dann neu.', 'Schreibe einen Kommentar']
    const { id } = await createAlignment({ userId: owner.id, projectId: project.id, title: 'Install', source: { text: source.join('\n\n'), language: 'en' }, target: { text: target.join('\n\n'), language: 'de' } })
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expectTiling(view.beads, 3, 5)
    expect(view.beads.map((b) => `${b.srcEnd - b.srcStart}-${b.tgtEnd - b.tgtStart}`)).toEqual(['1-1', '1-2', '1-1', '0-1'])
  })

  it.each([
    ['an empty original', { source: { text: ' \n\n ', language: 'en' } }, 'INVALID_INPUT'],
    ['an invalid language tag', { target: { text: DE, language: 'not a language' } }, 'INVALID_INPUT'],
    ['a missing title', { title: '   ' }, 'INVALID_INPUT'],
  ])('refuses %s and stores nothing', async (_name, change, code) => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const input = { userId: owner.id, projectId: project.id, title: 'T', source: { text: EN, language: 'en' }, target: { text: DE, language: 'de' }, ...change }
    await expectAppError(createAlignment(input), code as AppError['code'])
    expect(await counts(project.id)).toEqual({ documents: 0, alignments: 0, paragraphs: 0, beads: 0 })
  })

  it('refuses more than 50,000 paragraphs on a side with the count and the limit, and stores nothing', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const tooMany = Array.from({ length: 50_001 }, (_, i) => `P${i}`).join('\n\n')
    const error = await createAlignment({ userId: owner.id, projectId: project.id, title: 'T', source: { text: EN, language: 'en' }, target: { text: tooMany, language: 'de' } }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The translation has 50,001 paragraphs; at most 50,000 are allowed.',
      details: { code: 'sideTooManyParagraphs', params: { side: 'target', count: 50_001, limit: 50_000 } },
    })
    expect(await counts(project.id)).toEqual({ documents: 0, alignments: 0, paragraphs: 0, beads: 0 })
  })

  // Regression: pasted text could carry control characters into paragraphs, and strict XML
  // importers then refused every export of the alignment.
  it('keeps characters XML forbids out of the paragraphs', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await createAlignment({ userId: owner.id, projectId: project.id, title: 'T', source: { text: 'Bell\u0007 here.\n\nLone \uD800 half.', language: 'en' }, target: { text: DE, language: 'de' } })
    expect((await getAlignmentView({ userId: owner.id, alignmentId: id })).source.paragraphs).toEqual(['Bell here.', 'Lone  half.'])
  })

  it('lets owners and editors create, refuses reviewers and viewers, and hides the project from outsiders', async () => {
    const team = await makeTeam()
    const input = { projectId: team.project.id, title: 'T', source: { text: EN, language: 'en' }, target: { text: DE, language: 'de' } }
    await createAlignment({ ...input, userId: team.owner.id })
    await createAlignment({ ...input, userId: team.editor.id })
    await expectAppError(createAlignment({ ...input, userId: team.reviewer.id }), 'FORBIDDEN')
    await expectAppError(createAlignment({ ...input, userId: team.viewer.id }), 'FORBIDDEN')
    await expectAppError(createAlignment({ ...input, userId: team.outsider.id }), 'NOT_FOUND')
    expect((await counts(team.project.id)).alignments).toBe(2)
  })

  it('answers NOT_FOUND for an alignment in another project, exactly as for a missing one', async () => {
    const owner = await makeUser()
    const stranger = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await createAlignment({ userId: owner.id, projectId: project.id, title: 'T', source: { text: EN, language: 'en' }, target: { text: DE, language: 'de' } })
    await expectAppError(getAlignmentView({ userId: stranger.id, alignmentId: id }), 'NOT_FOUND')
    await expectAppError(getAlignmentView({ userId: stranger.id, alignmentId: 2_000_000_000 }), 'NOT_FOUND')
    await addMember(project.id, stranger.id, 'VIEWER')
    expect((await getAlignmentView({ userId: stranger.id, alignmentId: id })).role).toBe('VIEWER')
  })

  it('rolls everything back when the database refuses a row midway', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const data = createAlignmentSchema.parse({ projectId: project.id, title: 'T', source: { text: EN, language: 'en' }, target: { text: DE, language: 'de' } })
    const source = EN.split('\n\n')
    const target = DE.split('\n\n')
    // The last bead breaks the confidence CHECK constraint after documents and paragraphs were written.
    const beads = [0, 1, 2].map((i) => ({ srcStart: i, srcEnd: i + 1, tgtStart: i, tgtEnd: i + 1, confidence: i === 2 ? 1.5 : 0.9, reasons: [] }))
    const attempt = db.$transaction((tx) => insertAlignment(tx, { userId: owner.id, projectId: project.id, data, source, target, beads, kind: 'alignment.created' }))
    await expect(attempt).rejects.toThrow()
    expect(await counts(project.id)).toEqual({ documents: 0, alignments: 0, paragraphs: 0, beads: 0 })
  })
})
