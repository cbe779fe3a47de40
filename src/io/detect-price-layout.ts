import { CsvFormatError } from '../errors';
import type { PriceFormat } from '../types';
import {
  INTERNATIONAL_ADJ_CLOSE,
  INTERNATIONAL_CLOSE,
  INTERNATIONAL_DATE,
  INTERNATIONAL_OTHER,
  INTERNATIONAL_VOLUME,
} from './header-names';
import { namedColumn, type PriceColumns, resolveColumns } from './named-columns';
import { parseDateAt } from './parse-date';
import { parseDecimalCommaAt } from './parse-decimal-comma';
import { parseNumberAt } from './parse-number';

/** One series to read from each data row: its columns (0-based, -1 when absent). */
export interface PriceTarget {
  /** Fixed ticker named by the file (yfinance `Ticker` line, wide column); absent when it comes from a ticker column or outside. */
  ticker?: string;
  close: number;
  prevClose: number;
  volume: number;
  /** Column of simple returns (CRSP `RET`, `return`), read instead of `close` (then -1); -1 when absent. */
  returns?: number;
}

/** How a price file is laid out: what {@link detectPriceLayout} found. */
export interface PriceLayout {
  format: PriceFormat;
  delimiter: string;
  /** Non-empty rows before the first data row (title lines and header lines). */
  headerRows: number;
  /** Line of the header (first line of the file when there is none), for errors. */
  headerLine: number;
  /** Fields every data row must have. */
  width: number;
  dateColumn: number;
  /** Column naming each row's ticker (long panels, Chinese vendor files, EventStudyTools), or -1. */
  tickerColumn: number;
  /** Column of CRSP's exchange code `EXCHCD` (→ `PriceSeries.exchange`), or -1 (absent). */
  exchangeColumn?: number;
  /** The series read from each row: one, or one per ticker in wide and multi-ticker files. */
  targets: PriceTarget[];
  /** Name of the price column used, for messages. */
  priceName: string;
}

/** Header text → a canonical key: lower case, runs of spaces, `_` and `.` collapsed to one space. */
function norm(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, ' ')
    .trim();
}

const DATE = new Set([
  'date',
  'caldt',
  'trade date',
  'trading date',
  'datetime',
  'timestamp',
  'day',
  '交易日期',
  '日期',
  '时间',
  ...INTERNATIONAL_DATE,
]);
const ADJ_CLOSE = new Set([
  'adj close',
  'adjusted close',
  'adjclose',
  'adj close price',
  'adjusted close price',
  ...INTERNATIONAL_ADJ_CLOSE,
]);
const CLOSE = new Set([
  'close',
  'close price',
  'closing price',
  'price',
  'last',
  'px last',
  'prc',
  '收盘价',
  '收盘',
  ...INTERNATIONAL_CLOSE,
]);
const PREV_CLOSE = new Set([
  'pre close',
  'prev close',
  'preclose',
  'prevclose',
  'previous close',
  'prior close',
  '前收盘价',
  '前收盘',
  '昨收盘',
  '昨收',
]);
const VOLUME = new Set(['volume', 'vol', '成交量', ...INTERNATIONAL_VOLUME]);
/** Return columns ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): CRSP's `RET` and the usual names. */
const RETURNS = new Set(['ret', 'return', 'returns']);
/** The return series of CRSP's index file (dsi): a wide panel of returns, one series per column. */
const INDEX_RETURNS = new Set(['vwretd', 'vwretx', 'ewretd', 'ewretx', 'sprtrn']);
/** The other columns of CRSP's index file (levels and counts, not returns). */
const INDEX_OTHER = new Set(['totval', 'totcnt', 'usdval', 'usdcnt', 'spindx']);
/** CRSP's permanent security number: the ticker of a CRSP file, before any `TICKER` column. */
const PERMNO = new Set(['permno']);
const EXCHCD = new Set(['exchcd']);
/** Further CRSP stock-file columns, none of them a ticker. */
const CRSP_OTHER = [
  'permco',
  'cusip',
  'ncusip',
  'comnam',
  'shrcd',
  'siccd',
  'hsiccd',
  'shrout',
  'bidlo',
  'askhi',
  'bid',
  'ask',
  'numtrd',
  'openprc',
  'retx',
  'cfacpr',
  'cfacshr',
  'dlret',
  'dlstcd',
  'issuno',
  'hexcd',
];
const TICKER = new Set(['name', 'ticker', 'symbol', 'ts code', '股票代码', '证券代码', '代码']);
/** Other columns of price files that are not tickers (so a file with them is not a wide panel). */
const OTHER = new Set([
  'open',
  'high',
  'low',
  'amount',
  'turnover',
  'dividends',
  'stock splits',
  'change',
  'pct chg',
  'vwap',
  'adj open',
  'adj high',
  'adj low',
  'adj volume',
  'split ratio',
  'ex dividend',
  '开盘价',
  '最高价',
  '最低价',
  '成交额',
  '流通市值',
  '总市值',
  '股票名称',
  '涨跌幅',
  '换手率',
  ...INTERNATIONAL_OTHER,
]);

