import { CsvFormatError } from '../errors';
import type { FactorTable } from '../types';
import { detectDelimiter } from './detect-delimiter';
import { explainDate, parseDateAt } from './parse-date';
import { isMissingValue, parseNumberAt } from './parse-number';
import { cellText, scanCsvRows } from './scan-csv-rows';

/**
 * Options of {@link parseFactors}.
 *
 * @category Reading
 */
export interface ParseFactorsOptions {
  /** File name, for error messages. */
  file?: string;
}

const DATE_HEADER = new Set(['date', 'trade date', 'trading date', 'day']);

/**
 * Parse a daily factor file into a {@link FactorTable} of decimals.
 *
 * - Ken French daily files as published (`F-F_Research_Data_Factors_daily.CSV`, the 5-factor
 *   and momentum files): a text preamble, a header line starting with a comma
 *   (`,Mkt-RF,SMB,HML,RF`), `YYYYMMDD` dates, values **in percent** (divided by 100 here: the double nearest the decimal, `-0.45` → `-0.0045`), and
 *   a trailing section (annual factors, copyright line) where reading stops. Column names are
 *   trimmed (`Mom   ` → `Mom`); the missing-data codes `-99.99` and `-999` become `NaN`.
 * - Plain CSV with a `date` first column and one column per factor: values are taken **as
 *   decimals**, unchanged; empty or `NA` cells become `NaN`.
 *
 * Rows out of date order are sorted.
 *
 * @param text - The file's text.
 * @param options - `file` for messages.
 * @returns Dates `YYYY-MM-DD` and one `Float64Array` per factor, in decimals.
 * @throws CsvFormatError with `file`, `line`, `column`: empty file, no header line, non-daily
 *   dates, an invalid date, a non-numeric value, a ragged row, a repeated date.
 * @example
 * ```ts
 * const ff = parseFactors('Preamble\n\n,Mkt-RF,SMB,HML,RF\n20210326,1.47,-0.77,0.73,0.000\n')
 * ff.dates // ['2021-03-26']
 * ff.factors['Mkt-RF'][0] // 0.0147
 * ```
 *
 * @category Reading
 */
export function parseFactors(text: string, options: ParseFactorsOptions = {}): FactorTable {
  const file = options.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new CsvFormatError('empty file: expected a factor file (header ,Mkt-RF,… or date,…)', {
      file,
      line: 1,
      column: 1,
    });
  }
  const delimiter = detectDelimiter(body.slice(body.search(/\n\s*(,|date)/i) + 1 || 0));
  let names: string[] | undefined;
  let percent = false;
  let headerLine = 0;
  const dates: string[] = [];
  const lines: number[] = [];
  let columns: number[][] = [];
  scanCsvRows(body, { delimiter, file }, (cells) => {
    if (names === undefined) {
      const first = cellText(cells, 0).trim();
      const rest: string[] = [];
      for (let k = 1; k < cells.count; k++) rest.push(cellText(cells, k).trim());
      const isKenFrench = first === '' && rest.length > 0 && rest.every((c) => c !== '');
      const isPlain = DATE_HEADER.has(first.toLowerCase()) && rest.length > 0;
      if (!isKenFrench && !isPlain) return true;
      percent = isKenFrench;
      headerLine = cells.line;
      rest.forEach((name, k) => {
        if (name === '') {
          throw new CsvFormatError('empty factor name: expected a name for every column', {
            file,
            line: cells.line,
            column: k + 2,
          });
        }
        const before = rest.indexOf(name);
        if (before < k) {
          throw new CsvFormatError(`duplicate factor ${name} (also column ${before + 2})`, {
            file,
            line: cells.line,
            column: k + 2,
          });
        }
      });
      names = rest;
      columns = rest.map(() => []);
      return true;
    }
    const width = names.length + 1;
    const c0 = cellText(cells, 0).trim();
    const compact = /^\d+$/.test(c0);
    if (percent && (!compact || c0.length !== 8)) {
      if (dates.length > 0 && (!compact || c0.length === 4)) {
        return false; // annual section or copyright line
      }
      throw new CsvFormatError(
        `not a daily date "${c0}": expected YYYYMMDD (is this a monthly or annual factor file?)`,
        { file, line: cells.line, column: 1 },
      );
    }
    const date = parseDateAt(cells.src[0]!, cells.start[0]!, cells.end[0]!);
    if (date === undefined) {
      if (!percent && dates.length > 0 && !/\d/.test(c0)) {
        return false;
      }
      throw new CsvFormatError(explainDate(c0), { file, line: cells.line, column: 1 });
    }
    if (cells.count !== width) {
      throw new CsvFormatError(`ragged row: expected ${width} fields, found ${cells.count}`, {
        file,
        line: cells.line,
        column: Math.min(cells.count, width) + 1,
      });
    }
    for (let k = 1; k < width; k++) {
      let v = parseNumberAt(
        cells.src[k]!,
        cells.start[k]!,
        cells.end[k]!,
        delimiter !== ';',
        percent ? 2 : 0,
      );
      if (!Number.isFinite(v)) {
        const t = cellText(cells, k).trim();
        if (!(Number.isNaN(v) && isMissingValue(t))) {
          throw new CsvFormatError(`non-numeric factor value "${t}": expected a number`, {
            file,
            line: cells.line,
            column: k + 1,
          });
        }
        v = Number.NaN;
      } else if (percent && (v === -0.9999 || v === -9.99)) {
        v = Number.NaN; // Ken French missing-data codes -99.99 and -999 (percent)
      }
      columns[k - 1]!.push(v);
    }
    dates.push(date);
    lines.push(cells.line);
    return true;
  });
  if (names === undefined) {
    throw new CsvFormatError(
      'no header line: expected a Ken French header starting with a comma (,Mkt-RF,SMB,HML,RF) or a date,… header',
      { file, line: 1, column: 1 },
    );
  }
  if (dates.length === 0) {
    throw new CsvFormatError('no data rows: expected daily rows below the header', {
      file,
      line: headerLine,
      column: 1,
    });
  }
  // sort if needed; a repeated date is an error
  let order: number[] | undefined;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i - 1]! >= dates[i]!) {
      order = dates.map((_, j) => j);
      order.sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
      break;
    }
  }
  if (order !== undefined) {
    for (let i = 1; i < order.length; i++) {
      if (dates[order[i - 1]!] === dates[order[i]!]) {
        const a = order[i - 1]!;
        const b = order[i]!;
        throw new CsvFormatError(
          `repeated date ${dates[a]} (also line ${lines[Math.min(a, b)]}): expected one row per date`,
          {
            file,
            line: lines[Math.max(a, b)]!,
            column: 1,
          },
        );
      }
    }
  }
  const pick = (col: number[]): Float64Array =>
    order === undefined ? Float64Array.from(col) : Float64Array.from(order, (i) => col[i]!);
  const factors: Record<string, Float64Array> = {};
  names.forEach((name, k) => {
    Object.defineProperty(factors, name, {
      value: pick(columns[k]!),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return { dates: order === undefined ? dates : order.map((i) => dates[i]!), factors };
}
