/**
 * Node-only entry `eventstudy/node`: read price, event and factor files and folders from disk.
 * The parsing itself is the browser-safe `parsePrices`, `parseEvents` and `parseFactors`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvFormatError } from './errors';
import { combinePriceFiles, type PriceFile } from './io/combine-price-files';
import { joinFactors } from './io/join-factors';
import { parseEvents } from './io/parse-events';
import { parseFactors } from './io/parse-factors';
import { type ParsePricesOptions, parsePrices } from './io/parse-prices';
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
  /** Called after each file with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
}

const DATA_FILE = /\.(csv|txt|tsv)$/i;

/** Expand files and folders (every `.csv`/`.txt`/`.tsv` directly inside, sorted by name) into files. */
async function listFiles(paths: string | string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const names = entries
        .filter((e) => e.isFile() && DATA_FILE.test(e.name))
        .map((e) => e.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) out.push(join(path, name));
    } else {
      out.push(path);
    }
  }
  return out;
}

/**
 * Read price files and folders (DESIGN.md §3). A folder contributes every `.csv`, `.txt` and
 * `.tsv` file directly inside it, in name order; each file is parsed by `parsePrices` with its
 * path as `file`, so a series whose file does not name its ticker is named after the file
 * (`data/hk/1810.HK.csv` → `1810.HK`) and errors say which file. Files are read concurrently.
 *
 * @param paths - A file or folder, or several.
 * @param options - `tickers` to keep, `ticker` to name a single file's series, `format` to force,
 *   `negativePrices` policy, `onProgress`.
 * @returns The series, in file order (and within a file, in the file's order).
 * @throws CsvFormatError for a malformed file (with its path) and for a ticker found in two
 *   files (naming both); the file system's error for a missing path.
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
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const text = await readFile(file, 'utf8');
      const parseOptions: ParsePricesOptions = { file };
      if (options.format !== undefined) parseOptions.format = options.format;
      if (options.ticker !== undefined) parseOptions.ticker = options.ticker;
      if (options.negativePrices !== undefined) parseOptions.negativePrices = options.negativePrices;
      results[i] = { file, series: parsePrices(text, parseOptions) };
      done++;
      options.onProgress?.(done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return combinePriceFiles(results, options.tickers);
}

/**
 * Read an events file with `parseEvents`.
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
  return parseEvents(await readFile(path, 'utf8'), { file: path });
}

/**
 * Read factor files (or folders of them) with `parseFactors` and join them on their common
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
  const files = await listFiles(paths);
  const tables = await Promise.all(
    files.map(async (file) => parseFactors(await readFile(file, 'utf8'), { file })),
  );
  return joinFactors(...tables);
}
