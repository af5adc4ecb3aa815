// One error type for everything the data-access layer refuses, and one mapping of it to
// HTTP statuses and to server-action results. Anything that is not an AppError is a bug:
// the user sees a generic message, the server log gets the whole error.

export type AppErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'TOO_LARGE'

export type AppErrorDetails = Record<string, string | number | boolean | null | undefined | string[] | Record<string, string | number>>

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly details: AppErrorDetails
  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export const httpStatusOf: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_LARGE: 413,
}

export type ErrorBody = { code: AppErrorCode | 'INTERNAL'; message: string; details?: AppErrorDetails }
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** What the user may see of any error; logs the ones that are bugs. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details }
  const mapped = fromDatabaseError(error)
  if (mapped) return { code: mapped.code, message: mapped.message, details: mapped.details }
  console.error('[tandem] unexpected error:', error)
  return { code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed; please try again.' }
}

export function httpStatusOfBody(body: ErrorBody): number {
  return body.code === 'INTERNAL' ? 500 : httpStatusOf[body.code]
}

/** Runs a verb for a server action: `{ ok: true, data }` or `{ ok: false, error }`, never a throw. */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() }
  } catch (error) {
    return { ok: false, error: toErrorBody(error) }
  }
}

/**
 * Prisma errors that mean "your input conflicts with the data" rather than "bug".
 * P2002 unique violation, P2025 record missing, P2034 write conflict (serialization).
 */
function fromDatabaseError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'P2002') return new AppError('CONFLICT', 'This already exists.')
  if (code === 'P2025') return new AppError('NOT_FOUND', 'Not found.')
  if (code === 'P2034') return new AppError('CONFLICT', 'Someone else changed this at the same time; please try again.')
  // PostgreSQL cannot store U+0000 in text (SQLSTATE 22021). Regression: pasted or imported
  // text with a NUL character was a 500 "something went wrong" instead of saying why.
  if (sqlState(error) === '22021') {
    return new AppError('INVALID_INPUT', 'The text contains an invisible NUL character (U+0000), which cannot be stored. Remove it, or copy the text again from its source, and try again.')
  }
  return null
}

/** The PostgreSQL error code under a Prisma driver-adapter error, if any. */
function sqlState(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta
  const code = meta?.driverAdapterError?.cause?.originalCode
  return typeof code === 'string' ? code : undefined
}

export function notFound(what = 'This'): AppError {
  return new AppError('NOT_FOUND', `${what} does not exist or you do not have access to it.`)
}
