/**
 * A command line that cannot be run as written: an unknown option, a missing argument, a value
 * of the wrong form. The `eventstudy` command prints its message and exits with code 2 (data
 * errors, the library's `EventStudyError`s, exit with code 1).
 *
 * @example
 * ```ts
 * throw new UsageError("--window must be two whole numbers like -5,5, got 'abc'", 'run');
 * ```
 */
export class UsageError extends Error {
  /** Matched by the command line's exit-code logic (exit 2), as the library's errors' codes are (exit 1). */
  readonly code = 'USAGE';
  /** The command whose `--help` explains the usage (`'run'`, `'inspect'`), if any. */
  readonly command?: string;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    if (command !== undefined) this.command = command;
  }
}
