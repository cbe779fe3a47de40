import { ConfigError, CsvFormatError } from '../errors';
import { detectDecimalComma } from './detect-decimal-comma';
import { detectDelimiter } from './detect-delimiter';
import { detectPriceLayout, type PriceLayout } from './detect-price-layout';
import { checkDatePattern, type DayOrder, dayOrderEvidence, explainDate } from './parse-date';
import type { ParsePricesOptions } from './parse-prices';
import { cellText, headRows, needsQuotedScan, scanCsvRows } from './scan-csv-rows';
import { tickerFromFileName } from './ticker-from-file-name';

/** What {@link planPriceRead} settles before the first row is read. */
export interface PriceReadPlan {
  file: string | undefined;
  delimiter: string;
  /** Whether the first text needs the quoted (papaparse) scan. */
  quoted: boolean;
  layout: PriceLayout;
  /** `,` thousands separators are read (comma-delimited files). */
  thousands: boolean;
  /** Numbers have a decimal comma. */
  comma: boolean;
  /** The `dateFormat` pattern, checked. */
  pattern: string | undefined;
  /** Day order of `dd/mm/yyyy`-like dates, when the column shows it. */
  order: DayOrder | undefined;
  negatives: NonNullable<ParsePricesOptions['negativePrices']>;
  /** Returns in percent (`returnUnits: 'percent'`). */
  percent: boolean;
  hasPrev: boolean;
  hasVolume: boolean;
  /** Rows expected (from the first rows' length), to size the series. */
  dataRows: number;
  /** The ticker of a file that does not name its own (`options.ticker`, else the file name). */
  fallback: string | undefined;
}

/**
 * Everything a price reader settles from the first lines of a file before reading its rows: the
 * delimiter, the layout (`detectPriceLayout`), the decimal separator, the day order of its date
 * column, the ticker of a file that names none, and the checks of the options that go with
 * them.
 *
 * @param start - The first whole lines of the file (BOM stripped).
 * @param options - As for `parsePrices`.
 * @returns The plan.
 * @throws CsvFormatError for an empty file, a layout that does not fit, an inconsistent or
 *   ambiguous date column, a file whose ticker cannot be told; ConfigError for a bad `decimal`
 *   or `dateFormat`.
 * @example
 * ```ts
 * planPriceRead('date,close\n2021-03-25,23.85\n', { ticker: '1810.HK' }).layout.format // 'plain'
 * ```
 */
export function planPriceRead(start: string, options: ParsePricesOptions): PriceReadPlan {
  const file = options.file;
  const body = start;
  if (body.trim() === '') {
    throw new CsvFormatError('empty file: expected a header line and rows of prices', {
      file,
      line: 1,
      column: 1,
    });
  }
  const delimiter = detectDelimiter(body);
  const quoted = needsQuotedScan(body);
  const head = headRows(body, delimiter, 12, file, quoted);
  const layout = detectPriceLayout(head.rows, head.lines, delimiter, options.format, file, options.columns);
  const { dateColumn, tickerColumn, targets } = layout;
  const thousands = delimiter === ',';
  const pattern = options.dateFormat;
  if (pattern !== undefined) checkDatePattern(pattern);
  if (options.decimal !== undefined && options.decimal !== '.' && options.decimal !== ',') {
    throw new ConfigError(`decimal: expected '.' or ',', got ${JSON.stringify(options.decimal)}`);
  }
  const comma =
    (options.decimal ??
      detectDecimalComma(head.rows, layout.headerRows, delimiter, [dateColumn, tickerColumn])) === ',';
  const negatives = options.negativePrices ?? 'error';
  const hasPrev = targets[0]!.prevClose >= 0;
  const hasVolume = targets[0]!.volume >= 0;
  const percent = options.returnUnits === 'percent';

  // tickers that do not come from a ticker column
  const fixed = targets.every((t) => t.ticker !== undefined);
  if (options.ticker !== undefined && fixed && targets.length > 1) {
    throw new CsvFormatError(
      `options.ticker names one series but the file holds ${targets.length} (${targets.map((t) => t.ticker).join(', ')})`,
      { file, line: layout.headerLine, column: 1 },
    );
  }
  let fallback: string | undefined;
  if (tickerColumn < 0 && !fixed) {
    fallback = options.ticker ?? (file !== undefined ? tickerFromFileName(file) : undefined);
    if (fallback === undefined) {
      throw new CsvFormatError(
        'no ticker: the file does not name its ticker; pass options.ticker (or options.file to use the file name)',
        { file, line: layout.headerLine, column: 1 },
      );
    }
  }

  const order = pattern === undefined ? columnDayOrder(body, layout, quoted, file) : undefined;
  const dataRows = estimateRows(body, head.rows);
  return {
    file,
    delimiter,
    quoted,
    layout,
    thousands,
    comma,
    pattern,
    order,
    negatives,
    percent,
    hasPrev,
    hasVolume,
    dataRows,
    fallback,
  };
}

/** Day order of a column of `dd/mm/yyyy`-like dates, from the cells that prove it. */
function columnDayOrder(
  text: string,
  layout: PriceLayout,
  quoted: boolean,
  file?: string,
): DayOrder | undefined {
  let first: { line: number; text: string } | undefined;
  let dmy = 0;
  let mdy = 0;
  let checked = false;
  let result: DayOrder | undefined;
  scanCsvRows(text, { delimiter: layout.delimiter, file, quoted }, (cells, row) => {
    if (row < layout.headerRows || cells.count <= layout.dateColumn) return true;
    const t = cellText(cells, layout.dateColumn);
    const ev = dayOrderEvidence(t);
    if (!checked) {
      checked = true;
      if (ev === undefined) return false;
      first = { line: cells.line, text: t };
    }
    if (ev === 'dmy' && dmy === 0) dmy = cells.line;
    if (ev === 'mdy' && mdy === 0) mdy = cells.line;
    if (dmy > 0 && mdy > 0) {
      throw new CsvFormatError(
        `inconsistent dates: line ${dmy} has the day first, line ${mdy} the month first; expected one order (better: YYYY-MM-DD)`,
        { file, line: Math.max(dmy, mdy), column: layout.dateColumn + 1 },
      );
    }
    return true;
  });
  if (first !== undefined) {
    if (dmy > 0) result = 'dmy';
    else if (mdy > 0) result = 'mdy';
    else {
      throw new CsvFormatError(withPatternHint(explainDate(first.text)), {
        file,
        line: first.line,
        column: layout.dateColumn + 1,
      });
    }
  }
  return result;
}

/**
 * An ambiguous-date message of a price file, with the option that settles it.
 *
 * @param message - What `explainDate` said.
 * @returns The message, with the `dateFormat` hint where the date is ambiguous.
 * @example
 * ```ts
 * withPatternHint('ambiguous date "03/04/2021": …') // '…; or pass dateFormat: …'
 * ```
 */
export function withPatternHint(message: string): string {
  return message.startsWith('ambiguous date')
    ? `${message}; or pass dateFormat: 'dd/MM/yyyy' (or 'MM/dd/yyyy')`
    : message;
}

/** Rough row count of the file, from the length of the first rows. */
function estimateRows(text: string, rows: string[][]): number {
  let chars = 0;
  for (const r of rows) for (const c of r) chars += c.length + 1;
  const per = rows.length > 0 ? chars / rows.length : 32;
  return Math.ceil((text.length / Math.max(per, 8)) * 1.05) + 16;
}
