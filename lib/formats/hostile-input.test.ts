// Hostile input for the import parsers (issue 7): structures built to crash, hang or blow
// up a parser (entity expansion, deep nesting, huge attributes, pathological markdown,
// script payloads), fixed and generated. Every import either succeeds or fails with an
// ImportError (a clear message), and each one returns within a time bound. Arbitrary bytes
// are in properties.test.ts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importAlignmentFile } from './import-alignment'
import { importDocument } from './import-document'
import { ImportError } from './import-error'

/**
 * Five times the slowest case seen on a 2-core machine busy with parallel test files (50,000
 * nested divs: 1.9 s); a hang never ends, and the quadratic nesting bug this caught took 17 s
 * on an idle machine.
 */
const TIME_LIMIT_MS = 10_000

async function boundedImport(run: () => Promise<unknown>) {
  const started = performance.now()
  let outcome: unknown
  try {
    outcome = await run()
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    expect(error.message.length).toBeGreaterThan(0)
    outcome = error
  }
  const ms = performance.now() - started
  expect(ms, 'import time (ms)').toBeLessThan(TIME_LIMIT_MS)
  return outcome
}

const bytes = (text: string) => new TextEncoder().encode(text)
const tmx = (body: string, doctype = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${body}</body></tmx>`
const tu = (source: string, target: string) => `<tu><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="de"><seg>${target}</seg></tuv></tu>`

const LAUGHS = `<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('')}]>`
const EXTERNAL = `<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`

describe('hostile XML (TMX, XLIFF)', { timeout: 60_000 }, () => {
  it.each([
    ['a billion-laughs entity bomb', tmx(tu('&j;', 'x'), LAUGHS), 'f.tmx'],
    ['an external entity pointing at a local file', tmx(tu('&secret;', 'x'), EXTERNAL), 'f.tmx'],
    ['10,000 nested inline elements', tmx(tu(`${'<hi>'.repeat(10_000)}deep${'</hi>'.repeat(10_000)}`, 'tief')), 'f.tmx'],
    ['a 5 MB attribute', tmx(`<tu tuid="${'x'.repeat(5_000_000)}">${tu('a', 'b').slice(4)}`), 'f.tmx'],
    ['100,000 empty units', tmx('<tu/>'.repeat(100_000)), 'f.tmx'],
    ['an unclosed document', tmx(tu('a', 'b')).slice(0, -20), 'f.tmx'],
    ['XLIFF 1.2 with a script payload and CDATA', `<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="x"><body><trans-unit id="1"><source><![CDATA[<script>alert(1)</script>]]></source><target>&lt;img src=x onerror=alert(1)&gt;</target></trans-unit></body></file></xliff>`, 'f.xlf'],
  ])('%s: a clear refusal or plain text, quickly', async (_name, text, fileName) => {
    const outcome = await boundedImport(() => importAlignmentFile(bytes(text), { fileName }))
    if (!(outcome instanceof ImportError)) {
      const serialised = JSON.stringify(outcome)
      // No entity was expanded into a huge text, and no local file was read.
      expect(serialised.length).toBeLessThan(6_000_000)
      expect(serialised).not.toContain('root:')
    }
  })

  it('generated markup soup inside a TMX skeleton never crashes or hangs the importer', async () => {
    const token = fc.oneof(
      fc.constantFrom('<hi>', '</hi>', '<bpt i="1">', '</bpt>', '<ph/>', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#x110000;', '&undefined;', '<!--', '-->', '<?pi x?>', '<script>', '"', "'", '<', '>'),
      fc.string({ maxLength: 8 }),
    )
    const soup = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(soup, soup), { minLength: 1, maxLength: 5 }), async (units) => {
        await boundedImport(() => importAlignmentFile(bytes(tmx(units.map(([s, t]) => tu(s, t)).join(''))), { fileName: 'soup.tmx' }))
      }),
      { numRuns: 150 },
    )
  })
})

describe('hostile HTML, Markdown and text', { timeout: 60_000 }, () => {
  it.each([
    ['50,000 nested divs', `${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}`, 'deep.html'],
    ['script, style and event handlers only', '<script>window.x=1</script><style>*{}</style><p onclick="x()">Visible</p><img src=x onerror=alert(1)>', 'payload.html'],
    ['an unterminated comment', '<p>before</p><!-- never closed '.repeat(1000), 'comment.html'],
    ['10,000 nested blockquotes', `${'> '.repeat(10_000)}quote`, 'deep.md'],
    ['50,000 unclosed emphasis markers', `${'*a '.repeat(50_000)}`, 'emphasis.md'],
    ['a link reference bomb', `${Array.from({ length: 2_000 }, (_, k) => `[x${k}]: http://e.example/${k}`).join('\n')}\n${'[x1] '.repeat(8_000)}`, 'refs.md'],
    ['one 5 MB line without spaces', 'x'.repeat(5_000_000), 'line.txt'],
    ['200,000 blank-line-separated paragraphs (over the limit)', 'p\n\n'.repeat(200_000), 'many.txt'],
    ['NUL bytes and lone surrogates', `a\u0000b\n\n\uD800c\n\n\uDFFFd`, 'odd.txt'],
  ])('%s: a clear refusal or plain text, quickly', async (_name, text, fileName) => {
    await boundedImport(() => importDocument(bytes(text), { fileName, split: 'blank-lines' }))
  })

  it('generated HTML soup never crashes or hangs the importer, and no script text survives as markup', async () => {
    const tag = fc.constantFrom('p', 'div', 'script', 'style', 'br', 'table', 'td', 'li', 'ul', 'h1', 'a', 'iframe', 'svg', 'template', 'noscript')
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('<img src=x onerror=alert(1)>', '&lt;', '&nbsp;', '&#xD800;', '<!--', '-->', '<!DOCTYPE html>', ' onload="x()"'),
      fc.string({ maxLength: 10 }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), async (pieces) => {
        const outcome = await boundedImport(() => importDocument(bytes(pieces.join('')), { fileName: 'soup.html', split: 'blank-lines' }))
        if (!(outcome instanceof ImportError)) {
          const { paragraphs } = outcome as { paragraphs: string[] }
          for (const paragraph of paragraphs) expect(typeof paragraph).toBe('string')
        }
      }),
      { numRuns: 150 },
    )
  })
})
