import type { z } from 'zod'
import type { annotationTargetSchema } from './annotation-input'
import type { AnnotationView } from './annotation-view'
import { setAnnotationStatus } from './set-annotation-status'

/** Marks an annotated error as fixed (it still counts in the score: it was in the translation reviewed). */
export function resolveAnnotation(input: z.input<typeof annotationTargetSchema> & { userId: string }): Promise<AnnotationView> {
  return setAnnotationStatus(input, 'resolve')
}
