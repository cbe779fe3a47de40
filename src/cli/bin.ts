#!/usr/bin/env node
/**
 * The `eventstudy` executable (package `bin`, built to `dist/cli.js`): runs {@link main} on the
 * process's arguments and streams and sets the exit code. Kept apart from `main.ts` so the
 * command can be run in-process (the CLI tests do) without these process-wide side effects.
 * @packageDocumentation
 */
import { main } from './main';
import { timingLine } from './timing';

/**
 * A report that cannot be written (stdout to a closed pipe, EPIPE, or a full disk, ENOSPC) is
 * an 'error' event on the stream, not an exception of `main`: without a listener Node prints
 * "Unhandled 'error' event" and a stack trace. One line on stderr and exit 1 instead.
 */
function onOutputError(error: Error & { code?: unknown }): void {
  const reasons: Record<string, string> = {
    EPIPE: 'the reader closed the pipe (EPIPE)',
    ENOSPC: 'no space left on the device (ENOSPC)',
  };
  const code = typeof error.code === 'string' ? error.code : '';
  try {
    process.stderr.write(
      `eventstudy: cannot write the output: ${reasons[code] ?? (code || error.message)}\n`,
    );
  } catch {
    // stderr is gone too: the exit code is all that is left
  }
  process.exit(1);
}

process.stdout.on('error', onOutputError);
process.stderr.on('error', () => process.exit(1));
void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
  if (process.env['EVENTSTUDY_TIMING']) process.stderr.write(timingLine());
});
