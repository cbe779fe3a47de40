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
  /** The whole lines completed by `text` (ending with `\n`), or `''` when none is complete yet. */
  push(text: string): string;
  /** What is left at the end of the file (a last line without a line break). */
  end(): string;
}

/**
 * A splitter of chunked text into whole lines that refuses a line longer than `maxLine`.
 *
 * @param options - `file` for messages, `maxLine` (default {@link MAX_LINE_CHARS}).
 * @returns The splitter.
 * @throws CsvFormatError (from `push` and `end`) naming the line that is too long.
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
  let line = 1;
  const tooLong = (): never => {
    throw lineTooLong(maxLine, options.file, line);
  };
  return {
    push(text) {
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        if (pending.length + text.length > maxLine) tooLong();
        pending += text;
        return '';
      }
      // every line completed here must fit, and so must the new unfinished one
      let start = 0;
      let first = true;
      for (let k = text.indexOf('\n'); k >= 0 && k <= end; k = text.indexOf('\n', k + 1)) {
        if ((first ? pending.length : 0) + k - start > maxLine) tooLong();
        first = false;
        start = k + 1;
        line++;
      }
      if (text.length - end - 1 > maxLine) tooLong();
      const whole = pending + text.slice(0, end + 1);
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
