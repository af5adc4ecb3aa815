import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deleteProjectsOf, makeProject, makeTeam as makeAnyTeam, makeUser as makeAnyUser } from '../../prisma/factories'
import { getAlignmentView } from '../alignments/get-alignment-view'
import { db } from '../db'
import { AppError } from '../errors'
import { exportToString } from '../formats/export'
import { exportOptions, richSample } from '../formats/test-support/fixtures'
import { kitDir } from '../formats/test-support/kit'
import { importAlignedFile } from './import-aligned-file'
import { expectTranslatable, refusal } from '../formats/test-support/refusal'

// The kit's samples hold real sentences; this file's rows go when it ends, so that no other
// test's search by text finds them.
const users: string[] = []
const makeUser = async () => {
  const user = await makeAnyUser()
  users.push(user.id)
  return user
}
const makeTeam = async () => {
  const team = await makeAnyTeam()
  users.push(team.owner.id)
  return team
}
afterAll(() => deleteProjectsOf(users))

const bytes = (text: string) => new TextEncoder().encode(text)
const kitSample = (name: string) => new Uint8Array(readFileSync(path.join(kitDir, 'samples', name)))

async function stored(projectId: number) {
  const [documents, alignments, paragraphs, beads, events] = await Promise.all([
    db.document.count({ where: { projectId } }),
    db.alignment.count({ where: { projectId } }),
    db.paragraph.count({ where: { document: { projectId } } }),
    db.bead.count({ where: { alignment: { projectId } } }),
    db.event.count({ where: { projectId, kind: 'alignment.imported' } }),
  ])
  return { documents, alignments, paragraphs, beads, events }
}
const nothing = { documents: 0, alignments: 0, paragraphs: 0, beads: 0, events: 0 }


