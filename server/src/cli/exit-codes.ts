/** Exit codes, as markdownlint-cli2 and ESLint use them. */
export const EXIT = {
  /** Nothing wrong (information findings allowed). */
  OK: 0,
  /** Errors found, or more warnings than --max-warnings. */
  FINDINGS: 1,
  /** Could not run: bad option, bad configuration, missing or unreadable path. */
  FATAL: 2,
} as const;

/** A failure to run, reported as one line on stderr (never a stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FATAL,
    /** Print the message as it is (it is already in `file:line:col: message` form). */
    readonly verbatim = false,
  ) {
    super(message);
  }
}
