/**
 * Node-only entry `eventstudy/node`: read price, event and factor files and folders from disk.
 * The parsing itself is the browser-safe `parsePrices`, `parseEvents` and `parseFactors`.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CsvFormatError } from './errors';
import { combinePriceFiles, type PriceFile } from './io/combine-price-files';
import { joinFactors } from './io/join-factors';
import { parseEvents } from './io/parse-events';
import { parseFactors } from './io/parse-factors';
import { type ParsePricesOptions, parsePrices } from './io/parse-prices';
import { readPriceChunks } from './io/read-price-chunks';
import { contentError } from './io/sniff-content';
import { loadParquetPrices } from './node-parquet';
import { fileText, readTextFile, sniffFile } from './node-text-source';
import { throttleProgress } from './study/throttle-progress';
import type { EventSpec, FactorTable, PriceFormat, PriceSeries } from './types';

/** Options of {@link loadPrices}. */
export interface LoadPricesOptions {
  /** Keep only these tickers. */
  tickers?: string[];
  /** Name the series of a single single-series file (as `parsePrices`' `ticker`), e.g. `'601633.SS'` for `sh601633.csv`. */
  ticker?: string;
  /** Force a layout for every file instead of detecting it. */
  format?: PriceFormat;
  /** Negative-price policy passed to `parsePrices` (default `'error'`). */
  negativePrices?: ParsePricesOptions['negativePrices'];
  /** Units of return columns, passed to `parsePrices` (default `'decimal'`). */
  returnUnits?: ParsePricesOptions['returnUnits'];
  /** Column names for headers detection does not know, for every file (as `parsePrices`' `columns`). */
  columns?: ParsePricesOptions['columns'];
  /** A date-fns pattern for the date column of every file, e.g. `'dd.MM.yyyy'`. */
  dateFormat?: string;
  /** Decimal separator of every file (default: detected where unambiguous). */
  decimal?: ParsePricesOptions['decimal'];
  /**
   * Called with the number of files done and the total, at most a few times a second (and always
   * at the end, with `done === total`); a file read in chunks counts by the share of its bytes
   * read, so `done` may be fractional.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Files at least this large are read in chunks rather than as one string.
 *
 * @example
 * ```ts
 * STREAM_FILE_BYTES; // 67108864 (64 MiB)
 * ```
 */
export const STREAM_FILE_BYTES = 64 * 1024 * 1024;

/** Size of the chunks a large file is read in. */
const CHUNK_BYTES = 4 * 1024 * 1024;

const DATA_FILE = /\.(csv|txt|tsv)(\.gz)?$|\.parquet$/i;

/**
 * Expand files and folders (every `.csv`/`.txt`/`.tsv`, also gzipped, directly inside, sorted by
 * name) into files. A folder with none is an error, not an empty success.
 */
async function listFiles(paths: string | string[], what = 'price'): Promise<string[]> {
  const out: string[] = [];
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const names = entries
        .filter((e) => e.isFile() && DATA_FILE.test(e.name))
        .map((e) => e.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (names.length === 0) {
        const found = entries.filter((e) => e.isFile()).map((e) => e.name);
        throw new CsvFormatError(
          `no ${what} file in this folder: expected .csv, .txt or .tsv files (or the same gzipped, .csv.gz) or .parquet${
            found.length > 0
              ? `; found ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''} (name a file itself to read it)`
              : '; the folder is empty'
          }`,
          { file: path },
        );
      }
      for (const name of names) out.push(join(path, name));
    } else {
      out.push(path);
    }
  }
  return out;
}

/**
 * Read price files and folders (DESIGN.md §3). A folder contributes every `.csv`, `.txt` and
 * `.tsv` file directly inside it (also gzipped: `.csv.gz`), in name order; a folder with none is
 * an error. What a file is comes from its first bytes, not its name: gzip is decompressed as it
 * is streamed (`node:zlib`), Parquet is read column by column (`hyparquet`), and a zip, an Excel
 * workbook, a PDF, an HTML page, UTF-16 text or other binary data is refused with a
 * `CsvFormatError` saying what the file is. Each text file is parsed by `parsePrices` with its
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
 */
