/** The column names price-layout detection knows, by role, and how a header cell is matched. */
import {
  INTERNATIONAL_ADJ_CLOSE,
  INTERNATIONAL_CLOSE,
  INTERNATIONAL_DATE,
  INTERNATIONAL_OTHER,
  INTERNATIONAL_VOLUME,
} from './header-names';

/**
 * Header text → a canonical key: lower case, runs of spaces, `_` and `.` collapsed to one space.
 *
 * @param name - A header cell.
 * @returns Its key.
 * @example
 * ```ts
 * norm(' Adj_Close ') // 'adj close'
 * ```
 */
export function norm(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, ' ')
    .trim();
}

export const DATE = new Set([
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
export const ADJ_CLOSE = new Set([
  'adj close',
  'adjusted close',
  'adjclose',
  'adj close price',
  'adjusted close price',
  ...INTERNATIONAL_ADJ_CLOSE,
]);
export const CLOSE = new Set([
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
export const PREV_CLOSE = new Set([
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
export const VOLUME = new Set(['volume', 'vol', '成交量', ...INTERNATIONAL_VOLUME]);
/** Return columns ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): CRSP's `RET` and the usual names. */
export const RETURNS = new Set(['ret', 'return', 'returns']);
/** The return series of CRSP's index file (dsi): a wide panel of returns, one series per column. */
export const INDEX_RETURNS = new Set(['vwretd', 'vwretx', 'ewretd', 'ewretx', 'sprtrn']);
/** The other columns of CRSP's index file (levels and counts, not returns). */
export const INDEX_OTHER = new Set(['totval', 'totcnt', 'usdval', 'usdcnt', 'spindx']);
/** CRSP's permanent security number: the ticker of a CRSP file, before any `TICKER` column. */
export const PERMNO = new Set(['permno']);
export const EXCHCD = new Set(['exchcd']);
/** Further CRSP stock-file columns, none of them a ticker. */
export const CRSP_OTHER = [
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
export const TICKER = new Set(['name', 'ticker', 'symbol', 'ts code', '股票代码', '证券代码', '代码']);
/** Other columns of price files that are not tickers (so a file with them is not a wide panel). */
export const OTHER = new Set([
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

/**
 * The first column of `header` whose name is one of `names` (compared by {@link norm}).
 *
 * @param header - The header row.
 * @param names - Canonical names.
 * @returns The 0-based column, or -1.
 * @example
 * ```ts
 * find(['Date', 'Adj Close'], ADJ_CLOSE) // 1
 * ```
 */
export function find(header: string[], names: Set<string>): number {
  for (let k = 0; k < header.length; k++) if (names.has(norm(header[k]!))) return k;
  return -1;
}

/**
 * Whether a header name is one the detector knows (a date, price, volume, ticker, CRSP or other
 * column): a header of none such is a wide panel's tickers.
 *
 * @param name - A header cell.
 * @returns `true` for a known column name.
 * @example
 * ```ts
 * known('Volume') // true
 * known('AAPL') // false
 * ```
 */
export function known(name: string): boolean {
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
export const CN_VENDOR = new Set([
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
