// MQM-Core as Tandem uses it: the dimensions, the categories under each, and the annotation
// states. Pure (the interface groups its menus by these; the score and exports read them).
import type { AnnotationStatus, IssueCategory } from '../generated/prisma/enums'

export const mqmDimensions = [
  { dimension: 'ACCURACY', categories: ['MISTRANSLATION', 'OMISSION', 'ADDITION', 'UNTRANSLATED'] },
  { dimension: 'TERMINOLOGY', categories: ['TERMINOLOGY'] },
  { dimension: 'LINGUISTIC', categories: ['GRAMMAR', 'SPELLING', 'PUNCTUATION'] },
  { dimension: 'STYLE', categories: ['STYLE'] },
  { dimension: 'LOCALE', categories: ['NUMBERS', 'DATES', 'UNITS', 'NAMES'] },
  { dimension: 'OTHER', categories: ['OTHER'] },
] as const satisfies readonly { dimension: string; categories: readonly IssueCategory[] }[]

export type MqmDimension = (typeof mqmDimensions)[number]['dimension']

export const issueCategories = mqmDimensions.flatMap((group) => group.categories) as IssueCategory[]

export const annotationStatuses = ['OPEN', 'RESOLVED', 'OUTDATED'] as const satisfies readonly AnnotationStatus[]

export function dimensionOf(category: IssueCategory): MqmDimension {
  return mqmDimensions.find((group) => (group.categories as readonly IssueCategory[]).includes(category))!.dimension
}