function find(header: string[], names: Set<string>): number {
  for (let k = 0; k < header.length; k++) if (names.has(norm(header[k]!))) return k;
  return -1;
}

function known(name: string): boolean {
  const n = norm(name);
  return (
    RETURNS.has(n) ||
    INDEX_RETURNS.has(n) ||
    INDEX_OTHER.has(n) ||
    PERMNO.has(n) ||
    EXCHCD.has(n) ||
    CRSP_OTHER.includes(n) ||
    DATE.has(n) ||
    ADJ_CLOSE.has(n) ||
    CLOSE.has(n) ||
    PREV_CLOSE.has(n) ||
    VOLUME.has(n) ||
    TICKER.has(n) ||
    OTHER.has(n)
  );
}

/** Header names only mainland-Chinese vendor files use (Japanese and Korean files are not `cn-vendor`). */
const CN_VENDOR = new Set([
  '交易日期',
  '日期',
  '时间',
  '收盘价',
  '收盘',
  '前收盘价',
  '前收盘',
  '昨收盘',
  '昨收',
  '股票代码',
  '证券代码',
  '代码',
  '成交量',
]);

/**
 * Two columns of one name (`Close` twice, from a sheet exported with a ticker row dropped): which
 * listing each belongs to cannot be known, so it is an error naming the column.
 */
function noSecondColumn(header: string[], k: number, where: Where): void {
  if (k < 0) return;
  const n = norm(header[k]!);
  for (let j = k + 1; j < header.length; j++) {
    if (norm(header[j]!) === n) {
      fail(
        `duplicate column ${header[k]!.trim()} (columns ${k + 1} and ${j + 1}) and no ticker line saying whose each is: expected one ${header[k]!.trim()} column, or a yfinance Ticker line`,
        { ...where, column: j + 1 },
      );
    }
  }
}

interface Where {
  file?: string;
  line: number;
  column: number;
}

function fail(message: string, where: Where): never {
  throw new CsvFormatError(message, where);
}

/** Price-field names of yfinance's Price line. */
const YF_FIELDS = new Set([
  'open',
  'high',
  'low',
  'close',
  'adj close',
  'volume',
  'dividends',
  'stock splits',
  'capital gains',
]);

/**
 * Which of the first two rows is yfinance's Price line and which its Ticker line, as
 * `[price, ticker]`: `Price,…`/`Ticker,…` (the default `group_by='column'`), `Ticker,…`/`Price,…`
 * (`group_by='ticker'`), or, from versions that left the level names out, two lines starting
 * with an empty cell of which one holds only price fields. `undefined` when neither.
 */
function yfinanceHeaderOrder(rows: string[][]): [number, number] | undefined {
  const r0 = rows[0];
  const r1 = rows[1];
  if (r0 === undefined || r1 === undefined || r0.length < 2) return undefined;
  const a = norm(r0[0] ?? '');
  const b = norm(r1[0] ?? '');
  if (a === 'price' && b === 'ticker') return [0, 1];
  if (a === 'ticker' && b === 'price') return [1, 0];
  if (a !== '' || b !== '') return undefined;
  const fields = (r: string[]): boolean => r.slice(1).every((c) => YF_FIELDS.has(norm(c)));
  if (fields(r0) && !fields(r1)) return [0, 1];
  if (fields(r1) && !fields(r0)) return [1, 0];
  return undefined;
}

