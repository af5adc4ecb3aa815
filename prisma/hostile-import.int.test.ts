// Random and hostile imports through the whole database path (issue 7), on PGlite and
// PostgreSQL: every createAlignment either stores a complete, consistent alignment (every
// paragraph, beads tiling both documents, one event) or refuses with a clear error and
// stores nothing at all: no partial write.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAlignment } from '../lib/alignments/create-alignment'
import { db } from '../lib/db'
import { toErrorBody } from '../lib/errors'
import { removeForbiddenXmlChars } from '../lib/formats/xml-writer'
import { splitParagraphs } from '../lib/text/split-paragraphs'
import { makeProject, makeUser } from './factories'

const hostileText = fc.oneof(
  fc.lorem({ maxCount: 40 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 200 }),
  fc.array(fc.constantFrom('<script>alert(1)</script>', '\u0000', '\uD800', "'; DROP TABLE \"Bead\"; --", '\n\n', '\r\n\r\n', '   ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'x'.repeat(5_000)), { maxLength: 20 }).map((parts) => parts.join('')),
)
const utf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text))
const tag = fc.constantFrom('en', 'de', 'ar', 'zh-Hans', 'EN-us', 'not a tag', '', 'x'.repeat(40), 'und')

describe('hostile imports through the database', () => {
  it('either store everything consistently or nothing at all', async () => {
    const owner = await makeUser()
    const project = await makeProject(owner.id)
    let stored = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, tag, tag, fc.string({ maxLength: 400 }), fc.constantFrom('blank-lines', 'line-breaks'), async (source, target, sourceLang, targetLang, title, split) => {
        const before = { documents: await db.document.count({ where: { projectId: project.id } }), events: await db.event.count({ where: { projectId: project.id } }) }
        let created: { id: number } | null = null
        try {
          created = await createAlignment({ userId: owner.id, projectId: project.id, title, split, source: { text: source, language: sourceLang }, target: { text: target, language: targetLang } })
        } catch (error) {
          // A refusal says why in words the user can act on: never the generic "something went wrong".
          const body = toErrorBody(error)
          expect(body.code, body.message).not.toBe('INTERNAL')
          expect(body.message.length).toBeGreaterThan(0)
        }
        if (!created) {
          refused++
          expect(await db.document.count({ where: { projectId: project.id } })).toBe(before.documents)
          expect(await db.event.count({ where: { projectId: project.id } })).toBe(before.events)
          return
        }
        stored++
        const alignment = await db.alignment.findUniqueOrThrow({
          where: { id: created.id },
          select: {
            sourceDocument: { select: { rawText: true, paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
            targetDocument: { select: { rawText: true, paragraphs: { orderBy: { position: 'asc' }, select: { text: true } } } },
            beads: { orderBy: [{ srcStart: 'asc' }, { tgtStart: 'asc' }], select: { srcStart: true, srcEnd: true, tgtStart: true, tgtEnd: true } },
          },
        })
        // The raw text is stored exactly as given, as far as UTF-8 can hold it (a lone surrogate
        // becomes U+FFFD; NUL cannot be stored at all, so such text is refused, never altered).
        // Paragraphs hold no character XML 1.0 forbids (controls, lone surrogates), so that every
        // export of them stays valid: they are the raw text without those, split.
        expect(alignment.sourceDocument.rawText).toBe(utf8(source))
        expect(alignment.sourceDocument.paragraphs.map((p) => p.text)).toEqual(splitParagraphs(removeForbiddenXmlChars(source), split))
        expect(alignment.targetDocument.paragraphs.map((p) => p.text)).toEqual(splitParagraphs(removeForbiddenXmlChars(target), split))
        let [src, tgt] = [0, 0]
        for (const bead of alignment.beads) {
          expect([bead.srcStart, bead.tgtStart]).toEqual([src, tgt])
          ;[src, tgt] = [bead.srcEnd, bead.tgtEnd]
        }
        expect([src, tgt]).toEqual([alignment.sourceDocument.paragraphs.length, alignment.targetDocument.paragraphs.length])
        expect(await db.event.count({ where: { alignmentId: created.id } })).toBe(1)
      }),
      { numRuns: 40 },
    )
    // Both outcomes were exercised, so neither branch is vacuous.
    expect(stored).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
  }, 240_000)
})
