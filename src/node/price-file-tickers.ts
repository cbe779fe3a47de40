/**
 * Node-only: which tickers a price file holds, told from its text without parsing its rows.
 */

import { decodeText } from '../io/decode-text';
import { everyByteLineEndsWith, everyLineEndsWith } from '../io/every-line-ends-with';
import type { PriceColumns } from '../io/named-columns';
import { type PriceTextTickersOptions, priceHeadTickers, priceTextTickers } from '../io/price-text-tickers';
import { sniffContent } from '../io/sniff-content';
import type { PriceFormat } from '../types';
import { smallFileBytes } from './read-price-files';

/** Bytes decoded to detect a file's layout (see {@link headBytes}). */
const HEAD_BYTES = 16 * 1024;
/** Lines the head must hold: detection reads 20 lines and 12 rows; blank lines leave room. */
const HEAD_LINES = 120;

const ASCII = /^[\x20-\x7e]*$/;

/** Plain text price files by name; gzip, Parquet and workbooks are not looked into. */
export const TEXT_FILE = /\.(csv|txt|tsv)$/i;

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
    const { bytes } = await smallFileBytes(file);
    return bytes === undefined ? 'unknown' : priceBytesTickers(bytes, file, options);
  } catch {
    return 'unknown'; // the real read reports what is wrong with the file
  }
}

/**
 * {@link priceFileTickers} of a file's bytes already read (the whole file). Only a head of the
 * bytes is decoded to detect the layout; when the ticker is the last column, the rest is checked
 * on the bytes themselves (every line ends with the delimiter and the ticker), not decoded.
 *
 * @param bytes - The whole file.
 * @param file - Its path (for the ticker a file name gives, and which files are text).
 * @param options - As for {@link priceFileTickers}.
 * @param enough - For a caller that reads the file whole when it holds a ticker it needs: when
 *   the ticker column is the last and its first row's ticker passes `enough`, that ticker alone
 *   is returned without checking the other rows (the file may hold more).
 * @returns The tickers, or `'unknown'`.
 * @example
 * ```ts
 * priceBytesTickers(await readFile('data/us/sp500_5yr/individual_stocks_5yr/AAL_data.csv'), 'AAL_data.csv') // ['AAL']
 * ```
 */
export function priceBytesTickers(
  bytes: Uint8Array,
  file: string,
  options: PriceFileTickersOptions = {},
  enough?: (ticker: string) => boolean,
): string[] | 'unknown' {
  if (!TEXT_FILE.test(file)) return 'unknown';
  try {
    if (sniffContent(bytes) !== 'text') return 'unknown';
    const tell: PriceTextTickersOptions = { file };
    if (options.ticker !== undefined) tell.ticker = options.ticker;
    if (options.format !== undefined) tell.format = options.format;
    if (options.columns !== undefined) tell.columns = options.columns;
    if (options.encoding !== undefined && !/^utf-?8$/i.test(options.encoding.trim())) {
      // another encoding (UTF-16, GBK, …): the bytes are not ASCII-compatible, decode it all
      return priceTextTickers(decodeText(bytes, { encoding: options.encoding, file }).text, tell);
    }
    const head = headBytes(bytes);
    const text = decodeText(head, { detect: true, file }).text;
    const told = priceHeadTickers(text, tell, head.length < bytes.length);
    if (told === 'unknown' || Array.isArray(told)) return told;
    if (enough?.(told.ticker)) return [told.ticker];
    if (head.length === bytes.length) {
      return everyLineEndsWith(text, told.fromLine, told.suffix) ? [told.ticker] : 'unknown';
    }
    // the rest of the file on its bytes, not decoded: no quoted text (the head had none), and
    // every line ends with the delimiter and the ticker (ASCII, so its bytes are its characters)
    if (bytes.indexOf(34) >= 0 || !ASCII.test(told.suffix)) return 'unknown';
    return everyByteLineEndsWith(bytes, told.fromLine, told.suffix) ? [told.ticker] : 'unknown';
  } catch {
    return 'unknown'; // the real read reports what is wrong with the file
  }
}

/**
 * The first whole lines of a file for layout detection: its first {@link HEAD_LINES} lines when
 * they lie within {@link HEAD_BYTES} (detection reads 20 lines and 12 rows; a head with fewer
 * rows is told `'unknown'`), else the whole file.
 */
function headBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= HEAD_BYTES) return bytes;
  // native searches (a call per line of the head, not a step per byte)
  let at = -1;
  for (let lines = 0; lines < HEAD_LINES; lines++) {
    at = Uint8Array.prototype.indexOf.call(bytes, 10, at + 1);
    if (at < 0 || at >= HEAD_BYTES) return bytes;
  }
  return bytes.subarray(0, at + 1);
}
