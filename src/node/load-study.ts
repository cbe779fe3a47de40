/**
 * Node-only: `loadStudy`, the files of a study read as a one-shot job wants them: the events
 * first, then only the price files that can hold their tickers.
 */

import { studyTickers } from '../study/study-tickers';
import type { EventSpec, FactorTable, PriceSeries } from '../types';
import { type LoadPricesOptions, loadEvents, loadFactors, loadPrices } from './index';
import { listFiles } from './list-files';
import { priceBytesTickers, TEXT_FILE } from './price-file-tickers';
import { readPriceFiles, smallFileBytes } from './read-price-files';

/**
 * Options of {@link loadStudy}.
 *
 * @category Node
 */
export interface LoadStudyOptions {
  /** Price files and folders, as for `loadPrices`. */
  prices: string | string[];
  /** The events file, or the events themselves. */
  events: string | EventSpec[];
  /** Factor files and folders, as for `loadFactors`. */
  factors?: string | string[];
  /** A confounders file (other news, `StudySpec.confounders`), or the confounders themselves. */
  confounders?: string | EventSpec[];
  /** The study's default benchmark (`StudySpec.market`): its prices are read too. */
  market?: string;
  /** The study's benchmarks per exchange (`StudySpec.benchmarks`): all their prices are read. */
  benchmarks?: Record<string, string>;
  /** How the price files are read (`loadPrices`' options; `tickers` replaces the study's own list). */
  priceOptions?: LoadPricesOptions;
  /** Encoding of the events, confounders and factor files (a WHATWG label); default UTF-8. */
  encoding?: string;
}

/**
 * The inputs {@link loadStudy} read, ready to spread into `eventStudy`'s spec.
 *
 * @category Node
 */
export interface LoadedStudy {
  prices: PriceSeries[];
  events: EventSpec[];
  factors?: FactorTable;
  confounders?: EventSpec[];
  market?: string;
  benchmarks?: Record<string, string>;
}

/**
 * Reads the files of a study, parsing only the price files it needs: the events (and
 * confounders) are read first, the tickers they name are collected with the benchmarks
 * (`studyTickers`), and a price file is parsed unless its name and text show, without parsing
 * its rows, that it holds none of them (`priceFileTickers`, reading each file once; gzipped, Parquet, wide and long
 * panels and anything in doubt are always parsed, with rows of other tickers skipped). When a
 * ticker is then still missing, every file is read after all, so that the study's exclusion
 * reason suggests the same close tickers as with all prices. The study's result is the same as
 * with every series loaded; what differs is that problems in files of other tickers (a
 * malformed row, a ticker in two files) are not met.
 *
 * @param options - The `prices`, `events`, optional `factors`, `confounders`, `market`,
 *   `benchmarks`, and how to read the price files (`priceOptions`).
 * @returns `{ prices, events, factors?, confounders?, market?, benchmarks? }`, to spread into
 *   `eventStudy`'s spec.
 * @throws CsvFormatError and EventSpecError as `loadPrices`, `loadEvents` and `loadFactors`.
 * @example
 * ```ts
 * const inputs = await loadStudy({
 *   prices: ['data/us/sp500_5yr/individual_stocks_5yr', 'data/indices/GSPC.csv'],
 *   events: 'data/us/sp500-500-events.csv',
 *   market: '^GSPC',
 * });
 * const result = eventStudy({ ...inputs, model: 'market' });
 * ```
 *
 * @category Node
 */
export async function loadStudy(options: LoadStudyOptions): Promise<LoadedStudy> {
  const encoding = options.encoding === undefined ? {} : { encoding: options.encoding };
  const events =
    typeof options.events === 'string' ? await loadEvents(options.events, encoding) : options.events;
  const confounders =
    typeof options.confounders === 'string'
      ? await loadEvents(options.confounders, encoding)
      : options.confounders;
  const factors = options.factors === undefined ? undefined : await loadFactors(options.factors, encoding);
  const wanted =
    options.priceOptions?.tickers ??
    studyTickers({
      events,
      ...(confounders ? { confounders } : {}),
      ...(options.market !== undefined ? { market: options.market } : {}),
      ...(options.benchmarks ? { benchmarks: options.benchmarks } : {}),
    });
  const prices = await loadNeededPrices(options.prices, wanted, options.priceOptions ?? {});
  const out: LoadedStudy = { prices, events };
  if (factors) out.factors = factors;
  if (confounders) out.confounders = confounders;
  if (options.market !== undefined) out.market = options.market;
  if (options.benchmarks) out.benchmarks = options.benchmarks;
  return out;
}

