// A stored alignment, with comments and annotations made the way the review verbs will make
// them, exported from the database in every format: valid for the official schemas, read
// back by independent readers with exactly the stored pairs, and imported again as the same
// alignment.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMember, deleteProjectsOf, makeAnnotation, makeComment, makeProject, makeTeam, makeUser } from '../../prisma/factories'
import { getAlignmentView, type AlignmentView } from '../alignments/get-alignment-view'
import { db } from '../db'
import { AppError } from '../errors'
import { exportFormats, exportOptionsSchema, exportToString } from '../formats/export'
import { exportOptions, richSample } from '../formats/test-support/fixtures'
import { readPairs, readRows, requireKit, validate } from '../formats/test-support/kit'
import type { ExportFormat } from '../formats/types'
import { importAlignedFile } from '../imports/import-aligned-file'
import { getExportInput } from './get-export-input'
import { getExportSummary } from './get-export-summary'

let dir: string
// This file's projects go when it ends, so that no other test's search by text finds its rows.
const owners: string[] = []
beforeAll(() => {
  requireKit()
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-export-int-'))
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await deleteProjectsOf(owners)
})

const encode = (text: string) => new TextEncoder().encode(text)

/** The rich sample (every bead shape and review status, hostile text) stored, with review rows on it. */
async function storedSample() {
  const team = await makeTeam()
  owners.push(team.owner.id)
  const { id } = await importAlignedFile({
    userId: team.owner.id,
    projectId: team.project.id,
    title: 'Sample & <rich> "title"',
    fileName: 'sample.jsonl',
    bytes: encode(exportToString(richSample(), exportOptions('jsonl'))),
  })
  const view = await getAlignmentView({ userId: team.owner.id, alignmentId: id })
  const paragraphIds = await Promise.all(
    [view.source, view.target].map(async (doc) => (await db.paragraph.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' }, select: { id: true } })).map((p) => p.id)),
  )
  const [sourceIds, targetIds] = paragraphIds as [number[], number[]]
  const [first, second] = view.beads
  const thread = await makeComment({ alignmentId: id, beadId: first!.id, authorId: team.reviewer.id, paragraphId: targetIds[0]!, body: 'Is "quits" right? & <why>', isResolved: true, createdAt: new Date('2026-02-01T09:00:00Z') })
  await makeComment({ alignmentId: id, beadId: first!.id, authorId: team.editor.id, paragraphId: targetIds[0]!, parentId: thread.id, body: 'Yes.', createdAt: new Date('2026-02-01T10:00:00Z') })
  await makeComment({ alignmentId: id, beadId: second!.id, authorId: team.editor.id, paragraphId: sourceIds[1]!, body: 'Deleted, never exported', isDeleted: true })
  await makeAnnotation({ alignmentId: id, paragraphId: targetIds[0]!, side: 'TARGET', start: 0, end: 5, category: 'SPELLING', severity: 'MAJOR', note: 'should be "x"', authorId: team.reviewer.id })
  await makeAnnotation({ alignmentId: id, paragraphId: sourceIds[2]!, side: 'SOURCE', start: 0, end: 6, category: 'OMISSION', severity: 'CRITICAL', status: 'RESOLVED', authorId: team.reviewer.id })
  await makeAnnotation({ alignmentId: id, paragraphId: sourceIds[0]!, side: 'SOURCE', start: 4, end: 12, category: 'STYLE', status: 'OUTDATED', authorId: team.reviewer.id })
  return { team, id, view }
}

/** The pairs of the stored alignment, as a reader should see them. */
function storedPairs(view: AlignmentView, format: ExportFormat) {
  return view.beads.map((bead, i) => {
    const target = view.target.paragraphs.slice(bead.tgtStart, bead.tgtEnd).join('\n\n')
    return {
      id: String(i + 1),
      source: view.source.paragraphs.slice(bead.srcStart, bead.srcEnd).join('\n\n'),
      target: target === '' && (format === 'xliff12' || format === 'xliff21') ? null : target,
    }
  })
}

function write(name: string, text: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('getExportInput', () => {
  it('reads every bead with its state, comment threads (not deleted ones) and annotations on the right bead and paragraph', async () => {
    const { team, id, view } = await storedSample()
    const input = await getExportInput({ userId: team.viewer.id, alignmentId: id })
    expect(input).toMatchObject({ id: String(id), title: 'Sample & <rich> "title"', sourceLang: 'en', targetLang: 'ar' })
    expect(input.beads.map((bead) => [bead.index, bead.source.map((p) => p.number), bead.target.map((p) => p.number)])).toEqual(
      view.beads.map((bead, i) => [i + 1, range(bead.srcStart, bead.srcEnd), range(bead.tgtStart, bead.tgtEnd)]),
    )
    const [first, second] = input.beads
    expect(first!.comments).toEqual([
      {
        id: expect.any(String),
        author: team.reviewer.name,
        body: 'Is "quits" right? & <why>',
        createdAt: new Date('2026-02-01T09:00:00Z'),
        isResolved: true,
        replies: [{ id: expect.any(String), author: team.editor.name, body: 'Yes.', createdAt: new Date('2026-02-01T10:00:00Z') }],
      },
    ])
    expect(second!.comments).toEqual([])
    expect(first!.annotations.map(({ side, paragraphNumber, start, end, category, status }) => ({ side, paragraphNumber, start, end, category, status }))).toEqual([
      { side: 'SOURCE', paragraphNumber: 1, start: 4, end: 12, category: 'STYLE', status: 'OUTDATED' },
      { side: 'TARGET', paragraphNumber: 1, start: 0, end: 5, category: 'SPELLING', status: 'OPEN' },
    ])
    expect(second!.annotations).toMatchObject([{ side: 'SOURCE', paragraphNumber: 3, category: 'OMISSION', severity: 'CRITICAL', status: 'RESOLVED', quote: 'Second' }])
  })

  it('is allowed to every member, viewers included; others’ and missing alignments are not found', async () => {
    const { team, id } = await storedSample()
    await expect(getExportInput({ userId: team.viewer.id, alignmentId: id })).resolves.toBeDefined()
    for (const alignmentId of [id, 2_000_000_000]) {
      for (const verb of [getExportInput, getExportSummary]) {
        const error = await verb({ userId: team.outsider.id, alignmentId }).catch((caught: unknown) => caught)
        expect(error).toBeInstanceOf(AppError)
        expect((error as AppError).code).toBe('NOT_FOUND')
      }
    }
  })
})

describe('exports of a stored alignment', () => {
  it.each(['tmx', 'xliff12', 'xliff21'] as const)('%s validates, reads back with the stored pairs, and carries comments and annotations', async (format) => {
    const { team, id, view } = await storedSample()
    const xml = exportToString(await getExportInput({ userId: team.owner.id, alignmentId: id }), exportOptionsSchema.parse({ format, oneSided: 'keep' }))
    const file = write(`stored-${id}.${format}`, xml)
    const validation = await validate(format, file)
    expect([validation.status, validation.stderr]).toEqual([0, ''])
    expect((await readPairs(format, file)).pairs).toEqual(storedPairs(view, format))
    const reviewer = team.reviewer.name
    const expected = {
      tmx: [`<note>${reviewer}, 2026-02-01T09:00:00Z (resolved): Is "quits" right? &amp; &lt;why&gt;</note>`, `<note>↳ ${team.editor.name}, 2026-02-01T10:00:00Z: Yes.</note>`, '<note>Spelling, major, target ¶1 [0–5] “ينتهي”: should be "x"</note>'],
      xliff12: [`<note from="${reviewer}">`, '<note annotates="target">Spelling, major, target ¶1 [0–5]', '<note annotates="source">Omission, critical, source ¶3 [0–6] “Second” (resolved)</note>'],
      xliff21: [
        '<note id="c1" category="comment">',
        '<sm id="a1" type="its:generic" its:locQualityIssueType="misspelling" its:locQualityIssueSeverity="75" its:locQualityIssueComment="Spelling: should be &quot;x&quot;"/>ينتهي<em startRef="a1"/>',
        'its:locQualityIssueType="omission" its:locQualityIssueSeverity="100" its:locQualityIssueComment="Omission" its:locQualityIssueEnabled="no"/>Second<em',
      ],
    }[format]
    for (const fragment of expected) expect(xml).toContain(fragment)
    expect(xml).not.toContain('Deleted, never exported')
    expect(xml).not.toContain('Style')
  })

  it.each(['csv', 'tsv', 'jsonl'] as const)('%s reads back with Python’s standard library with the stored pairs', async (format) => {
    const { team, id, view } = await storedSample()
    const text = exportToString(await getExportInput({ userId: team.owner.id, alignmentId: id }), exportOptionsSchema.parse({ format }))
    const rows = await readRows(format, write(`stored-${id}.${format}`, text))
    expect(rows).toEqual(storedPairs(view, format).map(({ id: bead, source, target }) => ({ bead, source, target })))
    expect(text).toContain('Is ""quits"" right?'.replace(/""/g, format === 'jsonl' ? '\\"' : '""'))
  })

  it.each(['tmx', 'xliff12', 'xliff21', 'jsonl'] as const)('%s: export, then import, gives the same alignment', async (format) => {
    const { team, id, view } = await storedSample()
    const text = exportToString(await getExportInput({ userId: team.owner.id, alignmentId: id }), exportOptionsSchema.parse({ format, oneSided: 'keep' }))
    const again = await importAlignedFile({ userId: team.editor.id, projectId: team.project.id, fileName: `again.${exportFormats[format].extension}`, bytes: encode(text) })
    const copy = await getAlignmentView({ userId: team.editor.id, alignmentId: again.id })
    expect(again.warnings).toEqual([])
    expect(shape(copy)).toEqual(shape(view))
    expect([copy.source.language, copy.target.language]).toEqual(['en', 'ar'])
    if (format !== 'jsonl') expect(copy.title).toBe(view.title)
  })
})

describe('getExportSummary', () => {
  it('counts what each choice of options exports', async () => {
    const { team, id } = await storedSample()
    const summary = await getExportSummary({ userId: team.viewer.id, alignmentId: id })
    // The rich sample: 7 beads, two one-sided (1-0, 0-1); confirmed 1 and 3; approved 1 and the 0-1 bead.
    expect(summary).toMatchObject({
      title: 'Sample & <rich> "title"',
      sourceLang: 'en',
      targetLang: 'ar',
      beads: { all: { all: 7, twoSided: 5 }, confirmed: { all: 2, twoSided: 2 }, approved: { all: 2, twoSided: 1 } },
      comments: 2,
      annotations: 2,
    })
  })

  it('is not found for a non-member until they join the project', async () => {
    const owner = await makeUser()
    owners.push(owner.id)
    const other = await makeUser()
    const project = await makeProject(owner.id)
    const { id } = await importAlignedFile({ userId: owner.id, projectId: project.id, fileName: 'a.jsonl', bytes: encode(exportToString(richSample(), exportOptions('jsonl'))) })
    await expect(getExportSummary({ userId: other.id, alignmentId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await addMember(project.id, other.id, 'VIEWER')
    await expect(getExportSummary({ userId: other.id, alignmentId: id })).resolves.toMatchObject({ id })
  })
})

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k + 1)
}

function shape(view: AlignmentView) {
  return {
    source: view.source.paragraphs,
    target: view.target.paragraphs,
    beads: view.beads.map(({ srcStart, srcEnd, tgtStart, tgtEnd, origin, confidence, isConfirmed, reviewStatus }) => ({ srcStart, srcEnd, tgtStart, tgtEnd, origin, confidence, isConfirmed, reviewStatus })),
  }
}
