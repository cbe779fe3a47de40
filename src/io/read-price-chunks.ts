import { CsvFormatError } from '../errors';
import type { PriceSeries } from '../types';
import { createPriceReader, type ParsePricesOptions, type PriceReader } from './parse-prices';
import { createWholeLines } from './whole-lines';

/**
 * Read a price file that arrives as text chunks of any size (a Node stream, a `fetch` body
 * through `TextDecoderStream`, a decompressed `.gz`): the chunks are cut at line ends and fed to
 * `createPriceReader` whole lines at a time, so memory holds one chunk and the series kept.
 * A quoted field with a line break in it must not straddle two chunks (price files have none).
 * Browser-safe.
 *
 * An error of the chunk source (a truncated `.gz`, a dropped connection) becomes a
 * `CsvFormatError` at the first line not read, column 1, saying what happened.
 *
 * @param chunks - The file's text, in order.
 * @param options - As for `parsePrices` (`file` names the file in errors).
 * @param onChunk - Called after each chunk is parsed (for progress).
 * @returns The series, as `parsePrices` returns them.
 * @throws CsvFormatError as `parsePrices`, or for a source that fails part-way.
 * @example
 * ```ts
 * const series = await readPriceChunks(['date,close\n2021-03-25,23.85\n', '2021-03-26,25.40\n'], { ticker: '1810.HK' });
 * ```
 *
 * @category Reading
 */
export async function readPriceChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ParsePricesOptions = {},
  onChunk?: () => void,
): Promise<PriceSeries[]> {
  let reader: PriceReader | undefined;
  let lines = 0;
  // whole lines only, and none longer than the cap (issue 20): a file without line breaks is an
  // error at its first MiB, not a string that outgrows memory
  const whole = createWholeLines(options.file !== undefined ? { file: options.file } : {});
  const feed = (text: string): void => {
    if (reader === undefined) {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      reader = createPriceReader(body, options);
      reader.feed(body, 0);
    } else {
      reader.feed(text, lines);
    }
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  };
  try {
    for await (const chunk of chunks) {
      const text = whole.push(chunk, lines);
      if (text !== '') feed(text);
      onChunk?.();
    }
  } catch (error) {
    if (error instanceof CsvFormatError) throw error;
    throw sourceError(error, options.file, lines + 1);
  }
  const rest = whole.end();
  if (rest !== '' || reader === undefined) feed(rest);
  return reader!.finish();
}

/**
 * The error of a text source that failed part-way, at the first line not read.
 *
 * @param error - What the source threw (zlib's "unexpected end of file", a stream error, …).
 * @param file - The file's name.
 * @param line - The first line not read.
 * @returns A `CsvFormatError` naming the cause and what to do.
 * @example
 * ```ts
 * throw sourceError(new Error('unexpected end of file'), 'crsp.csv.gz', 140)
 * ```
 *
 * @category Reading
 */
export function sourceError(error: unknown, file: string | undefined, line: number): CsvFormatError {
  const message = error instanceof Error ? error.message : String(error);
  const gzip = /unexpected end|incorrect header|invalid|corrupt|decompress|gzip|zlib|Z_/i.test(message);
  const what = gzip
    ? `truncated or corrupt compressed data (${message}): the file ends or breaks inside its gzip stream; download or copy it again`
    : `the file could not be read to the end (${message})`;
  return new CsvFormatError(what, { file, line, column: 1 });
}
