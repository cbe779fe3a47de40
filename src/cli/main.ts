/**
 * The `eventstudy` command: `eventstudy run …`, `eventstudy regress …` and `eventstudy inspect …`.
 * Thin: arguments are read by `args.ts`, the work is done by `commands.ts`, the process is
 * wired up by `bin.ts` (the package `bin`); this file
 * maps outcomes to exit codes — 0 success, 1 data error (the library's `EventStudyError`s, or no
 * event could be studied), 2 usage error (bad arguments, a missing file) — and prints every
 * error as one line on stderr.
 * @packageDocumentation
 */
import packageJson from '../../package.json' with { type: 'json' };
import { ERROR_CODES, type EventStudyError } from '../errors';
import { type CliCommand, parseCliArgs } from './args';
import { type CommandIo, inspectCommand, regressCommand, runCommand } from './commands';
import { hasErrorCode } from './has-error-code';
import { INSPECT_HELP, MAIN_HELP, REGRESS_HELP, RUN_HELP } from './help';
import { cliHint } from './hints';
import { markPhase } from './timing';
import type { UsageError } from './usage-error';

/**
 * Runs the command line and returns its exit code; never throws.
 *
 * @param argv - the arguments after the program name
 * @param io - output streams
 * @returns 0, 1 (data error) or 2 (usage error)
 *
 * @example
 * ```ts
 * process.exitCode = await main(['inspect', 'data/hk'], { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  markPhase('imported');
  let command: CliCommand | undefined;
  try {
    command = parseCliArgs(argv);
    switch (command.command) {
      case 'help':
        if (command.usage) {
          // A bare `eventstudy` is a usage error: the help goes where errors go, with exit 2.
          io.stderr.write(MAIN_HELP);
          return 2;
        }
        io.stdout.write(
          command.topic === 'run'
            ? RUN_HELP
            : command.topic === 'inspect'
              ? INSPECT_HELP
              : command.topic === 'regress'
                ? REGRESS_HELP
                : MAIN_HELP,
        );
        return 0;
      case 'version':
        io.stdout.write(`${packageJson.version}\n`);
        return 0;
      case 'run':
        return await runCommand(command.options, io);
      case 'regress':
        return await regressCommand(command.options, io);
      default:
        return await inspectCommand(command.options, io);
    }
  } catch (error) {
    const where = command && 'options' in command ? `eventstudy ${command.command}` : 'eventstudy';
    if (isUsageError(error)) {
      const help = error.command ? `eventstudy ${error.command} --help` : 'eventstudy --help';
      io.stderr.write(
        `${error.command ? `eventstudy ${error.command}` : 'eventstudy'}: ${error.message} (see '${help}')\n`,
      );
      return 2;
    }
    if (isLibraryError(error)) {
      io.stderr.write(`${where}: ${error.name}: ${oneLine(cliHint(error.message))}\n`);
      return 1;
    }
    const fsError = fileSystemError(error);
    if (fsError) {
      io.stderr.write(`${where}: ${fsError}\n`);
      return 2;
    }
    io.stderr.write(
      `${where}: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
    );
    if (process.env['EVENTSTUDY_DEBUG'] && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

/** Whether `error` is the command line's own usage error (exit 2). */
function isUsageError(error: unknown): error is UsageError {
  return hasErrorCode(error, 'USAGE');
}

/** Whether `error` is one the library throws on purpose (bad input, exit 1): by its {@link ERROR_CODES} code. */
function isLibraryError(error: unknown): error is EventStudyError {
  return ERROR_CODES.some((code) => hasErrorCode(error, code));
}

/** "cannot read 'x': no such file or directory" for Node's file-system errors. */
function fileSystemError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as Error & { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a folder, expected a file',
    ENOTDIR: 'not a folder',
  };
  return `cannot read '${path}': ${reasons[code] ?? code}`;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
