// The MQM category and severity a reviewer most likely gives an automatic finding they turn
// into an annotation (pure; the annotation form starts from it and the reviewer may change it).
import type { CheckCode, Finding } from '../checks'
import type { IssueCategory } from '../generated/prisma/enums'
import type { AnnotationSeverity } from '../quality/severity-weights'

const categories: Record<CheckCode, IssueCategory> = {
  numbers: 'NUMBERS',
  dates: 'DATES',
  urls: 'MISTRANSLATION',
  emails: 'MISTRANSLATION',
  entities: 'NAMES',
  brackets: 'PUNCTUATION',
  quotes: 'PUNCTUATION',
  untranslated: 'UNTRANSLATED',
  'wrong-language': 'UNTRANSLATED',
  'empty-source': 'ADDITION',
  'empty-target': 'OMISSION',
  'length-ratio': 'OMISSION',
}

export function suggestedCategory(finding: Pick<Finding, 'check' | 'params'>): IssueCategory {
  if (finding.check === 'length-ratio' && finding.params.direction === 'longer') return 'ADDITION'
  return categories[finding.check]
}

export function suggestedSeverity(finding: Pick<Finding, 'severity'>): AnnotationSeverity {
  return finding.severity === 'critical' ? 'CRITICAL' : finding.severity === 'major' ? 'MAJOR' : 'MINOR'
}
