import type { PriceFormat } from '../types';
import { detectEventStudyToolsLayout } from './detect-eventstudytools-layout';
import { detectIndexReturnsLayout, detectWideLayout } from './detect-wide-layout';
import { detectYfinanceLayout } from './detect-yfinance-layout';
import { namedColumn, type PriceColumns, resolveColumns } from './named-columns';
import { parseDateAt } from './parse-date';
import {
  ADJ_CLOSE,
  CLOSE,
  CN_VENDOR,
  DATE,
  EXCHCD,
  find,
  known,
  norm,
  PERMNO,
  PREV_CLOSE,
  RETURNS,
  TICKER,
  VOLUME,
} from './price-column-names';
import { fail, type LayoutBase, noSecondColumn, type PriceLayout, type Where } from './price-layout';

export type { PriceLayout, PriceTarget } from './price-layout';

/**
 * Work out the layout of a price file from its first rows: yfinance's
 * three-line header, EventStudyTools' headerless `id;dd.mm.yyyy;price`, or a header row with a
 * date column (possibly below title lines), classified as long panel (a `Name`/`ticker`/`symbol`
 * column), Chinese vendor (Chinese headers), yfinance history (`Dividends`/`Stock Splits` or
 * timestamped dates), classic Yahoo (`Adj Close`), plain (a close column) or wide panel (no
 * price column; every other column is a ticker). With `requested`, the file is read as that
 * format if its structure allows, else a {@link CsvFormatError} says what was expected.
 *
 * @param rows - The first non-empty rows of the file (ten are plenty).
 * @param lines - 1-based line of each row.
 * @param delimiter - The field separator the rows were split on.
 * @param requested - A format to force, or `undefined` to detect.
 * @param file - File name for error messages.
 * @returns The layout.
 * @throws CsvFormatError when no layout fits (no date column, no price column, …).
 * @example
 * ```ts
 * detectPriceLayout([['date', 'close'], ['2021-03-26', '24.2']], [1, 2], ',').format // 'plain'
 * ```
 */
export function detectPriceLayout(
  rows: string[][],
  lines: number[],
  delimiter: string,
  requested?: PriceFormat,
  file?: string,
  columns: PriceColumns = {},
): PriceLayout {
  if (rows.length === 0)
    fail('empty file: expected a header line and rows of prices', { file, line: 1, column: 1 });
  const first: Where = { file, line: lines[0]!, column: 1 };
  const named = Object.values(columns).some((v) => v !== undefined);
  if (requested === 'yfinance' || (requested === undefined && !named)) {
    const y = detectYfinanceLayout(rows, lines, delimiter, file);
    if (typeof y !== 'string') return y;
    if (requested === 'yfinance') fail(`not a yfinance file: ${y}`, first);
  }
  // the header: the first of the leading rows with a date column
  let h = -1;
  let dateColumn = -1;
  for (let r = 0; r < Math.min(rows.length, 5) && h < 0; r++) {
    const k = columns.date === undefined ? find(rows[r]!, DATE) : namedColumn(rows[r]!, columns.date);
    if (k >= 0) {
      h = r;
      dateColumn = k;
    }
  }
  if (requested === 'eventstudytools' || (requested === undefined && h < 0 && !named)) {
    const e = detectEventStudyToolsLayout(rows, lines, delimiter);
    if (typeof e !== 'string') return e;
    if (requested === 'eventstudytools') fail(`not an EventStudyTools file: ${e}`, first);
  }
  if (h < 0) {
    const c = rows[0]![0] ?? '';
    if (parseDateAt(c, 0, c.length) !== undefined) {
      fail('no header line: expected a header such as date,close (a date column and a price column)', first);
    }
    if (columns.date !== undefined) {
      fail(`columns.date: no column ${JSON.stringify(columns.date)} in the first rows of the file`, first);
    }
    fail(
      'no date column: expected a header with a column named date (Date, Datum, Fecha, 日付, 交易日期, …), or pass columns.date',
      first,
    );
  }
  const header = rows[h]!;
  const where: Where = { file, line: lines[h]!, column: 1 };
  const given = resolveColumns(header, columns, where);
  const adj = given.close === undefined ? find(header, ADJ_CLOSE) : -1;
  const plainClose = given.close ?? find(header, CLOSE);
  let close = adj >= 0 ? adj : plainClose;
  const prevClose = find(header, PREV_CLOSE);
  const volume = given.volume ?? find(header, VOLUME);
  const permno = find(header, PERMNO);
  const tickerColumn = given.ticker ?? (permno >= 0 ? permno : find(header, TICKER));
  const exchangeColumn = find(header, EXCHCD);
  if (given.close === undefined) noSecondColumn(header, close, where);
  if (given.volume === undefined) noSecondColumn(header, volume, where);
  const others = header.map((_, k) => k).filter((k) => k !== dateColumn);
  const base: LayoutBase = {
    delimiter,
    headerRows: h + 1,
    headerLine: lines[h]!,
    width: header.length,
    dateColumn,
    ...(exchangeColumn >= 0 ? { exchangeColumn } : {}),
  };
  // returns instead of prices ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): a named column, else RET/return/returns, which win
  // over PRC in a CRSP file (RET includes distributions)
  // (a price column the user names explicitly is used as named)
  let returns = given.returns ?? -1;
  if (given.returns === undefined && given.close === undefined && requested !== 'wide') {
    returns = find(header, RETURNS);
  }
  if (returns >= 0) {
    let format: PriceFormat = requested ?? (tickerColumn >= 0 ? 'long' : 'plain');
    if (format !== 'plain' && format !== 'long') format = tickerColumn >= 0 ? 'long' : 'plain';
    return {
      ...base,
      format,
      tickerColumn,
      targets: [{ close: -1, prevClose: -1, volume, returns }],
      priceName: header[returns]!.trim(),
    };
  }
  if (requested === undefined || requested === 'wide') {
    const index = detectIndexReturnsLayout(header, others, base);
    if (index !== undefined) return index;
  }

  if (requested === 'wide') return detectWideLayout(header, others, base, where);
  if (close < 0 && requested === 'plain' && others.length === 1) close = others[0]!;
  if (close < 0) {
    if (requested === undefined && others.length > 0 && others.every((k) => !known(header[k]!)))
      return detectWideLayout(header, others, base, where);
    fail(
      'no price column: expected a close column (close, Adj Close, PRC, Schlusskurs, Clôture, Cierre, 終値, 收盘价, …) or a return column (RET, return, returns), or pass columns.close or columns.returns',
      where,
    );
  }
  if (requested === 'long' && tickerColumn < 0) {
    fail('not a long panel: expected a ticker column (Name, ticker or symbol)', where);
  }
  let format: PriceFormat;
  if (requested !== undefined) format = requested;
  else if (header.some((c) => CN_VENDOR.has(norm(c)))) format = 'cn-vendor';
  else if (tickerColumn >= 0) format = 'long';
  else {
    const d = rows[h + 1]?.[dateColumn] ?? '';
    const stamped = d.length > 10 && (d[10] === ' ' || d[10] === 'T');
    const history = find(header, new Set(['dividends', 'stock splits'])) >= 0;
    format = stamped || history ? 'yfinance-history' : adj >= 0 ? 'yahoo' : 'plain';
  }
  return {
    ...base,
    format,
    tickerColumn,
    targets: [{ close, prevClose, volume }],
    priceName: header[close]!.trim(),
  };
}
