import type { PriceFormat } from '../types';
import { detectDelimiter } from './detect-delimiter';
import { detectPriceLayout } from './detect-price-layout';
import { everyLineEndsWith } from './every-line-ends-with';
import type { PriceColumns } from './named-columns';
import { headRows, needsQuotedScan } from './scan-csv-rows';
import { tickerFromFileName } from './ticker-from-file-name';

/**
 * What {@link priceTextTickers} needs of the options the file will be read with.
 *
 * @category Reading
 */
export interface PriceTextTickersOptions {
  /** The file's path: a file that does not name its ticker is named after it. */
  file?: string;
  /** The name given to a single-series file (as `parsePrices`' `ticker`). */
  ticker?: string;
  /** A forced layout (as `parsePrices`' `format`). */
  format?: PriceFormat;
  /** Column names (as `parsePrices`' `columns`). */
  columns?: PriceColumns;
}

/**
 * The tickers a price file's text holds, found without parsing its rows, or `'unknown'` when
 * that cannot be told for certain (then the file must be read). Certain are: a file without a
 * ticker column (its series is named by `ticker`, else by the file name, as `parsePrices` names
 * it), a yfinance file (its `Ticker` line), and a file whose ticker column is its last column
 * and every data line of which ends with the first row's ticker (the S&P 500 `AAL_data.csv`
 * files). Unknown are wide panels, long panels (several tickers in the column), quoted text,
 * a ticker column that is not the last, and any text whose layout cannot be detected (the
 * real read then reports the error). Used to read only the files a study needs; a wrong
 * answer would drop a series, so every doubt is `'unknown'`.
 *
 * @param text - The whole text of the file (BOM stripped).
 * @param options - `file`, and the `ticker`, `format` and `columns` it will be read with.
 * @returns The tickers, or `'unknown'`.
 * @example
 * ```ts
 * priceTextTickers('date,close,Name\n2013-02-08,14.75,AAL\n2013-02-11,14.46,AAL\n') // ['AAL']
 * priceTextTickers('date,close\n2021-03-26,25.4\n', { file: 'data/hk/1810.HK.csv' }) // ['1810.HK']
 * priceTextTickers('date,AAL,AAPL\n2013-02-08,14.75,67.85\n') // 'unknown' (a wide panel)
 * ```
 *
 * @category Reading
 */
export function priceTextTickers(text: string, options: PriceTextTickersOptions = {}): string[] | 'unknown' {
  const told = priceHeadTickers(text, options);
  if (told === 'unknown' || Array.isArray(told)) return told;
  return everyLineEndsWith(text, told.fromLine, told.suffix) ? [told.ticker] : 'unknown';
}

/**
 * What the first lines of a price file tell of its tickers (see {@link priceTextTickers}): the
 * tickers, `'unknown'`, or, for a file whose last column is its ticker column, the first row's
 * ticker with the check left to do on the whole file (every line from `fromLine` on is blank or
 * ends with `suffix`, the delimiter and that ticker).
 */
export type HeadTickers = string[] | 'unknown' | { ticker: string; fromLine: number; suffix: string };

/**
 * {@link priceTextTickers} from the first lines of a file only: what they tell, and the check
 * left to make on the whole file when its last column is the ticker column. The head must hold
 * the first 20 lines (layout detection reads them), and no quoted text may be in the rest (the
 * caller checks both); when it is not the whole file, fewer than the 12 rows detection reads
 * (blank lines filling the head) make it `'unknown'`.
 *
 * @param head - The first whole lines of the file (BOM stripped).
 * @param options - As for {@link priceTextTickers}.
 * @param partial - Whether `head` is less than the whole file.
 * @returns The tickers, `'unknown'`, or the first row's ticker with the check to make.
 * @example
 * ```ts
 * priceHeadTickers('date,close,Name\n2013-02-08,14.75,AAL\n') // { ticker: 'AAL', fromLine: 2, suffix: ',AAL' }
 * ```
 */
export function priceHeadTickers(
  head: string,
  options: PriceTextTickersOptions = {},
  partial = false,
): HeadTickers {
  try {
    return tickersOf(head, options, partial);
  } catch {
    return 'unknown'; // the layout cannot be told: the real read says why
  }
}

function tickersOf(text: string, options: PriceTextTickersOptions, partial: boolean): HeadTickers {
  if (text.trim() === '' || needsQuotedScan(text)) return 'unknown';
  const delimiter = detectDelimiter(text);
  const head = headRows(text, delimiter, 12, options.file, false);
  // a head cut short of the rows the whole file's detection would read: it might tell otherwise
  if (partial && head.rows.length < 12) return 'unknown';
  const layout = detectPriceLayout(
    head.rows,
    head.lines,
    delimiter,
    options.format,
    options.file,
    options.columns,
  );
  if (layout.format === 'wide') return 'unknown';
  if (layout.tickerColumn < 0) {
    const fixed = layout.targets.map((t) => t.ticker);
    if (fixed.every((t) => t !== undefined)) {
      if (options.ticker !== undefined) return fixed.length === 1 ? [options.ticker] : 'unknown';
      return fixed as string[];
    }
    if (layout.targets.length !== 1) return 'unknown';
    const named =
      options.ticker ?? (options.file !== undefined ? tickerFromFileName(options.file) : undefined);
    return named === undefined ? 'unknown' : [named];
  }
  if (options.ticker !== undefined || layout.tickerColumn !== layout.width - 1) return 'unknown';
  const first = head.rows[layout.headerRows];
  const firstLine = head.lines[layout.headerRows];
  if (first === undefined || firstLine === undefined) return 'unknown';
  const ticker = first[layout.tickerColumn]!;
  if (ticker === '' || ticker.trim() !== ticker) return 'unknown';
  return { ticker, fromLine: firstLine, suffix: delimiter + ticker };
}
