// What the TMX, XLIFF and JSONL readers hand over: units with a source and a target text
// each (a side may hold several paragraphs), plus Tandem's metadata where the file carries
// it. buildAlignment turns them into paragraphs and beads, the same way for every format.
import { splitParagraphs } from '../text/split-paragraphs'
import type { BeadMetaKey } from './export-model'
import { ImportError } from './import-error'
import { importMessage, type ImportMessage } from './import-message'
import { canonicalLanguageTag, detectLanguage } from './language'
import { requireParagraphCount, requireTextLength } from './limits'
import type { AlignmentFileFormat, ImportedAlignment, ImportedBead, ImportLimits, ReviewStatus } from './types'
import { countForbiddenXmlChars, removeForbiddenXmlChars } from './xml-writer'

export type UnitMeta = Omit<ImportedBead, 'srcStart' | 'srcEnd' | 'tgtStart' | 'tgtEnd'> & {
  /** The unit carries Tandem's bead metadata (an export of Tandem's own). */
  isTandem: boolean
}

/** `target: null` means the unit has no translation at all (an XLIFF unit without <target>). */
export type AlignedUnit = { source: string; target: string | null; meta: UnitMeta }

export type AlignedFile = {
  format: AlignmentFileFormat
  title?: string
  sourceLang?: string
  targetLang?: string
  units: AlignedUnit[]
  warnings: ImportMessage[]
}

const reviewStatuses = new Set<string>(['UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED'])

/** Tandem's metadata as a format stores it (TMX prop, XLIFF context or meta), read back. */
export function readBeadMeta(get: (key: BeadMetaKey) => string | undefined): UnitMeta {
  const confidence = Number(get('confidence'))
  const status = get('review-status')
  const origin = get('origin')
  const confirmed = get('confirmed')
  return {
    isTandem: get('bead-type') !== undefined,
    // A confidence outside [0, 1] is not one of ours: left out rather than stored.
    ...(get('confidence') !== undefined && confidence >= 0 && confidence <= 1 ? { confidence } : {}),
    ...(status && reviewStatuses.has(status) ? { reviewStatus: status as ReviewStatus } : {}),
    ...(origin === 'AUTO' || origin === 'MANUAL' ? { origin } : {}),
    ...(confirmed === 'true' || confirmed === 'false' ? { isConfirmed: confirmed === 'true' } : {}),
  }
}

/**
 * Paragraphs and beads from units. A side's text is split on blank lines, which gives
 * Tandem's own paragraphs back exactly; a third-party unit usually becomes one paragraph.
 * A unit without target becomes a 1-0 bead (the source paragraph stays in the document,
 * untranslated); a unit with both sides empty is left out.
 */
export function buildAlignment(file: AlignedFile, limits: ImportLimits): ImportedAlignment {
  const source: string[] = []
  const target: string[] = []
  const beads: ImportedBead[] = []
  let untranslated = 0
  let empty = 0
  let removedChars = 0
  const paragraphsOf = (text: string) => {
    removedChars += countForbiddenXmlChars(text)
    return splitParagraphs(removeForbiddenXmlChars(text), 'blank-lines')
  }
  for (const unit of file.units) {
    const src = paragraphsOf(unit.source)
    const tgt = paragraphsOf(unit.target ?? '')
    if (src.length === 0 && tgt.length === 0) {
      empty++
      continue
    }
    if (unit.target === null && !unit.meta.isTandem) untranslated++
    const { isTandem: _isTandem, ...meta } = unit.meta
    beads.push({ srcStart: source.length, srcEnd: source.length + src.length, tgtStart: target.length, tgtEnd: target.length + tgt.length, ...meta })
    source.push(...src)
    target.push(...tgt)
  }
  requireParagraphCount(Math.max(source.length, target.length), limits)
  // As stored: a side's paragraphs joined by blank lines.
  requireTextLength(Math.max(textLength(source), textLength(target)), limits)
  if (beads.length === 0) throw new ImportError('EMPTY', importMessage('noUnits'))
  const warnings = [...file.warnings]
  if (untranslated) warnings.push(importMessage('untranslatedUnits', { count: untranslated }))
  if (empty) warnings.push(importMessage('emptyUnits', { count: empty }))
  if (removedChars) warnings.push(importMessage('controlCharsRemoved', { count: removedChars }))
  return {
    format: file.format,
    ...(file.title ? { title: file.title } : {}),
    sourceLang: languageOf(file.sourceLang, source, 'source', warnings),
    targetLang: languageOf(file.targetLang, target, 'target', warnings),
    source,
    target,
    beads,
    warnings,
  }
}

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) + 2 * Math.max(0, paragraphs.length - 1)
}

/** The declared tag if it is BCP 47, else a detected one, else "und" with a warning. */
function languageOf(declared: string | undefined, paragraphs: string[], side: 'source' | 'target', warnings: ImportMessage[]): string {
  const tag = declared ? canonicalLanguageTag(declared) : null
  if (tag) return tag
  const detected = detectLanguage(paragraphs.slice(0, 200).join('\n'))
  if (declared) {
    warnings.push(
      detected
        ? importMessage('languageInvalidDetected', { side, declared, detected: detected.tag })
        : importMessage('languageInvalidUndetected', { side, declared }),
    )
  } else {
    warnings.push(detected ? importMessage('languageMissingDetected', { side, detected: detected.tag }) : importMessage('languageMissingUndetected', { side }))
  }
  return detected?.tag ?? 'und'
}
