import type { PriceSeries } from '../types';
import type { ParsePricesOptions } from './parse-prices';
import { readPriceChunks } from './read-price-chunks';
import { contentError, SNIFF_BYTES, sniffContent } from './sniff-content';

/** The stream again, its first chunks (already read to sniff them) put back in front. */
function prepend(
  first: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i < first.length) {
        controller.enqueue(first[i++]!);
        return;
      }
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

async function* textOf(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * Read a price file from a byte stream in the browser (or any runtime with Web Streams): a
 * `fetch` response body, `file.stream()` of a `File` a user picked, a `Blob`. The first bytes say
 * what it is (`sniffContent`): gzip is decompressed with the standard `DecompressionStream`
 * (whatever the file's name), a zip, workbook, PDF, HTML page, UTF-16 or binary file is refused
 * with a `CsvFormatError` saying what it is, and the text is parsed as it arrives
 * (`readPriceChunks`), so a large file is never held whole.
 *
 * @param source - The bytes: a `ReadableStream<Uint8Array>` or a `Blob` / `File`.
 * @param options - As for `parsePrices` (`file` names it in errors and is the ticker fallback).
 * @returns The series, as `parsePrices` returns them.
 * @throws CsvFormatError as `parsePrices`, for a file that is not CSV text, or a truncated gzip.
 * @example
 * ```ts
 * const response = await fetch('/data/crsp_dsf.csv.gz');
 * const series = await readPriceStream(response.body!, { file: 'crsp_dsf.csv.gz' });
 * ```
 *
 * @category Reading
 */
export async function readPriceStream(
  source: ReadableStream<Uint8Array> | Blob,
  options: ParsePricesOptions = {},
): Promise<PriceSeries[]> {
  const stream = source instanceof ReadableStream ? source : (source.stream() as ReadableStream<Uint8Array>);
  const reader = stream.getReader();
  const first: Uint8Array[] = [];
  let seen = 0;
  while (seen < SNIFF_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    first.push(value);
    seen += value.length;
  }
  const head = new Uint8Array(seen);
  let at = 0;
  for (const chunk of first) {
    head.set(chunk, at);
    at += chunk.length;
  }
  const kind = sniffContent(head);
  const refused = contentError(kind === 'parquet' ? 'binary' : kind, options.file);
  if (refused) {
    await reader.cancel();
    throw refused;
  }
  let bytes = prepend(first, reader);
  if (kind === 'gzip')
    bytes = bytes.pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
  const text = bytes.pipeThrough(
    new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>,
  );
  return readPriceChunks(textOf(text), options);
}
