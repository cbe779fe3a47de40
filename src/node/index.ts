/**
 * Node-only entry `eventstudy/node` (TypeDoc category Node): read price, event, factor and
 * delisting files and folders from disk, load a whole study, and write `.xlsx` workbooks and
 * PNG charts. The parsing itself is the browser-safe `parsePrices`, `parseEvents` and
 * `parseFactors`. Exported by name; `test/package/exports.txt` holds the list.
 */
import { joinFactors } from '../io/join-factors';
import { parseDelistings } from '../io/parse-delistings';
import { parseEvents } from '../io/parse-events';
import { parseFactors } from '../io/parse-factors';
import type { ParsePricesOptions } from '../io/parse-prices';
import type { Delisting, EventSpec, FactorTable, PriceFormat, PriceSeries } from '../types';
import { listFiles } from './list-files';
import { readPriceFiles } from './read-price-files';
import { readTextFile } from './read-text-file';

/**
 * Options of {@link loadPrices}.
 *
 * @category Node
 */
export interface LoadPricesOptions {
  /** Keep only these tickers. */
  tickers?: string[];
  /** Name the series of a single single-series file (as `parsePrices`' `ticker`), e.g. `'601633.SS'` for `sh601633.csv`. */
  ticker?: string;
  /** Force a layout for every file instead of detecting it. */
  format?: PriceFormat;
  /** Negative-price policy passed to `parsePrices` (default `'error'`). */
  negativePrices?: ParsePricesOptions['negativePrices'];
  /** Column names for headers detection does not know, for every file (as `parsePrices`' `columns`). */
  columns?: ParsePricesOptions['columns'];
  /** A date-fns pattern for the date column of every file, e.g. `'dd.MM.yyyy'`. */
  dateFormat?: string;
  /** Decimal separator of every file (default: detected where unambiguous). */
  decimal?: ParsePricesOptions['decimal'];
  /** Units of return columns, passed to `parsePrices` (default `'decimal'`). */
  returnUnits?: ParsePricesOptions['returnUnits'];
  /**
   * Called with the number of files done and the total, at most a few times a second (and always
   * at the end, with `done === total`); a file read in chunks counts by the share of its bytes
   * read, so `done` may be fractional.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * The files' text encoding (a WHATWG label: `'windows-1252'`, `'latin1'`, `'gbk'`, …). Default:
   * UTF-8, and a file that is not UTF-8 but reads as Windows-1252 (Latin-1) is decoded as such
   * and says so in `source.encoding`; any other invalid UTF-8 is a `CsvFormatError`.
   */
  encoding?: string;
  /**
   * Called for each entry of a folder that is not read, with why: a symbolic link that leads
   * nowhere (a git-annex file not fetched), to a folder, or round in a loop.
   */
  onSkipped?: (path: string, reason: string) => void;
  /**
   * The sheet of an Excel workbook (`.xlsx`) to read: its name, or its number from 1. Default:
   * the first sheet. A workbook is recognised by its bytes, whatever its name.
   */
  sheet?: string | number;
}

/**
 * Read price files and folders. A folder contributes every `.csv`, `.txt` and
 * `.tsv` file directly inside it (also gzipped: `.csv.gz`) and every `.parquet` and `.xlsx`, in name order;
 * a folder with none is an error. What a file is comes from its first bytes, not its name: gzip
 * is decompressed as it is streamed (`node:zlib`), Parquet is read column by column (`hyparquet`,
 * then `pricesFromColumns`), an Excel workbook (`.xlsx`) as the CSV text of its first sheet (or
 * `sheet`; read-excel-file, loaded on first use; line N of an error is row N), and a zip, a PDF, an HTML page, UTF-16 text or
 * other binary data is refused with a `CsvFormatError` saying what the file is. Each text file
 * is parsed by `parsePrices` with its
 * path as `file`, so a series whose file does not name its ticker is named after the file
 * (`data/hk/1810.HK.csv` → `1810.HK`) and errors say which file. Files are read concurrently.
 *
 * @param paths - A file or folder, or several.
 * @param options - `tickers` to keep, `ticker` to name a single file's series, `format` to force,
 *   `negativePrices` policy, `columns`, `dateFormat` and `decimal` for every file, `onProgress`.
 * @returns The series, in file order (and within a file, in the file's order).
 * @throws CsvFormatError for a malformed file (with its path), a file that is not CSV text, a
 *   truncated `.gz` (at the first line not read), a folder without price files, and for a ticker
 *   found in two files (naming both); the file system's error for a missing path.
 * @example
 * ```ts
 * const prices = await loadPrices(['data/hk', 'data/indices/HSI.csv'], { tickers: ['1810.HK', '^HSI'] })
 * ```
 *
 * @category Node
 */
