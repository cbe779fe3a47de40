import { CsvFormatError } from '../errors';
import type { Delisting } from '../types';
import { detectDelimiter } from './detect-delimiter';
import { explainDate, parseDateAt } from './parse-date';
import { parseNumberAt } from './parse-number';
import { missingReturnCode } from './return-cell';
import { cellText, headRows, scanCsvRows } from './scan-csv-rows';

/**
 * Options of {@link parseDelistings}.
 *
 * @category Reading
 */
export interface ParseDelistingsOptions {
  /** File name, for error messages and `origin`. */
  file?: string;
}

const TICKER = ['permno', 'ticker', 'symbol'];
const DATE = ['dlstdt', 'date', 'delisting date'];
const RETURN = ['dlret', 'return', 'delisting return'];

function norm(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * Parse a delisting file in CRSP's `dsedelist` layout: a header with `PERMNO` (or `ticker`),
 * `DLSTDT` (the delisting date, `YYYYMMDD` or `YYYY-MM-DD`) and `DLRET` (the delisting return,
 * a decimal), optionally `DLSTCD`; other columns are ignored. A missing `DLRET` (CRSP's `A`,
 * `P`, `S`, `T`, …, `.` or empty) is kept with `return: NaN` and its `missingCode`, so that
 * {@link applyDelistings} can count it (Shumway 1997 discusses why these are missing).
 *
 * @param text - The file's text.
 * @param options - `file` for messages.
 * @returns The delistings, in file order.
 * @throws CsvFormatError with file, line and column: no header, a missing column, a ragged row,
 *   an empty PERMNO, an unparseable date, a non-numeric `DLRET` that is no missing code, or a
 *   `DLRET` below −1.
 * @example
 * ```ts
 * parseDelistings('PERMNO,DLSTDT,DLSTCD,DLRET\n10001,20180207,233,-0.25\n')
 * // [{ ticker: '10001', date: '2018-02-07', return: -0.25, code: '233', origin: { line: 2, column: 1 } }]
 * ```
 *
 * @category Reading
 */
export function parseDelistings(text: string, options: ParseDelistingsOptions = {}): Delisting[] {
  const file = options.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const head = headRows(body, delimiter, 1, file);
  if (head.rows.length === 0) {
    throw new CsvFormatError('empty file: expected a header such as PERMNO,DLSTDT,DLRET', {
      file,
      line: 1,
      column: 1,
    });
  }
  const header = head.rows[0]!.map(norm);
  const column = (names: string[], what: string): number => {
    const k = header.findIndex((h) => names.includes(h));
    if (k < 0) {
      throw new CsvFormatError(
        `no ${what} column: expected a header with PERMNO (or ticker), DLSTDT and DLRET`,
        {
          file,
          line: head.lines[0]!,
          column: 1,
        },
      );
    }
    return k;
  };
  const tickerColumn = column(TICKER, 'PERMNO');
  const dateColumn = column(DATE, 'DLSTDT');
  const returnColumn = column(RETURN, 'DLRET');
  const codeColumn = header.indexOf('dlstcd');
  const width = header.length;
  const out: Delisting[] = [];
  scanCsvRows(body, { delimiter, file }, (cells, row) => {
    if (row === 0) return true;
    const fail = (message: string, k: number): never => {
      throw new CsvFormatError(message, { file, line: cells.line, column: k + 1 });
    };
    if (cells.count !== width)
      fail(`ragged row: expected ${width} fields, found ${cells.count}`, cells.count);
    const ticker = cellText(cells, tickerColumn).trim();
    if (ticker === '') fail('empty PERMNO: expected the listing that was delisted', tickerColumn);
    const dateText = cellText(cells, dateColumn);
    const date = parseDateAt(dateText, 0, dateText.length);
    if (date === undefined) fail(explainDate(dateText), dateColumn);
    const text = cellText(cells, returnColumn);
    const value = parseNumberAt(text, 0, text.length, false);
    const delisting: Delisting = { ticker, date: date!, return: value };
    if (Number.isFinite(value)) {
      if (value < -1)
        fail(`delisting return "${text.trim()}" below −1: expected a decimal return ≥ −1`, returnColumn);
    } else {
      const missing = missingReturnCode(text);
      if (missing === undefined) {
        fail(
          `non-numeric delisting return "${text.trim()}": expected a decimal return or a CRSP missing code (A, P, S, T, ., empty)`,
          returnColumn,
        );
      }
      delisting.return = Number.NaN;
      delisting.missingCode = missing!.code;
    }
    if (codeColumn >= 0) {
      const code = cellText(cells, codeColumn).trim();
      if (code !== '') delisting.code = code;
    }
    delisting.origin = {
      ...(file !== undefined ? { file } : {}),
      line: cells.line,
      column: tickerColumn + 1,
    };
    out.push(delisting);
    return true;
  });
  return out;
}