/** The files {@link neededPriceFiles} keeps, and the bytes it read of them. */
export interface NeededPriceFiles {
  /** The files to read, in order. */
  files: string[];
  /** Whether that is every file. */
  all: boolean;
  /** The whole bytes of kept files, read to tell their tickers: `readPriceFiles` need not read them again. */
  preread: Map<string, Uint8Array>;
}

/** Bytes of kept files held for the parse at most; beyond them a file is read again when parsed. */
const PREREAD_BYTES = 256 * 1024 * 1024;

/** How many files are read at once. */
const CONCURRENT_FILES = 16;

/**
 * The files of `paths` (folders expanded) that may hold one of the `wanted` tickers: all but
 * those `priceBytesTickers` shows to hold none of them. Each text file is read once; the bytes
 * of the files kept are handed on for parsing.
 *
 * @param paths - Price files and folders.
 * @param wanted - The tickers needed.
 * @param options - How the files will be read (and `onSkipped` for folder entries not read).
 * @returns The files to read, whether that is every file, and the bytes read of them.
 * @example
 * ```ts
 * await neededPriceFiles('data/hk', ['1810.HK'], {}) // { files: ['data/hk/1810.HK.csv', …], all: false, preread }
 * ```
 */
export async function neededPriceFiles(
  paths: string | string[],
  wanted: readonly string[],
  options: LoadPricesOptions,
): Promise<NeededPriceFiles> {
  const files = await listFiles(paths, options.onSkipped);
  const preread = new Map<string, Uint8Array>();
  // a renamed single file: read as asked
  if (options.ticker !== undefined) return { files, all: true, preread };
  const need = new Set(wanted);
  const keep = new Array<boolean>(files.length).fill(true);
  let held = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const bytes = await textFileBytes(file);
      if (bytes === undefined) continue; // not looked into: read
      // a first row of a needed ticker is enough: the file is parsed whole anyway
      const tickers = priceBytesTickers(bytes, file, options, (t) => need.has(t));
      keep[i] = tickers === 'unknown' || tickers.some((t) => need.has(t));
      if (keep[i] && held + bytes.length <= PREREAD_BYTES) {
        preread.set(file, bytes);
        held += bytes.length;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FILES, files.length) }, worker));
  const kept = files.filter((_, i) => keep[i]);
  return { files: kept, all: kept.length === files.length, preread };
}

/** The whole bytes of a plain text price file below the streaming size; `undefined` for others. */
async function textFileBytes(file: string): Promise<Uint8Array | undefined> {
  if (!TEXT_FILE.test(file)) return undefined;
  try {
    return (await smallFileBytes(file)).bytes;
  } catch {
    return undefined; // the real read reports it
  }
}

/** The series of `wanted`, from the files that may hold them; every series when one is still missing. */
async function loadNeededPrices(
  paths: string | string[],
  wanted: readonly string[],
  options: LoadPricesOptions,
): Promise<PriceSeries[]> {
  const { files, all, preread } = await neededPriceFiles(paths, wanted, options);
  const { onSkipped: _skipped, ...read } = options;
  if (all) return readPriceFiles(files, read, preread);
  const series = await readPriceFiles(files, { ...read, tickers: [...wanted] }, preread);
  if (hasEvery(series, wanted)) return series;
  // a ticker is missing: every series, so that the study suggests the same close tickers
  return loadPrices(paths, read);
}
/**
 * Whether the series include every one of the tickers.
 *
 * @param series - Price series.
 * @param tickers - Tickers needed.
 * @returns `true` when each ticker has a series.
 * @example
 * ```ts
 * hasEvery([{ ticker: '^HSI', dates: [], close: new Float64Array(0) }], ['^HSI']) // true
 * ```
 */
export function hasEvery(series: readonly PriceSeries[], tickers: readonly string[]): boolean {
  const found = new Set(series.map((s) => s.ticker));
  return tickers.every((t) => found.has(t));
}