function yfinance(rows: string[][], lines: number[], delimiter: string, file?: string): PriceLayout | string {
  const order = yfinanceHeaderOrder(rows);
  if (order === undefined) {
    return "expected yfinance's three-line header: a 'Price,…' line, a 'Ticker,…' line and a 'Date,,…' line";
  }
  const [priceRow, tickerRow] = order;
  const r0 = rows[priceRow]!;
  const r1 = rows[tickerRow]!;
  const r2 = rows[2];
  const dateLine =
    r2 !== undefined && norm(r2[0] ?? '') === 'date' && r2.slice(1).every((c) => c.trim() === '');
  const width = r0.length;
  if (r1.length !== width) {
    fail(`ragged header: expected ${width} fields on the Ticker line, found ${r1.length}`, {
      file,
      line: lines[tickerRow]!,
      column: Math.min(r1.length, width) + 1,
    });
  }
  const byTicker = new Map<string, PriceTarget & { adj: number; plain: number }>();
  for (let k = 1; k < width; k++) {
    const ticker = r1[k]!.trim();
    if (ticker === '')
      fail('empty ticker on the Ticker line: expected a ticker', {
        file,
        line: lines[tickerRow]!,
        column: k + 1,
      });
    let t = byTicker.get(ticker);
    if (t === undefined) {
      t = { ticker, close: -1, prevClose: -1, volume: -1, adj: -1, plain: -1 };
      byTicker.set(ticker, t);
    }
    const n = norm(r0[k]!);
    const twice = (before: number): void => {
      if (before >= 0)
        fail(`duplicate column ${r0[k]!.trim()} for ticker ${ticker} (also column ${before + 1})`, {
          file,
          line: lines[priceRow]!,
          column: k + 1,
        });
    };
    if (ADJ_CLOSE.has(n)) {
      twice(t.adj);
      t.adj = k;
    } else if (CLOSE.has(n)) {
      twice(t.plain);
      t.plain = k;
    } else if (VOLUME.has(n)) {
      twice(t.volume);
      t.volume = k;
    }
  }
  const targets: PriceTarget[] = [];
  for (const t of byTicker.values()) {
    const close = t.adj >= 0 ? t.adj : t.plain;
    if (close < 0) {
      fail(`no price column for ticker ${t.ticker}: expected a Close or Adj Close column on the Price line`, {
        file,
        line: lines[priceRow]!,
        column: 1,
      });
    }
    targets.push({ ticker: t.ticker!, close, prevClose: -1, volume: t.volume });
  }
  if (targets.length === 0)
    fail('no price column: expected a Close column on the Price line', {
      file,
      line: lines[priceRow]!,
      column: 1,
    });
  return {
    format: 'yfinance',
    delimiter,
    headerRows: dateLine ? 3 : 2,
    headerLine: lines[dateLine ? 2 : 1]!,
    width,
    dateColumn: 0,
    tickerColumn: -1,
    targets,
    priceName: norm(r0[targets[0]!.close]!) === 'close' ? 'Close' : 'Adj Close',
  };
}

function eventStudyTools(rows: string[][], lines: number[], delimiter: string): PriceLayout | string {
  const r0 = rows[0];
  const expected = 'expected the EventStudyTools layout id;dd.mm.yyyy;price without a header';
  if (r0 === undefined || r0.length < 3) return expected;
  const date = r0[1]!;
  const price = r0[2]!;
  if (
    parseDateAt(date, 0, date.length) === undefined ||
    (Number.isNaN(parseNumberAt(price, 0, price.length, false)) &&
      Number.isNaN(parseDecimalCommaAt(price, 0, price.length)))
  ) {
    return expected;
  }
  return {
    format: 'eventstudytools',
    delimiter,
    headerRows: 0,
    headerLine: lines[0]!,
    width: r0.length,
    dateColumn: 1,
    tickerColumn: 0,
    targets: [{ close: 2, prevClose: -1, volume: -1 }],
    priceName: 'price',
  };
}

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
    const y = yfinance(rows, lines, delimiter, file);
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
    const e = eventStudyTools(rows, lines, delimiter);
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
  const base = {
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
  const indexReturns = others.filter((k) => INDEX_RETURNS.has(norm(header[k]!)));
  if (
    indexReturns.length > 0 &&
    (requested === undefined || requested === 'wide') &&
    others.every((k) => INDEX_RETURNS.has(norm(header[k]!)) || INDEX_OTHER.has(norm(header[k]!)))
  ) {
    return {
      ...base,
      format: 'wide',
      tickerColumn: -1,
      targets: indexReturns.map((k) => ({
        ticker: header[k]!.trim(),
        close: -1,
        prevClose: -1,
        volume: -1,
        returns: k,
      })),
      priceName: 'return',
    };
  }

  const wide = (): PriceLayout => {
    if (others.length === 0)
      fail('no price column: expected a column per ticker after the date column', where);
    const seen = new Map<string, number>();
    const targets = others.map((k) => {
      const ticker = header[k]!.trim();
      if (ticker === '')
        fail('empty column name: expected a ticker in the header of a wide panel', {
          ...where,
          column: k + 1,
        });
      const before = seen.get(ticker);
      if (before !== undefined) {
        fail(`duplicate column ${ticker} (also column ${before + 1}): expected one column per ticker`, {
          ...where,
          column: k + 1,
        });
      }
      seen.set(ticker, k);
      return { ticker, close: k, prevClose: -1, volume: -1 };
    });
    return { ...base, format: 'wide', tickerColumn: -1, targets, priceName: 'price' };
  };

  if (requested === 'wide') return wide();
  if (close < 0 && requested === 'plain' && others.length === 1) close = others[0]!;
  if (close < 0) {
    if (requested === undefined && others.length > 0 && others.every((k) => !known(header[k]!)))
      return wide();
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
