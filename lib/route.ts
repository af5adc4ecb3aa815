// One wrapper for every route handler: origin check for writes (cross-site request
// protection), the signed-in user, and one mapping of errors to JSON responses.
import { NextResponse, type NextRequest } from 'next/server'
import { trustedOrigins } from './config'
import { AppError, httpStatusOfBody, toErrorBody } from './errors'
import { crossSiteRefusal } from './security/origin'
import { requireUser, type SessionUser } from './session'

type Handler<P> = (context: { request: NextRequest; user: SessionUser; params: P }) => Promise<Response | unknown>

/** Refuses a cross-site write (lib/security/origin.ts); proxy.ts checks the same for every route. */
export function requireSameOrigin(request: Request): void {
  const refusal = crossSiteRefusal(request, trustedOrigins())
  if (refusal) throw new AppError('FORBIDDEN', `Cross-site request refused. ${refusal}`)
}

export function errorResponse(error: unknown): NextResponse {
  const body = toErrorBody(error)
  return NextResponse.json({ error: body }, { status: httpStatusOfBody(body) })
}

export function withUser<P = Record<string, string>>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      requireSameOrigin(request)
      const user = await requireUser()
      const result = await handler({ request, user, params: await context.params })
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true })
    } catch (error) {
      return errorResponse(error)
    }
  }
}

/** Reads a JSON body no larger than `maxBytes` (TOO_LARGE otherwise, INVALID_INPUT if not JSON). */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw new AppError('TOO_LARGE', `The request is larger than ${Math.round(maxBytes / 1e6)} MB.`)
  const text = await request.text()
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('TOO_LARGE', `The request is larger than ${Math.round(maxBytes / 1e6)} MB.`)
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not valid JSON.')
  }
}

/**
 * A streamed response of newline-delimited JSON: progress lines while `run` works, then
 * `{ "type": "done", ... }` or `{ "type": "error", error }`. Lets the UI show progress of
 * long imports and exports.
 */
export function ndjsonStream(run: (send: (message: object) => void) => Promise<object>): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`))
      try {
        send({ type: 'done', ...(await run(send)) })
      } catch (error) {
        send({ type: 'error', error: toErrorBody(error) })
      }
      controller.close()
    },
  })
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } })
}

/**
 * Like ndjsonStream, but the response starts only once `run` reports its first progress (or
 * ends): a refusal before any work (not found, forbidden, invalid input, a stale version) is
 * then an HTTP status rather than an error line in a 200 response. Verbs check permission
 * before their first report.
 */
export async function progressStream(run: (send: (message: object) => void) => Promise<object>): Promise<Response> {
  const buffered: object[] = []
  let forward: (message: object) => void = (message) => void buffered.push(message)
  let markStarted!: () => void
  const started = new Promise<void>((resolve) => (markStarted = resolve))
  const work = run((message) => {
    markStarted()
    forward(message)
  })
  // A rejection before the first report is thrown here, and withUser turns it into a status.
  await Promise.race([started, work])
  return ndjsonStream(async (send) => {
    buffered.forEach(send)
    forward = send
    return work
  })
}
