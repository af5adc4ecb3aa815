// XLIFF 2.1 (core + metadata module + ITS module): one <unit> per bead with one segment;
// annotations become ITS Localization Quality Issues on spanning markers. Reading accepts
// XLIFF 2.0 and 2.1.
import { readBeadMeta, type AlignedFile, type AlignedUnit } from './aligned-file'
import { importMessage } from './import-message'
import {
  beadMetadata,
  categoryLabel,
  commentLines,
  exportedAnnotations,
  PARAGRAPH_SEPARATOR,
  type ExportContext,
  type FormatWriter,
} from './export-model'
import type { AnnotationCategory, AnnotationSeverity, ExportAnnotation, ExportBead, ExportParagraph, ReviewStatus } from './types'
import { collapseSpace, descendants, elements, firstElement, isPreserved, localName, type XmlElement } from './xml-reader'
import { escapeXmlAttr as attr, escapeXmlText as text, XML_DECLARATION } from './xml-writer'

/**
 * Review status → segment state + subState. XLIFF 2 has four states; the subState
 * (prefix "tandem") keeps Tandem's exact status. A segment without target is always
 * "initial": the other states claim a translation exists.
 */
export const xliff21States: Record<ReviewStatus, { state: string; subState: string }> = {
  UNREVIEWED: { state: 'translated', subState: 'tandem:unreviewed' },
  NEEDS_WORK: { state: 'translated', subState: 'tandem:needs-work' },
  REJECTED: { state: 'initial', subState: 'tandem:rejected' },
  APPROVED: { state: 'final', subState: 'tandem:approved' },
}

/** MQM-style categories → ITS 2.0 locQualityIssueType (ITS has no separate dates, units). */
export const itsIssueTypes: Record<AnnotationCategory, string> = {
  MISTRANSLATION: 'mistranslation',
  OMISSION: 'omission',
  ADDITION: 'addition',
  UNTRANSLATED: 'untranslated',
  TERMINOLOGY: 'terminology',
  GRAMMAR: 'grammar',
  SPELLING: 'misspelling',
  PUNCTUATION: 'typographical',
  STYLE: 'style',
  NUMBERS: 'numbers',
  DATES: 'locale-violation',
  UNITS: 'locale-violation',
  NAMES: 'inconsistent-entities',
  OTHER: 'other',
}

/** Severity → ITS locQualityIssueSeverity (0 = no effect … 100 = unusable). */
export const itsSeverities: Record<AnnotationSeverity, number> = { NEUTRAL: 0, MINOR: 25, MAJOR: 75, CRITICAL: 100 }

export const xliff21Writer: FormatWriter = {
  header: (ctx) =>
    [
      XML_DECLARATION,
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"' +
        ` xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="2.1" srcLang="${attr(ctx.sourceLang)}"` +
        // trgLang is required if and only if the document has targets.
        (ctx.beads.some((bead) => bead.target.length > 0) ? ` trgLang="${attr(ctx.targetLang)}"` : '') +
        '>',
      `  <file id="f1" original="${attr(ctx.input.title || ctx.input.id)}">`,
      ...metadata('    ', [
        ['alignment-id', ctx.input.id],
        ['tool', `Tandem ${ctx.input.toolVersion}`],
        ['created', ctx.input.createdAt.toISOString()],
      ]),
      '',
    ].join('\n'),
  bead: (bead, ctx) => {
    const markers = { next: 1 }
    const annotations = ctx.options.includeAnnotations ? exportedAnnotations(bead) : []
    const hasTarget = bead.target.length > 0
    const { state, subState } = hasTarget ? xliff21States[bead.reviewStatus] : { state: 'initial', subState: xliff21States[bead.reviewStatus].subState }
    return [
      // xml:space="preserve": the blank line between a side's paragraphs is content.
      `    <unit id="${bead.index}" xml:space="preserve">`,
      ...metadata('      ', beadMetadata(bead)),
      ...notes(bead, ctx),
      `      <segment state="${state}" subState="${subState}">`,
      `        <source>${markedText(bead.source, annotations.filter((a) => a.side === 'SOURCE'), markers)}</source>`,
      ...(hasTarget ? [`        <target>${markedText(bead.target, annotations.filter((a) => a.side === 'TARGET'), markers)}</target>`] : []),
      '      </segment>',
      '    </unit>',
      '',
    ].join('\n')
  },
  footer: () => '  </file>\n</xliff>\n',
}

function metadata(indent: string, entries: [string, string][]): string[] {
  return [
    `${indent}<mda:metadata>`,
    `${indent}  <mda:metaGroup category="tandem">`,
    ...entries.map(([type, value]) => `${indent}    <mda:meta type="${attr(type)}">${text(value)}</mda:meta>`),
    `${indent}  </mda:metaGroup>`,
    `${indent}</mda:metadata>`,
  ]
}

function notes(bead: ExportBead, ctx: ExportContext): string[] {
  const lines = ctx.options.includeComments ? commentLines(bead.comments) : []
  if (lines.length === 0) return []
  return [
    '      <notes>',
    ...lines.map(({ line }, i) => `        <note id="c${i + 1}" category="comment">${text(line)}</note>`),
    '      </notes>',
  ]
}

/**
 * A side's text with each annotation as an <sm>…<em> pair: spanning markers may overlap,
 * which annotations do and <mrk> elements cannot. Text between markers is escaped piece by
 * piece, so offsets never shift when forbidden characters are dropped.
 */
