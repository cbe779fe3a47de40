/**
 * Error classes of `eventstudy`. Every error the library throws on purpose is an instance of
 * {@link EventStudyError}, so callers can tell bad input from bugs with one `instanceof`.
 */

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
 * Base class of every error the library throws on purpose.
 *
 * @example
 * ```ts
 * try { parsePrices('') } catch (e) { if (e instanceof EventStudyError) console.error(e.message) }
 * ```
 *
 * @category Study
 */
export class EventStudyError extends Error {
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
 * with an unparseable date or price, or with conflicting duplicate dates.
 *
 * @example
 * ```ts
 * parsePrices('date,close\n2021-03-26,abc') // throws CsvFormatError: line 2, column 2: …
 * ```
 *
 * @category Reading
 */
export class CsvFormatError extends EventStudyError {}

/**
 * An event that is malformed as written: no ticker, an unparseable date, a timestamp without
 * a time-zone offset.
 *
 * @example
 * ```ts
 * parseEvents('ticker,date\n1810.HK,2021-03-26T10:00') // throws EventSpecError (no offset)
 * ```
 *
 * @category Reading
 */
export class EventSpecError extends EventStudyError {}

/**
 * A study specification that cannot be run as given: an estimation window that overlaps the
 * event window, a factor model without factors, an unknown option value.
 *
 * @example
 * ```ts
 * eventStudy({ prices, events, window: [-5, 5], estimation: { end: 0 } }) // throws ConfigError
 * ```
 *
 * @category Study
 */
export class ConfigError extends EventStudyError {}