describe('importAlignedFile', () => {
  it('turns a third-party TMX into an alignment: its units are the beads, paired by a person, nothing re-aligned', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const { id, warnings } = await importAlignedFile({ userId: owner.id, projectId: project.id, fileName: 'contract.tmx', bytes: kitSample('tmx/valid.tmx') })
    expect(warnings.map((warning) => warning.message)).toEqual(['Inline formatting codes were left out of 2 segments; their text was kept.'])
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expect(view.title).toBe('contract')
    expect([view.source.language, view.target.language, view.source.fileName]).toEqual(['en', 'de', 'contract.tmx'])
    expect(view.source.paragraphs).toEqual(['The contract ends on 1 May.', 'Press Save & "quit"', 'A unit without tuid.'])
    expect(view.beads.map((bead) => [bead.srcStart, bead.srcEnd, bead.tgtStart, bead.tgtEnd, bead.origin, bead.confidence, bead.reviewStatus])).toEqual([
      [0, 1, 0, 1, 'MANUAL', 1, 'UNREVIEWED'],
      [1, 2, 1, 2, 'MANUAL', 1, 'UNREVIEWED'],
      [2, 3, 2, 3, 'MANUAL', 1, 'UNREVIEWED'],
    ])
    const document = await db.document.findUniqueOrThrow({ where: { id: view.source.id }, select: { sourceFormat: true, rawText: true } })
    expect(document).toEqual({ sourceFormat: 'TMX', rawText: view.source.paragraphs.join('\n\n') })
    const event = await db.event.findFirstOrThrow({ where: { alignmentId: id }, select: { kind: true, userId: true, data: true } })
    expect(event).toMatchObject({ kind: 'alignment.imported', userId: owner.id, data: { format: 'TMX', fileName: 'contract.tmx', beads: 3 } })
  })

  it.each([
    ['xliff12/valid.xlf', 'XLIFF12', ['UNREVIEWED', 'NEEDS_WORK', 'UNREVIEWED'], '1-1 1-1 1-0'],
    ['xliff20/valid.xlf', 'XLIFF2', ['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED'], '1-1 1-1 1-1 1-0'],
    ['xliff21/valid.xlf', 'XLIFF2', ['APPROVED', 'UNREVIEWED', 'UNREVIEWED'], '1-1 1-1 1-0'],
  ])('imports %s with its review states, a unit without target as a 1-0 bead', async (name, format, statuses, shapes) => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await importAlignedFile({ userId: owner.id, projectId: project.id, fileName: path.basename(name), bytes: kitSample(name) })
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expect(view.beads.map((bead) => bead.reviewStatus)).toEqual(statuses)
    expect(view.beads.map((bead) => `${bead.srcEnd - bead.srcStart}-${bead.tgtEnd - bead.tgtStart}`).join(' ')).toBe(shapes)
    expect((await db.document.findUniqueOrThrow({ where: { id: view.target.id }, select: { sourceFormat: true } })).sourceFormat).toBe(format)
  })

  it('takes the user’s languages and title over the file’s, and creates a new project in the same transaction', async () => {
    const user = await makeUser()
    const { id, projectId } = await importAlignedFile({
      userId: user.id,
      newProjectName: 'Imported memories',
      title: 'Contract, Swiss German',
      sourceLanguage: 'en-GB',
      targetLanguage: 'de-ch',
      fileName: 'contract.tmx',
      bytes: kitSample('tmx/valid.tmx'),
    })
    const view = await getAlignmentView({ userId: user.id, alignmentId: id })
    expect([view.title, view.projectName, view.source.language, view.target.language]).toEqual(['Contract, Swiss German', 'Imported memories', 'en-GB', 'de-CH'])
    expect((await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId, userId: user.id } } })).role).toBe('OWNER')
  })

  it('keeps every bead shape, review status, confirmation, origin and confidence of a Tandem export', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    const input = richSample()
    const { id, warnings } = await importAlignedFile({ userId: owner.id, projectId: project.id, fileName: 'sample.jsonl', bytes: bytes(exportToString(input, exportOptions('jsonl'))) })
    const view = await getAlignmentView({ userId: owner.id, alignmentId: id })
    expect(view.title).toBe('sample')
    expect(view.beads.map(({ origin, confidence, isConfirmed, reviewStatus }) => ({ origin, confidence, isConfirmed, reviewStatus }))).toEqual(
      input.beads.map(({ origin, confidence, isConfirmed, reviewStatus }) => ({ origin, confidence, isConfirmed, reviewStatus })),
    )
    // The sample's characters that XML forbids were removed on the way in, with a warning.
    expect(warnings).toEqual([{ code: 'controlCharsRemoved', params: { count: 5 }, message: '5 control characters were removed.' }])
    expect(view.source.paragraphs.join('')).not.toMatch(/[\u0001\u0007\uFFFE\uD800]/)
  })

  describe('bad input stores nothing and says why', () => {
    const tmx = (units: string) => `<tmx version="1.4"><header srclang="en"/><body>${units}</body></tmx>`
    it.each([
      ['malformed XML, with line and column', 'a.tmx', '<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="en"><seg>x</tuv>', 'INVALID_INPUT', /^Line 3, column 30: closing tag <\/tuv> does not match <seg> opened on line 3\.$/],
      ['a file cut off', 'a.xlf', '<xliff version="1.2">\n<file>', 'INVALID_INPUT', /still open; it may be cut off/],
      ['an empty file', 'a.tmx', '', 'INVALID_INPUT', /"a.tmx" is empty/],
      ['a PNG renamed .tmx', 'a.tmx', '\u0089PNG\r\n\u001a\n', 'INVALID_INPUT', /^"a.tmx" is a PNG image, not a text file\.$/],
      ['XML that is not TMX or XLIFF', 'a.xlf', '<html><body>Hello</body></html>', 'INVALID_INPUT', /<html> root element, neither TMX nor XLIFF/],
      ['a TMX without units', 'a.tmx', tmx(''), 'INVALID_INPUT', /no translation units with text/],
      ['an external entity (XXE)', 'a.tmx', '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx>&x;</tmx>', 'INVALID_INPUT', /could not be read/],
      ['a language nobody can tell', 'a.tmx', '<tmx version="1.4"><header/><body><tu><tuv><seg>1</seg></tuv><tuv><seg>2</seg></tuv></tu></body></tmx>', 'INVALID_INPUT', /does not say which language the original is in/],
      ['a JSON Lines line that is not a bead', 'a.jsonl', '{"sourceLang":"en"}', 'INVALID_INPUT', /^Line 1: "targetLang"/],
    ])('%s', async (_name, fileName, content, code, message) => {
      const owner = await makeUser()
      const project = await makeProject(owner.id)
      const encoded = content.startsWith('\u0089PNG') ? Uint8Array.from(content, (char) => char.charCodeAt(0)) : bytes(content)
      const error = await refusal(importAlignedFile({ userId: owner.id, projectId: project.id, fileName, bytes: encoded }), AppError)
      expect(error.code).toBe(code)
      expect(error.message).toMatch(message)
      expectTranslatable(error)
      expect(await stored(project.id)).toEqual(nothing)
    })

    it('an override that is not a language tag', async () => {
      const owner = await makeUser()
      const project = await makeProject(owner.id)
      const error = await refusal(importAlignedFile({ userId: owner.id, projectId: project.id, targetLanguage: 'Deutsch!', fileName: 'a.tmx', bytes: kitSample('tmx/valid.tmx') }), AppError)
      expect(error.message).toMatch(/^targetLanguage: "Deutsch!" is not a valid BCP-47 language tag/)
      expect(await stored(project.id)).toEqual(nothing)
    })

    it('a new project is not created when the file is refused', async () => {
      const user = await makeUser()
      await refusal(importAlignedFile({ userId: user.id, newProjectName: 'Never made', fileName: 'a.tmx', bytes: bytes('<tmx') }), AppError)
      expect(await db.project.count({ where: { name: 'Never made', memberships: { some: { userId: user.id } } } })).toBe(0)
    })

    it('reviewers and viewers may not import, outsiders do not see the project', async () => {
      const team = await makeTeam()
      const file = { projectId: team.project.id, fileName: 'a.tmx', bytes: kitSample('tmx/valid.tmx') }
      expect((await refusal(importAlignedFile({ ...file, userId: team.reviewer.id }), AppError)).code).toBe('FORBIDDEN')
      expect((await refusal(importAlignedFile({ ...file, userId: team.viewer.id }), AppError)).code).toBe('FORBIDDEN')
      expect((await refusal(importAlignedFile({ ...file, userId: team.outsider.id }), AppError)).code).toBe('NOT_FOUND')
      expect(await stored(team.project.id)).toEqual(nothing)
      await importAlignedFile({ ...file, userId: team.editor.id })
      expect((await stored(team.project.id)).alignments).toBe(1)
    })
  })
})
