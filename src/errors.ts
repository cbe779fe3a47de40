/**
 * Error classes of `eventstudy`. Every error the library throws on purpose is an instance of
 * {@link EventStudyError}, so callers can tell bad input from bugs with one `instanceof`; and each
 * class carries a stable `code` (as zod's issues do), so that callers match codes, not message
 * text, and the match survives two copies of the package or an error passed as plain data.
 */

/**
 * The `code` of each error class, in the order of the README's error table. A code never
 * changes meaning; new classes add codes.
 */
export const ERROR_CODES = ['EVENT_STUDY', 'CSV_FORMAT', 'EVENT_SPEC', 'CONFIG'] as const;

/**
 * The stable code of an error the library throws: `'CSV_FORMAT'` ({@link CsvFormatError}),
 * `'EVENT_SPEC'` ({@link EventSpecError}), `'CONFIG'` ({@link ConfigError}), or `'EVENT_STUDY'`
 * for an {@link EventStudyError} of no more specific class.
 *
 * @example
 * ```ts
 * try {
 *   parsePrices('date,close\n2021-03-26,abc', { ticker: 'X' });
 * } catch (error) {
 *   if (error instanceof EventStudyError && error.code === ('CSV_FORMAT' satisfies ErrorCode)) console.error(error.line);
 * }
 * ```
 *
 * @category Study
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Where in an input the problem is. Lines and columns are 1-based.
 *
 * @category Reading
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  /** 0-based row of an in-memory table (`pricesFromColumns`), where there are no lines. */
  row?: number;
  column?: number;
  /** Path of the offending field in an object input, e.g. `events[3].ticker` (a spec, not a file). */
  path?: string;
}

function locate(message: string, where: ErrorLocation): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column !== undefined) parts.push(`column ${where.column}`);
  return parts.length > 0 ? `${parts.join(', ')}: ${message}` : message;
}

/**
 * Base class of every error the library throws on purpose. Its `code` is `'EVENT_STUDY'`;
 * each subclass has its own ({@link ErrorCode}).
 *
 * @example
 * ```ts
 * try { parsePrices('') } catch (e) { if (e instanceof EventStudyError) console.error(e.code, e.message) }
 * ```
 *
 * @category Study
 */
export class EventStudyError extends Error {
  /** What kind of error this is, stable across versions: match it rather than the message. */
  readonly code: ErrorCode = 'EVENT_STUDY';
  readonly file?: string;
  readonly line?: number;
  readonly row?: number;
  readonly column?: number;
  /** Path of the offending field in an object input, e.g. `events[3].ticker`. */
  readonly path?: string;
  constructor(message: string, where: ErrorLocation = {}) {
    super(locate(message, where));
    this.name = new.target.name;
    if (where.file !== undefined) this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
    if (where.path !== undefined) this.path = where.path;
  }
}

/**
 * A CSV file that cannot be read as prices, events or factors: empty, missing a column, ragged,
 * with an unparseable date or price, or with conflicting duplicate dates. Code `'CSV_FORMAT'`.
 *
 * @example
 * ```ts
 * parsePrices('date,close\n2021-03-26,abc') // throws CsvFormatError: line 2, column 2: …
 * // error.code === 'CSV_FORMAT'
 * ```
 *
 * @category Reading
 */
export class CsvFormatError extends EventStudyError {
  override readonly code = 'CSV_FORMAT';
}

/**
 * An event that is malformed as written: no ticker, an unparseable date, a timestamp without
 * a time-zone offset. Code `'EVENT_SPEC'`.
 *
 * @example
 * ```ts
 * parseEvents('ticker,date\n1810.HK,2021-03-26T10:00') // throws EventSpecError (no offset)
 * // error.code === 'EVENT_SPEC'
 * ```
 *
 * @category Reading
 */
export class EventSpecError extends EventStudyError {
  override readonly code = 'EVENT_SPEC';
}

/**
 * A study specification that cannot be run as given: an estimation window that overlaps the
 * event window, a factor model without factors, an unknown option value. Code `'CONFIG'`.
 *
 * @example
 * ```ts
 * eventStudy({ prices, events, window: [-5, 5], estimation: { end: 0 } }) // throws ConfigError
 * // error.code === 'CONFIG'
 * ```
 *
 * @category Study
 */
export class ConfigError extends EventStudyError {
  override readonly code = 'CONFIG';
}
