// XLIFF 1.2, valid against the strict schema: Tandem's extras live where that schema has
// room for them (a context-group per unit, notes), never in foreign attributes.
import { readBeadMeta, type AlignedFile, type AlignedUnit } from './aligned-file'
import { importMessage } from './import-message'
import {
  beadMetadata,
  commentLines,
  describeAnnotation,
  exportedAnnotations,
  sideText,
  type FormatWriter,
} from './export-model'
import type { ExportBead, ReviewStatus } from './types'
import { collapseSpace, descendants, elements, firstElement, textContent, type XmlElement } from './xml-reader'
import { escapeXmlAttr as attr, escapeXmlText as text, XML_DECLARATION } from './xml-writer'

/**
 * Review status → <target state>. Distinct values, so the status survives a round trip;
 * "approved" is not an XLIFF 1.2 state ("signed-off" is: reviewed and approved).
 */
export const xliff12States: Record<ReviewStatus, string> = {
  UNREVIEWED: 'translated',
  NEEDS_WORK: 'needs-review-translation',
  REJECTED: 'needs-translation',
  APPROVED: 'signed-off',
}

export const xliff12Writer: FormatWriter = {
  header: (ctx) =>
    [
      XML_DECLARATION,
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      `  <file original="${attr(ctx.input.title || ctx.input.id)}" source-language="${attr(ctx.sourceLang)}"` +
        ` target-language="${attr(ctx.targetLang)}" datatype="plaintext" date="${ctx.input.createdAt.toISOString()}" tool-id="tandem">`,
      '    <header>',
      `      <tool tool-id="tandem" tool-name="Tandem" tool-version="${attr(ctx.input.toolVersion)}"/>`,
      '    </header>',
      '    <body>',
      '',
    ].join('\n'),
  // xml:space="preserve": the blank line between a side's paragraphs must survive readers
  // that otherwise collapse whitespace (translate-toolkit does).
  bead: (bead, ctx) =>
    [
      `      <trans-unit id="${bead.index}" xml:space="preserve"${bead.reviewStatus === 'APPROVED' ? ' approved="yes"' : ''}>`,
      `        <source>${text(sideText(bead.source))}</source>`,
      ...(bead.target.length ? [`        <target state="${xliff12States[bead.reviewStatus]}">${text(sideText(bead.target))}</target>`] : []),
      // No name: the strict schema wants context-group names unique in the whole file.
      '        <context-group purpose="information">',
      ...beadMetadata(bead).map(([key, value]) => `          <context context-type="x-tandem-${key}">${text(value)}</context>`),
      '        </context-group>',
      ...(ctx.options.includeComments ? commentNotes(bead) : []),
      ...(ctx.options.includeAnnotations ? annotationNotes(bead) : []),
      '      </trans-unit>',
      '',
    ].join('\n'),
  footer: () => '    </body>\n  </file>\n</xliff>\n',
}

function commentNotes(bead: ExportBead): string[] {
  return commentLines(bead.comments).map(({ author, line }) => `        <note from="${attr(author)}">${text(line)}</note>`)
}

function annotationNotes(bead: ExportBead): string[] {
  return exportedAnnotations(bead).map(
    (annotation) =>
      `        <note annotates="${annotation.side === 'SOURCE' ? 'source' : 'target'}">${text(describeAnnotation(annotation))}</note>`,
  )
}

// Inline codes whose content is the original format's markup, not text.
const inlineCodes = new Set(['bpt', 'ept', 'it', 'ph'])

const statusByState = new Map<string, ReviewStatus>([
  ...Object.entries(xliff12States).map(([status, state]) => [state, status as ReviewStatus] as const),
  ['final', 'APPROVED'],
])

export function readXliff12(root: XmlElement): AlignedFile {
  const files = elements(root, 'file')
  const warnings = files.length > 1 ? [importMessage('severalDocuments', { count: files.length })] : []
  const units = files.flatMap((file) =>
    descendants(file, 'trans-unit', root.attrs['xml:space'] === 'preserve').map(({ element, preserve }) => readUnit(element, preserve)),
  )
  const first = files[0]
  return {
    format: 'XLIFF12',
    title: first?.attrs.original,
    sourceLang: first?.attrs['source-language'],
    targetLang: first?.attrs['target-language'] ?? descendants(first ?? root, 'target')[0]?.element.attrs['xml:lang'],
    units,
    warnings,
  }
}

function readUnit(unit: XmlElement, preserve: boolean): AlignedUnit {
  const read = (element: XmlElement | undefined) => {
    if (!element) return null
    const raw = textContent(element, inlineCodes)
    return preserve ? raw : collapseSpace(raw)
  }
  // Direct children only: <alt-trans> holds other candidates, not this unit's translation.
  const target = firstElement(unit, 'target')
  const contexts = new Map(
    elements(unit, 'context-group')
      .flatMap((group) => elements(group, 'context'))
      .map((context) => [context.attrs['context-type'], textContent(context)]),
  )
  const meta = readBeadMeta((key) => contexts.get(`x-tandem-${key}`))
  const stateStatus = target && statusByState.get(target.attrs.state ?? '')
  return {
    source: read(firstElement(unit, 'source')) ?? '',
    target: read(target),
    meta: meta.reviewStatus || !stateStatus ? meta : { ...meta, reviewStatus: stateStatus },
  }
}
