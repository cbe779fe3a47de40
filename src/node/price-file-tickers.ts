/**
 * Node-only: which tickers a price file holds, told from its text without parsing its rows.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from '../io/decode-text';
import type { PriceColumns } from '../io/named-columns';
import { priceTextTickers } from '../io/price-text-tickers';
import { sniffContent } from '../io/sniff-content';
import type { PriceFormat } from '../types';

/** Files this large are streamed by `loadPrices` (64 MiB): never read whole here either. */
const WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/** Plain text price files by name; gzip, Parquet and workbooks are not looked into. */
const TEXT_FILE = /\.(csv|txt|tsv)$/i;

/**
 * Options of {@link priceFileTickers}: those the file will be read with.
 *
 * @category Node
 */
export interface PriceFileTickersOptions {
  /** The name given to a single-series file (as `loadPrices`' `ticker`). */
  ticker?: string;
  /** A forced layout (as `loadPrices`' `format`). */
  format?: PriceFormat;
  /** Column names (as `loadPrices`' `columns`). */
  columns?: PriceColumns;
  /** The file's encoding, a WHATWG label (as `loadPrices`' `encoding`). */
  encoding?: string;
}

/**
 * The tickers a price file holds, known from its name and text without parsing its rows
 * (`priceTextTickers`), or `'unknown'` when that cannot be told for certain: a gzipped,
 * Parquet or Excel file, one of 64 MiB or more, a wide or long panel, a file that does not
 * decode, or any layout in doubt. `loadStudy` reads a file unless it is known to hold none of
 * the study's tickers, so `'unknown'` is always safe.
 *
 * @param file - The path of a price file.
 * @param options - The `ticker`, `format`, `columns` and `encoding` it will be read with.
 * @returns The tickers, or `'unknown'`.
 * @example
 * ```ts
 * await priceFileTickers('data/us/sp500_5yr/individual_stocks_5yr/AAL_data.csv') // ['AAL']
 * await priceFileTickers('data/crsp-derived/sp500_crsp_dsf.csv.gz') // 'unknown'
 * ```
 *
 * @category Node
 */
export async function priceFileTickers(
  file: string,
  options: PriceFileTickersOptions = {},
): Promise<string[] | 'unknown'> {
  if (!TEXT_FILE.test(file)) return 'unknown';
  try {
    if ((await stat(file)).size >= WHOLE_FILE_BYTES) return 'unknown';
    const bytes = await readFile(file);
    if (sniffContent(bytes) !== 'text') return 'unknown';
    const decodeOptions = options.encoding === undefined ? { detect: true } : { encoding: options.encoding };
    const { text } = decodeText(bytes, { ...decodeOptions, file });
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const tell: Parameters<typeof priceTextTickers>[1] = { file };
    if (options.ticker !== undefined) tell.ticker = options.ticker;
    if (options.format !== undefined) tell.format = options.format;
    if (options.columns !== undefined) tell.columns = options.columns;
    return priceTextTickers(body, tell);
  } catch {
    return 'unknown'; // the real read reports what is wrong with the file
  }
}
