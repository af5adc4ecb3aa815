// The review API as the browser calls it (app/api/alignments/[id]/...). Every function
// resolves with the verb's answer or rejects with the error body (or a NETWORK error), which
// useReviewAction turns into a sentence. Phase 2 mounts the same components in the editor.
import type { StreamError } from '@/app/_components/read-ndjson'
import { readNdjson } from '@/app/_components/read-ndjson'
import type { AnnotationView } from '@/lib/annotations/annotation-view'
import type { CheckCode, CheckProgress } from '@/lib/checks'
import type { ThreadView } from '@/lib/comments/thread-view'
import type { FindingView } from '@/lib/findings/compute-findings'
import type { BeadTextsView } from '@/lib/findings/find-bead-texts'
import type { FindingsSummary } from '@/lib/findings/summarise-findings'
import type { ReviewStatus } from '@/lib/generated/prisma/enums'
import type { ReviewMarks } from '@/lib/reviews/get-review-marks'
import type { AnnotationSeverity, SeverityWeights } from '@/lib/quality/severity-weights'
import type { ReviewTransition } from '@/lib/reviews/review-transitions'
import type { ReviewStatusResult } from '@/lib/reviews/set-review-status'

export type Side = 'source' | 'target'
export type SpanInput = { side: Side; position: number; start: number; end: number; quote: string }
export type FindingsPage = { version: number; total: number; items: FindingView[]; beads: Record<number, BeadTextsView> }
export type AllFindings = { version: number; findings: FindingView[] }
export type FindingsOverview = {
  version: number
  summary: FindingsSummary
  perBin: number[]
  groups: Record<CheckCode, { total: number; items: FindingView[] }>
  beads: Record<number, BeadTextsView>
}

async function call<T>(url: string, method: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { method, cache: 'no-store', headers: body === undefined ? undefined : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw { code: 'NETWORK', message: 'The server could not be reached.' } satisfies StreamError
  }
  const json = (await response.json().catch(() => null)) as (T & { error?: StreamError }) | null
  if (!response.ok) throw json?.error ?? ({ code: 'NETWORK', message: `HTTP ${response.status}` } satisfies StreamError)
  return json as T
}

async function stream<T>(url: string, onProgress: (progress: CheckProgress) => void): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store' })
  } catch {
    throw { code: 'NETWORK', message: 'The server could not be reached.' } satisfies StreamError
  }
  return readNdjson<CheckProgress, T>(response, onProgress)
}

export function reviewApi(alignmentId: number) {
  const base = `/api/alignments/${alignmentId}`
  return {
    alignmentId,
    startThread: (input: { beadId: number; body: string; anchor?: { side: Side; position: number } }) => call<ThreadView>(`${base}/threads`, 'POST', input),
    reply: (threadId: number, body: string) => call<ThreadView>(`${base}/threads/${threadId}/replies`, 'POST', { body }),
    resolveThread: (threadId: number) => call<ThreadView>(`${base}/threads/${threadId}/resolve`, 'POST'),
    reopenThread: (threadId: number) => call<ThreadView>(`${base}/threads/${threadId}/reopen`, 'POST'),
    editComment: (commentId: number, body: string) => call<ThreadView>(`${base}/comments/${commentId}`, 'PATCH', { body }),
    deleteComment: (commentId: number) => call<{ thread: ThreadView | null }>(`${base}/comments/${commentId}`, 'DELETE'),
    threads: (status: 'open' | 'resolved' | 'all' = 'all', beadId?: number) => call<ThreadView[]>(`${base}/threads?status=${status}${beadId ? `&beadId=${beadId}` : ''}`, 'GET'),
    threadCounts: () => call<Record<number, { open: number; resolved: number }>>(`${base}/threads/counts`, 'GET'),
    createAnnotation: (input: { span: SpanInput; category: string; severity: AnnotationSeverity; note?: string }) => call<AnnotationView>(`${base}/annotations`, 'POST', input),
    editAnnotation: (annotationId: number, change: { category?: string; severity?: AnnotationSeverity; note?: string }) => call<AnnotationView>(`${base}/annotations/${annotationId}`, 'PATCH', change),
    deleteAnnotation: (annotationId: number) => call<{ id: number }>(`${base}/annotations/${annotationId}`, 'DELETE'),
    resolveAnnotation: (annotationId: number) => call<AnnotationView>(`${base}/annotations/${annotationId}/resolve`, 'POST'),
    reopenAnnotation: (annotationId: number) => call<AnnotationView>(`${base}/annotations/${annotationId}/reopen`, 'POST'),
    setReviewStatus: (transition: ReviewTransition, beads: { id: number; reviewStatus: ReviewStatus }[]) =>
      call<ReviewStatusResult>(`${base}/review-status`, 'POST', { transition, beadIds: beads.map((bead) => bead.id), seen: beads.map((bead) => bead.reviewStatus) }),
    dismissFindings: (selection: { fingerprints: string[] } | { check: CheckCode }) => call<{ dismissed: string[]; alreadyDismissed: number }>(`${base}/findings/dismissals`, 'POST', selection),
    restoreFindings: (selection: { fingerprints: string[] } | { check: CheckCode }) => call<{ restored: string[] }>(`${base}/findings/dismissals`, 'DELETE', selection),
    findingsPage: (check: CheckCode, status: 'open' | 'dismissed', offset: number, limit = 25) =>
      call<FindingsPage>(`${base}/findings?check=${check}&status=${status}&offset=${offset}&limit=${limit}`, 'GET'),
    findingsOverview: (onProgress: (progress: CheckProgress) => void) => stream<FindingsOverview>(`${base}/findings`, onProgress),
    /** Every finding, dismissed ones too (the editor marks its rows with them). */
    allFindings: (onProgress: (progress: CheckProgress) => void) => stream<AllFindings>(`${base}/findings?scope=all`, onProgress),
    /** Statuses, annotations, where threads hang, weights and the review stamp (the editor). */
    marks: () => call<ReviewMarks>(`${base}/review-marks`, 'GET'),
  }
}

export function setSeverityWeights(projectId: number, weights: SeverityWeights) {
  return call<SeverityWeights>(`/api/projects/${projectId}/severity-weights`, 'PUT', { weights })
}

export type ReviewApi = ReturnType<typeof reviewApi>
