import { AppError } from '../errors'

export type ImportErrorReason =
  | 'TOO_LARGE'
  | 'TOO_MANY_PARAGRAPHS'
  | 'BINARY'
  | 'BAD_ENCODING'
  | 'MALFORMED_XML'
  | 'UNSUPPORTED'
  | 'EMPTY'
  | 'INVALID'

/**
 * Why an import was refused. It is an AppError (the project's one error type), so the API
 * and server actions map it like any other: size limits become TOO_LARGE (413), everything
 * else INVALID_INPUT (400); `reason`, `line` and `column` travel in `details` too.
 * The message is one sentence the user can act on.
 */
export class ImportError extends AppError {
  readonly reason: ImportErrorReason
  readonly line?: number
  readonly column?: number

  constructor(reason: ImportErrorReason, message: string, position?: { line: number; column: number }) {
    const code = reason === 'TOO_LARGE' || reason === 'TOO_MANY_PARAGRAPHS' ? 'TOO_LARGE' : 'INVALID_INPUT'
    super(code, message, { reason, line: position?.line, column: position?.column })
    this.name = 'ImportError'
    this.reason = reason
    this.line = position?.line
    this.column = position?.column
  }
}

/** "1 unit was" / "3 units were": counts in messages. */
export function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`
}