export async function loadPrices(
  paths: string | string[],
  options: LoadPricesOptions = {},
): Promise<PriceSeries[]> {
  const files = await listFiles(paths);
  if (options.ticker !== undefined && files.length !== 1) {
    throw new CsvFormatError(
      `options.ticker names one series, but ${files.length} files were given: use tickers to filter`,
      {
        file: files[0],
      },
    );
  }
  const results: PriceFile[] = new Array(files.length);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const progress = throttleProgress(options.onProgress);
  const parseOptions = (file: string): ParsePricesOptions => {
    const out: ParsePricesOptions = { file };
    if (options.format !== undefined) out.format = options.format;
    if (options.ticker !== undefined) out.ticker = options.ticker;
    // Rows of other tickers are skipped while reading (not when a file's series is renamed).
    else if (options.tickers !== undefined) out.tickers = options.tickers;
    if (options.negativePrices !== undefined) out.negativePrices = options.negativePrices;
    if (options.returnUnits !== undefined) out.returnUnits = options.returnUnits;
    if (options.columns !== undefined) out.columns = options.columns;
    if (options.dateFormat !== undefined) out.dateFormat = options.dateFormat;
    if (options.decimal !== undefined) out.decimal = options.decimal;
    return out;
  };
  let next = 0;
  let done = 0;
  const streaming = new Map<number, number>(); // file → share of its bytes read
  const report = (): void => {
    let partial = 0;
    for (const share of streaming.values()) partial += share;
    progress(done + partial, files.length);
  };
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const kind = await sniffFile(file);
      const refused = contentError(kind, file);
      if (refused) throw refused;
      if (kind === 'parquet') {
        results[i] = { file, series: await loadParquetPrices(file, parseOptions(file)) };
        done++;
        report();
        continue;
      }
      if (kind === 'gzip' || sizes[i]! >= STREAM_FILE_BYTES) {
        streaming.set(i, 0);
        const source = fileText(file, kind, CHUNK_BYTES);
        const series = await readPriceChunks(source.text, parseOptions(file), () => {
          streaming.set(i, Math.min(1, source.bytesRead() / Math.max(1, sizes[i]!)));
          report();
        });
        streaming.delete(i);
        results[i] = { file, series };
      } else {
        results[i] = { file, series: parsePrices(await readFile(file, 'utf8'), parseOptions(file)) };
      }
      done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return combinePriceFiles(results, options.tickers);
}

/**
 * Read an events file with `parseEvents` (gzipped or not, by its first bytes; a file that is not
 * CSV text is refused with a `CsvFormatError` saying what it is).
 *
 * @param path - The file.
 * @returns The events, in file order.
 * @throws CsvFormatError or EventSpecError with the path, line and column.
 * @example
 * ```ts
 * const events = await loadEvents('examples/events.csv')
 * ```
 */
export async function loadEvents(path: string): Promise<EventSpec[]> {
  return parseEvents(await readTextFile(path), { file: path });
}

/**
 * Read factor files (or folders of them; gzipped or not) with `parseFactors` and join them on their common
 * dates with `joinFactors` (a factor in several files is taken from the first).
 *
 * @param paths - A file or folder, or several.
 * @returns The joined table, in decimals.
 * @throws CsvFormatError with the path of a malformed file.
 * @example
 * ```ts
 * const ff = await loadFactors(['data/factors/F-F_Research_Data_Factors_daily.CSV', 'data/factors/F-F_Momentum_Factor_daily.CSV'])
 * ```
 */
export async function loadFactors(paths: string | string[]): Promise<FactorTable> {
  const files = await listFiles(paths, 'factor');
  const tables = await Promise.all(
    files.map(async (file) => parseFactors(await readTextFile(file), { file })),
  );
  return joinFactors(...tables);
}

/**
 * Writes a report (table, Markdown, CSV, JSON or SVG text) to a file as UTF-8, creating its
 * folder if needed: the write side of `eventstudy/node`, used by the command line.
 *
 * @param path - the file to write
 * @param text - its content
 *
 * @example
 * ```ts
 * await writeTextFile('out/caar.svg', caarChart(result));
 * ```
 */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}
