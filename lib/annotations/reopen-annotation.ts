import type { z } from 'zod'
import type { annotationTargetSchema } from './annotation-input'
import type { AnnotationView } from './annotation-view'
import { setAnnotationStatus } from './set-annotation-status'

/** Opens a resolved annotation again (the fix did not hold). */
export function reopenAnnotation(input: z.input<typeof annotationTargetSchema> & { userId: string }): Promise<AnnotationView> {
  return setAnnotationStatus(input, 'reopen')
}
