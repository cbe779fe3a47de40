/**
 * Node-only: the reading of `loadPrices` once its files are listed, and of `loadStudy`, which
 * hands over the bytes it has already read to tell the files' tickers.
 */
import { readFile, type Stats, stat } from 'node:fs';
import { CsvFormatError } from '../errors';
import { combinePriceFiles, type PriceFile } from '../io/combine-price-files';
import { createChunkDecoder } from '../io/decode-text';
import { type ParsePricesOptions, parsePrices } from '../io/parse-prices';
import { readPriceChunks } from '../io/read-price-chunks';
import { type ContentKind, contentError, sniffContent } from '../io/sniff-content';
import { throttleProgress } from '../study/throttle-progress';
import type { PriceSeries } from '../types';
import type { LoadPricesOptions } from './index';
import { loadParquetPrices } from './parquet';
import { textOfBytes } from './read-text-file';
import { fileBytes, sniffFile } from './text-source';

/**
 * Files at least this large are read in chunks rather than as one string.
 *
 * @example
 * ```ts
 * STREAM_FILE_BYTES; // 67108864 (64 MiB)
 * ```
 *
 * @category Node
 */
export const STREAM_FILE_BYTES = 64 * 1024 * 1024;

/** Size of the chunks a large file is read in. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** How many files are read at once. */
const CONCURRENT_FILES = 16;

/** A callback-style `node:fs` call as a promise (no `FileHandle`: cheaper for many small files). */
function fsCall<T>(run: (done: (error: Error | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

/**
 * The whole bytes of a file smaller than {@link STREAM_FILE_BYTES}, or only its size when it is
 * larger and must be streamed. Through `fs.stat` and `fs.readFile` with callbacks: measured on
 * the 506 S&P 500 files, a third less CPU than a `FileHandle` opened, stated, read and closed.
 *
 * @param file - The path.
 * @returns `{ bytes, size }` for a small file, `{ size }` for a large one.
 * @example
 * ```ts
 * const { bytes } = await smallFileBytes('data/indices/GSPC.csv');
 * ```
 */
export async function smallFileBytes(file: string): Promise<{ bytes?: Uint8Array; size: number }> {
  const { size } = await fsCall<Stats>((done) => stat(file, done));
  if (size >= STREAM_FILE_BYTES) return { size };
  const bytes = await fsCall<Buffer>((done) => readFile(file, done));
  return { bytes, size: bytes.length };
}

/** The options `parsePrices` gets for `file` from `loadPrices`' options. */
function parseOptionsFor(file: string, options: LoadPricesOptions): ParsePricesOptions {
  const out: ParsePricesOptions = { file };
  if (options.format !== undefined) out.format = options.format;
  if (options.ticker !== undefined) out.ticker = options.ticker;
  // Rows of other tickers are skipped while reading (not when a file's series is renamed).
  else if (options.tickers !== undefined) out.tickers = options.tickers;
  if (options.negativePrices !== undefined) out.negativePrices = options.negativePrices;
  if (options.columns !== undefined) out.columns = options.columns;
  if (options.dateFormat !== undefined) out.dateFormat = options.dateFormat;
  if (options.decimal !== undefined) out.decimal = options.decimal;
  if (options.returnUnits !== undefined) out.returnUnits = options.returnUnits;
  return out;
}

/**
 * Reads listed price files as `loadPrices` does (see there): concurrently, each by what its
 * first bytes say it is, then combined (a ticker in two files is an error).
 *
 * @param files - The files, folders already expanded.
 * @param options - `loadPrices`' options (`onSkipped` is not used here).
 * @param preread - Whole bytes of some of the files, already read (by `neededPriceFiles`): not read again.
 * @returns The series, in file order.
 * @throws CsvFormatError as `loadPrices`.
 * @example
 * ```ts
 * const series = await readPriceFiles(['data/indices/GSPC.csv'], {});
 * ```
 */
export async function readPriceFiles(
  files: readonly string[],
  options: LoadPricesOptions,
  preread: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<PriceSeries[]> {
  if (options.ticker !== undefined && files.length !== 1) {
    throw new CsvFormatError(
      `options.ticker names one series, but ${files.length} files were given: use tickers to filter`,
      { file: files[0] },
    );
  }
  const results: PriceFile[] = new Array(files.length);
  const progress = throttleProgress(options.onProgress);
  const textOptions = {
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    detect: true,
  };
  let next = 0;
  let done = 0;
  const streaming = new Map<number, number>(); // file → share of its bytes read
  const report = (): void => {
    let partial = 0;
    for (const share of streaming.values()) partial += share;
    progress(done + partial, files.length);
  };
  const readOne = async (i: number): Promise<PriceSeries[]> => {
    const file = files[i]!;
    const small = preread.has(file) ? { bytes: preread.get(file)!, size: 0 } : await smallFileBytes(file);
    const kind = small.bytes !== undefined ? sniffContent(small.bytes) : await sniffFile(file);
    const refused = kind === 'xlsx' ? undefined : contentError(kind, file);
    if (refused) throw refused;
    if (kind === 'parquet') return loadParquetPrices(file, parseOptionsFor(file, options));
    if (kind !== 'xlsx' && (kind === 'gzip' || small.bytes === undefined)) {
      const size = small.bytes?.length ?? small.size;
      streaming.set(i, 0);
      const series = await readPricesInChunks(
        file,
        kind,
        size,
        parseOptionsFor(file, options),
        options.encoding,
        (share) => {
          streaming.set(i, share);
          report();
        },
      );
      streaming.delete(i);
      return series;
    }
    const { text, encoding } = await textOfBytes(small.bytes!, file, textOptions);
    const series = parsePrices(text, parseOptionsFor(file, options));
    if (encoding !== 'utf-8') for (const one of series) if (one.source) one.source.encoding = encoding;
    return series;
  };
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = { file: files[i]!, series: await readOne(i) };
      done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FILES, files.length) }, worker));
  return combinePriceFiles(results, options.tickers);
}

/**
 * Reads a large or gzipped price file in chunks of whole lines (`readPriceChunks`), so that
 * memory holds one chunk and the series kept, not the file: with `tickers`, a 1 GB long panel
 * costs the memory of the listings asked for. Gzip is decompressed as it streams (`node:zlib`);
 * bytes are decoded strictly (`createChunkDecoder`). A quoted field with a line break in it must
 * not straddle two chunks (price files do not have them).
 */
async function readPricesInChunks(
  file: string,
  kind: ContentKind,
  size: number,
  options: ParsePricesOptions,
  encoding: string | undefined,
  onShare: (share: number) => void,
): Promise<PriceSeries[]> {
  const source = fileBytes(file, kind, CHUNK_BYTES);
  const decoder = createChunkDecoder({ ...(encoding === undefined ? {} : { encoding }), file });
  async function* text(): AsyncGenerator<string> {
    for await (const chunk of source.bytes) yield decoder.decode(chunk as Buffer);
    yield decoder.end();
  }
  let series: PriceSeries[];
  try {
    series = await readPriceChunks(text(), options, () => onShare(Math.min(1, source.bytesRead() / size)));
  } finally {
    source.bytes.destroy();
  }
  if (decoder.encoding !== 'utf-8')
    for (const one of series) if (one.source) one.source.encoding = decoder.encoding;
  return series;
}
