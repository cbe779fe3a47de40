/**
 * Text read in chunks → pieces of whole lines, with a cap on a line's length (issue 20,
 * class 6). Browser-safe.
 *
 * Why a cap: a reader that keeps the unfinished last line of each chunk until a line break
 * comes holds a file without line breaks whole (a 2 GB file of NUL bytes ended in
 * `RangeError: Invalid string length` after 39 s and 3 GB). No price, event or factor file has
 * a line anywhere near {@link MAX_LINE_CHARS}: a wide panel of 5,000 tickers is about 50,000
 * characters a row.
 */

import { CsvFormatError } from '../errors';

/**
 * Longest line accepted from a file read in chunks: 1 MiB of characters.
 *
 * @example
 * ```ts
 * MAX_LINE_CHARS // 1048576
 * ```
 */
export const MAX_LINE_CHARS = 1 << 20;

/** Splits chunks of text into whole lines (see {@link createWholeLines}). */
export interface WholeLines {
  /**
   * The whole lines completed by `text` (ending with `\n`), or `''` when none is complete yet.
   * `linesBefore` is the number of lines handed out so far, for the line of an error.
   */
  push(text: string, linesBefore?: number): string;
  /** What is left at the end of the file (a last line without a line break). */
  end(): string;
}

/** Line breaks in `text[0, to)`. */
function countLines(text: string, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/**
 * A splitter of chunked text into whole lines that refuses a line longer than `maxLine`. The
 * check costs a few `lastIndexOf` calls per chunk, not a look at every line break: it only has
 * to find one line break in every `maxLine` characters.
 *
 * @param options - `file` for messages, `maxLine` (default {@link MAX_LINE_CHARS}).
 * @returns The splitter.
 * @throws CsvFormatError (from `push`) naming the line that is too long.
 * @example
 * ```ts
 * const lines = createWholeLines({ file: 'big.csv' });
 * lines.push('date,close\n2021-03-2'); // 'date,close\n'
 * lines.push('6,24.2\n'); // '2021-03-26,24.2\n'
 * ```
 */
export function createWholeLines(options: { file?: string; maxLine?: number } = {}): WholeLines {
  const maxLine = options.maxLine ?? MAX_LINE_CHARS;
  let pending = '';
  return {
    push(text, linesBefore = 0) {
      const fail = (at: number): never => {
        throw lineTooLong(maxLine, options.file, linesBefore + 1 + countLines(text, at));
      };
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        if (pending.length + text.length > maxLine) fail(0);
        pending += text;
        return '';
      }
      const first = text.indexOf('\n');
      if (pending.length + first > maxLine) fail(0);
      // one line break in every maxLine characters up to the last one, and a short rest
      let pos = first + 1;
      while (end - pos > maxLine) {
        const k = text.lastIndexOf('\n', pos + maxLine);
        if (k < pos) fail(pos);
        pos = k + 1;
      }
      if (text.length - end - 1 > maxLine) fail(end + 1);
      const whole = pending === '' ? text.slice(0, end + 1) : pending + text.slice(0, end + 1);
      pending = text.slice(end + 1);
      return whole;
    },
    end() {
      const rest = pending;
      pending = '';
      return rest;
    },
  };
}

/**
 * Checks that no line of a whole text is longer than `maxLine` (the same cap as
 * {@link createWholeLines}, for files read in one piece).
 *
 * @param text - The text.
 * @param options - `file` for messages, `maxLine` (default {@link MAX_LINE_CHARS}).
 * @throws CsvFormatError naming the first line that is too long.
 * @example
 * ```ts
 * checkLineLengths('date,close\n2021-03-26,24.2\n'); // fine
 * ```
 */
export function checkLineLengths(text: string, options: { file?: string; maxLine?: number } = {}): void {
  const maxLine = options.maxLine ?? MAX_LINE_CHARS;
  if (text.length <= maxLine) return;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > maxLine) throw lineTooLong(maxLine, options.file, line);
    start = end + 1;
    line++;
  }
}

function lineTooLong(maxLine: number, file: string | undefined, line: number): CsvFormatError {
  return new CsvFormatError(
    `line longer than ${maxLine.toLocaleString('en-US')} characters without a line break: not a CSV text file (binary content, or a file whose line breaks were lost)`,
    { file, line, column: maxLine + 1 },
  );
}