export async function loadPrices(
  paths: string | string[],
  options: LoadPricesOptions = {},
): Promise<PriceSeries[]> {
  return readPriceFiles(await listFiles(paths, options.onSkipped), options);
}

/**
 * Read an events file with `parseEvents` (gzipped or not, by its first bytes; an `.xlsx` workbook
 * is read as its sheet's CSV text; any other file that is not CSV text is refused with a
 * `CsvFormatError` saying what it is).
 *
 * @param path - The file.
 * @param options - `encoding` of the file (a WHATWG label such as `'windows-1252'`); default UTF-8.
 *   `sheet` of a workbook, by name or number from 1 (default: the first).
 * @returns The events, in file order.
 * @throws CsvFormatError or EventSpecError with the path, line and column.
 * @example
 * ```ts
 * const events = await loadEvents('examples/events.csv')
 * ```
 *
 * @category Node
 */
export async function loadEvents(
  path: string,
  options: { encoding?: string; sheet?: string | number } = {},
): Promise<EventSpec[]> {
  // Events have no `source` to record a guessed encoding in: invalid UTF-8 is an error unless declared.
  return parseEvents((await readTextFile(path, options)).text, { file: path });
}

/**
 * Read factor files (or folders of them; gzipped or not) with `parseFactors` and join them on their common
 * dates with `joinFactors` (a factor in several files is taken from the first).
 *
 * @param paths - A file or folder, or several.
 * @param options - `encoding` of the files (a WHATWG label such as `'windows-1252'`); default UTF-8;
 *   `sheet` of each `.xlsx` workbook, by name or number from 1 (default: the first).
 * @returns The joined table, in decimals.
 * @throws CsvFormatError with the path of a malformed file.
 * @example
 * ```ts
 * const ff = await loadFactors(['data/factors/F-F_Research_Data_Factors_daily.CSV', 'data/factors/F-F_Momentum_Factor_daily.CSV'])
 * ```
 *
 * @category Node
 */
export async function loadFactors(
  paths: string | string[],
  options: { encoding?: string; sheet?: string | number } = {},
): Promise<FactorTable> {
  const files = await listFiles(paths, undefined, 'factor');
  // A factor table has no `source` to record a guessed encoding in: invalid UTF-8 is an error unless declared.
  const tables = await Promise.all(
    files.map(async (file) => parseFactors((await readTextFile(file, options)).text, { file })),
  );
  return joinFactors(...tables);
}

/**
 * Read a CRSP delisting file (`dsedelist`: `PERMNO, DLSTDT, DLRET`, gzipped or not) with
 * `parseDelistings`, for `applyDelistings`.
 *
 * @param path - The file.
 * @param options - `encoding` of the file (a WHATWG label); default UTF-8.
 * @returns The delistings, in file order, each with its file, line and column.
 * @throws CsvFormatError with the path, line and column of a malformed row.
 * @example
 * ```ts
 * const delistings = await loadDelistings('data/crsp-derived/sp500_crsp_delist.csv')
 * const series = applyDelistings(await loadPrices('data/crsp-derived/sp500_crsp_dsf.csv.gz'), delistings)
 * ```
 *
 * @category Node
 */
export async function loadDelistings(
  path: string,
  options: { encoding?: string } = {},
): Promise<Delisting[]> {
  return parseDelistings((await readTextFile(path, options)).text, { file: path });
}

export { type LoadedStudy, type LoadStudyOptions, loadStudy } from './load-study';
export { type PriceFileTickersOptions, priceFileTickers } from './price-file-tickers';
export { type PngOptions, toPng } from './to-png';
export { toXlsx } from './to-xlsx';