function markedText(paragraphs: ExportParagraph[], annotations: ExportAnnotation[], markers: { next: number }): string {
  return paragraphs
    .map((paragraph) => {
      const events = annotations
        .filter((annotation) => annotation.paragraphNumber === paragraph.number)
        .flatMap((annotation) => {
          const id = `a${markers.next++}`
          const start = codePointBoundary(paragraph.text, annotation.start, -1)
          const end = Math.max(start, codePointBoundary(paragraph.text, annotation.end, 1))
          return [
            { offset: start, rank: 1, markup: startMarker(id, annotation) },
            // At one offset, ends come before starts, except the end of an empty span.
            { offset: end, rank: end === start ? 2 : 0, markup: `<em startRef="${id}"/>` },
          ]
        })
        .sort((a, b) => a.offset - b.offset || a.rank - b.rank)
      let out = ''
      let at = 0
      for (const event of events) {
        out += text(paragraph.text.slice(at, event.offset)) + event.markup
        at = event.offset
      }
      return out + text(paragraph.text.slice(at))
    })
    .join(PARAGRAPH_SEPARATOR)
}

function startMarker(id: string, annotation: ExportAnnotation): string {
  const comment = annotation.note ? `${categoryLabel(annotation.category)}: ${annotation.note}` : categoryLabel(annotation.category)
  return (
    `<sm id="${id}" type="its:generic" its:locQualityIssueType="${itsIssueTypes[annotation.category]}"` +
    ` its:locQualityIssueSeverity="${itsSeverities[annotation.severity]}" its:locQualityIssueComment="${attr(comment)}"` +
    // A resolved issue stays on record but no longer counts: ITS says so with Enabled="no".
    (annotation.status === 'RESOLVED' ? ' its:locQualityIssueEnabled="no"' : '') +
    '/>'
  )
}

/** Clamps an offset into the text and off the middle of a surrogate pair (towards `direction`). */
function codePointBoundary(value: string, offset: number, direction: -1 | 1): number {
  const at = Math.max(0, Math.min(value.length, offset))
  const splitsPair = at > 0 && at < value.length && /[\uD800-\uDBFF]/.test(value[at - 1]) && /[\uDC00-\uDFFF]/.test(value[at])
  return splitsPair ? at + direction : at
}

const statusBySubState = new Map(Object.entries(xliff21States).map(([status, { subState }]) => [subState, status as ReviewStatus]))

export function readXliff2(root: XmlElement): AlignedFile {
  const files = elements(root, 'file')
  const warnings = files.length > 1 ? [importMessage('severalDocuments', { count: files.length })] : []
  const rootPreserve = isPreserved(root, false)
  const units = files.flatMap((file) =>
    descendants(file, 'unit', isPreserved(file, rootPreserve)).map(({ element, preserve }) => readUnit(element, preserve)),
  )
  return { format: 'XLIFF2', title: files[0]?.attrs.original, sourceLang: root.attrs.srcLang, targetLang: root.attrs.trgLang, units, warnings }
}

/**
 * A unit's segments and ignorables joined in order, as the XLIFF 2 spec reassembles them:
 * a target's `order` puts it in another slot; an ignorable without target stands for itself.
 */
function readUnit(unit: XmlElement, unitPreserve: boolean): AlignedUnit {
  const parts = elements(unit).filter((part) => ['segment', 'ignorable'].includes(localName(part.name)))
  const sources = parts.map((part) => firstElement(part, 'source'))
  const targets: (XmlElement | undefined)[] = parts.map(() => undefined)
  parts.forEach((part, i) => {
    const target = firstElement(part, 'target')
    if (!target) return
    const slot = target.attrs.order ? Number(target.attrs.order) - 1 : i
    targets[slot >= 0 && slot < parts.length && !targets[slot] ? slot : i] = target
  })
  const finish = (raw: string, element: XmlElement | undefined) =>
    element && isPreserved(element, unitPreserve) ? raw : collapseSpace(raw)
  const source = sources.map((element) => (element ? inlineText(element) : '')).join('')
  const hasTarget = targets.some(Boolean)
  const target = parts
    .map((part, i) => {
      const own = targets[i]
      if (own) return inlineText(own)
      const standIn = localName(part.name) === 'ignorable' ? sources[i] : undefined
      return standIn ? inlineText(standIn) : ''
    })
    .join('')
  return {
    source: finish(source, sources[0]),
    target: hasTarget ? finish(target, targets.find(Boolean)) : null,
    meta: unitMeta(unit, parts[0]),
  }
}

/** Character data of a source or target; <cp hex="…"/> is a character XML cannot hold raw. */
function inlineText(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child
      if (localName(child.name) !== 'cp') return inlineText(child)
      const codePoint = Number.parseInt(child.attrs.hex ?? '', 16)
      return Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ''
    })
    .join('')
}

function unitMeta(unit: XmlElement, firstPart: XmlElement | undefined) {
  const metas = new Map(
    elements(unit, 'metadata')
      .flatMap((metadata) => elements(metadata, 'metaGroup'))
      .filter((group) => group.attrs.category === 'tandem')
      .flatMap((group) => elements(group, 'meta'))
      .map((meta) => [meta.attrs.type, inlineText(meta)]),
  )
  const meta = readBeadMeta((key) => metas.get(key))
  if (meta.reviewStatus || !firstPart) return meta
  const fromState = statusBySubState.get(firstPart.attrs.subState ?? '') ?? (firstPart.attrs.state === 'final' ? 'APPROVED' : undefined)
  return fromState ? { ...meta, reviewStatus: fromState } : meta
}
