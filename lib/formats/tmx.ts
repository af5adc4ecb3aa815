// TMX 1.4b (LISA OSCAR): one <tu> per bead, the source <tuv> first.
import { readBeadMeta, type AlignedFile, type AlignedUnit } from './aligned-file'
import { importMessage, type ImportMessage } from './import-message'
import {
  beadMetadata,
  commentLines,
  describeAnnotation,
  exportedAnnotations,
  sideText,
  type ExportContext,
  type FormatWriter,
} from './export-model'
import type { ExportBead } from './types'
import { elements, firstElement, textContent, type XmlElement } from './xml-reader'
import { escapeXmlAttr as attr, escapeXmlText as text, XML_DECLARATION } from './xml-writer'

// No DOCTYPE: the DTD is only needed to validate (the tests pass it to xmllint), and
// parsers that load external DTDs by default (Java's) would fail on a missing tmx14.dtd.
export const tmxWriter: FormatWriter = {
  header: (ctx) =>
    [
      XML_DECLARATION,
      '<tmx version="1.4">',
      `  <header creationtool="Tandem" creationtoolversion="${attr(ctx.input.toolVersion)}" segtype="paragraph"` +
        ` o-tmf="Tandem" adminlang="en" srclang="${attr(ctx.sourceLang)}" datatype="plaintext" creationdate="${tmxDate(ctx.input.createdAt)}">`,
      `    <prop type="x-tandem-alignment-id">${text(ctx.input.id)}</prop>`,
      `    <prop type="x-tandem-title">${text(ctx.input.title)}</prop>`,
      '  </header>',
      '  <body>',
      '',
    ].join('\n'),
  bead: (bead, ctx) =>
    [
      `    <tu tuid="${bead.index}">`,
      ...beadMetadata(bead).map(([key, value]) => `      <prop type="x-tandem-${key}">${text(value)}</prop>`),
      ...notes(bead, ctx).map((note) => `      <note>${text(note)}</note>`),
      `      <tuv xml:lang="${attr(ctx.sourceLang)}"><seg>${text(sideText(bead.source))}</seg></tuv>`,
      `      <tuv xml:lang="${attr(ctx.targetLang)}"><seg>${text(sideText(bead.target))}</seg></tuv>`,
      '    </tu>',
      '',
    ].join('\n'),
  footer: () => '  </body>\n</tmx>\n',
}

/** TMX has no annotation markup: comments and annotations are both notes. */
function notes(bead: ExportBead, ctx: ExportContext): string[] {
  return [
    ...(ctx.options.includeComments ? commentLines(bead.comments).map(({ line }) => line) : []),
    ...(ctx.options.includeAnnotations ? exportedAnnotations(bead).map(describeAnnotation) : []),
  ]
}

/** TMX dates are ISO 8601 basic format in UTC: 20260102T100000Z. */
function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

// Inline codes hold the original format's markup (<bpt>&lt;b&gt;</bpt>), not text; <hi>
// holds text and is kept.
const inlineCodes = new Set(['bpt', 'ept', 'it', 'ph', 'ut'])

export function readTmx(root: XmlElement): AlignedFile {
  const header = firstElement(root, 'header')
  const tus = elements(firstElement(root, 'body') ?? root, 'tu')
  const warnings: ImportMessage[] = []
  const declared = header?.attrs.srclang
  const sourceLang = declared && declared.toLowerCase() !== '*all*' ? declared : langOf(tus.flatMap((tu) => elements(tu, 'tuv'))[0])
  const targetLang = sourceLang === undefined ? undefined : mostCommonOtherLanguage(tus, sourceLang, warnings)
  // A file that names no language at all (invalid TMX, but written by some tools) is read
  // by position, as translate-toolkit reads every TMX: first <tuv> the source, second the target.
  const byPosition = sourceLang === undefined
  if (byPosition && tus.length) warnings.push(importMessage('tmxNoLanguages'))
  let withCodes = 0
  const units = tus.map((tu): AlignedUnit => {
    const tuvs = elements(tu, 'tuv')
    const seg = (lang: string | undefined, position: number) => {
      const tuv = byPosition ? tuvs[position] : lang === undefined ? undefined : findTuv(tuvs, lang)
      const element = tuv && firstElement(tuv, 'seg')
      if (!element) return null
      if (elements(element).some((child) => inlineCodes.has(child.name))) withCodes++
      return textContent(element, inlineCodes)
    }
    const props = new Map(elements(tu, 'prop').map((prop) => [prop.attrs.type, textContent(prop)]))
    return { source: seg(sourceLang, 0) ?? '', target: seg(targetLang, 1), meta: readBeadMeta((key) => props.get(`x-tandem-${key}`)) }
  })
  if (withCodes) warnings.push(importMessage('inlineCodesDropped', { count: withCodes }))
  const title = header && elements(header, 'prop').find((prop) => prop.attrs.type === 'x-tandem-title')
  return { format: 'TMX', title: title && textContent(title), sourceLang, targetLang, units, warnings }
}

function langOf(tuv: XmlElement | undefined): string | undefined {
  return tuv?.attrs['xml:lang'] ?? tuv?.attrs.lang
}

/** Exact tag first (case-insensitive), else the same primary language ("en" matches "en-GB"). */
function findTuv(tuvs: XmlElement[], lang: string): XmlElement | undefined {
  const wanted = lang.toLowerCase()
  return (
    tuvs.find((tuv) => langOf(tuv)?.toLowerCase() === wanted) ??
    tuvs.find((tuv) => primary(langOf(tuv)) === primary(wanted))
  )
}

function primary(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split(/[-_]/)[0]
}

/** A translation memory may hold many languages; the alignment takes the commonest besides the source. */
function mostCommonOtherLanguage(tus: XmlElement[], sourceLang: string, warnings: ImportMessage[]): string | undefined {
  const counts = new Map<string, number>()
  for (const tuv of tus.flatMap((tu) => elements(tu, 'tuv'))) {
    const lang = langOf(tuv)?.toLowerCase()
    if (lang && primary(lang) !== primary(sourceLang)) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  if (ranked.length > 1) {
    warnings.push(importMessage('extraLanguages', { count: ranked.length + 1, source: sourceLang, target: ranked[0][0] }))
  }
  return ranked[0]?.[0]
}
