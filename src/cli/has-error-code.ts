import type { ErrorCode } from '../errors';

/**
 * Whether `error` is an error with this `code`: one of the library's {@link ErrorCode}s, or the
 * command line's own `'USAGE'`. The command line decides exit codes and rewrites errors by code,
 * not by `instanceof` or message text, so the decision stays right across two copies of the
 * library and whatever a message says.
 *
 * @param error - what was thrown
 * @param code - the code to match
 * @returns whether `error` is an `Error` carrying `code`
 *
 * @example
 * ```ts
 * hasErrorCode(new ConfigError('unknown model'), 'CONFIG'); // true
 * hasErrorCode(new Error('boom'), 'CONFIG'); // false
 * ```
 */
export function hasErrorCode<Code extends ErrorCode | 'USAGE'>(
  error: unknown,
  code: Code,
): error is Error & { code: Code } {
  return error instanceof Error && (error as { code?: unknown }).code === code;
}
