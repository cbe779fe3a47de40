import { ADJ_CLOSE, CLOSE, norm, VOLUME } from './price-column-names';
import { fail, type PriceLayout, type PriceTarget } from './price-layout';

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

/**
 * The layout of a yfinance download (a Price line, a Ticker line, optionally a Date line, in
 * either order of the first two), or why the rows are not one.
 *
 * @param rows - The first non-empty rows.
 * @param lines - 1-based line of each row.
 * @param delimiter - The field separator.
 * @param file - File name for errors.
 * @returns The layout, or a message saying what was expected.
 * @throws CsvFormatError for a yfinance header that is malformed (ragged, an empty ticker, a duplicate column, no price column).
 * @example
 * ```ts
 * detectYfinanceLayout([['Price', 'Close'], ['Ticker', '^GSPC'], ['Date', '']], [1, 2, 3], ',').format // 'yfinance'
 * ```
 */
export function detectYfinanceLayout(
  rows: string[][],
  lines: number[],
  delimiter: string,
  file?: string,
): PriceLayout | string {
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
