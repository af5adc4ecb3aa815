// The one error type of the command line: a message for one line of stderr and an exit code.

/** Exit codes: 1 for bad input (files, contents), 64 for a wrong command line (EX_USAGE of sysexits.h). */
export const EXIT_BAD_INPUT = 1
export const EXIT_USAGE = 64

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message)
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message} (see tandem --help)`, EXIT_USAGE)
}
