import { AppError, type AppErrorDetails } from '../errors'
import type { CodedMessage } from './import-message'

export type ImportErrorReason =
  | 'TOO_LARGE'
  | 'TOO_MANY_PARAGRAPHS'
  | 'BINARY'
  | 'BAD_ENCODING'
  | 'MALFORMED_XML'
  | 'UNSUPPORTED'
  | 'EMPTY'
  | 'INVALID'

/** The details that let the interface say `message` in its own language (see import-message.ts). */
export function messageDetails({ code, params }: CodedMessage<string>): AppErrorDetails {
  return { code, params }
}

/**
 * Why an import was refused. It is an AppError (the project's one error type), so the API
 * and server actions map it like any other: size limits become TOO_LARGE (413), everything
 * else INVALID_INPUT (400); `reason`, `line`, `column` and the message's `code` and
 * `params` travel in `details` too. The message is one English sentence the user can act
 * on; the interface renders the code in its language instead.
 */
export class ImportError extends AppError {
  readonly reason: ImportErrorReason
  readonly line?: number
  readonly column?: number

  constructor(reason: ImportErrorReason, message: CodedMessage<string>, position?: { line: number; column: number }) {
    const code = reason === 'TOO_LARGE' || reason === 'TOO_MANY_PARAGRAPHS' ? 'TOO_LARGE' : 'INVALID_INPUT'
    super(code, message.message, { reason, line: position?.line, column: position?.column, ...messageDetails(message) })
    this.name = 'ImportError'
    this.reason = reason
    this.line = position?.line
    this.column = position?.column
  }
}
