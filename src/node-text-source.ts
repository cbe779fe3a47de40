/**
 * Node-only: a file's bytes as text for the parsers, whatever it is: sniffed by its first bytes
 * (`sniffContent`), gunzipped through `node:zlib` when it is gzip (by magic bytes, whatever the
 * name), refused with a `CsvFormatError` that says what it is when it is no text at all.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { sourceError } from './io/read-price-chunks';
import { type ContentKind, contentError, SNIFF_BYTES, sniffContent } from './io/sniff-content';

/**
 * What a file is, from its first bytes.
 *
 * @param file - The path.
 * @returns The content kind.
 * @example
 * ```ts
 * await sniffFile('data/crsp-derived/sp500_crsp_dsf.csv.gz') // 'gzip'
 * ```
 */
export async function sniffFile(file: string): Promise<ContentKind> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffContent(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * A file's text as a stream of UTF-8 chunks, gunzipped when `kind` is `'gzip'`.
 *
 * @param file - The path.
 * @param kind - What {@link sniffFile} found (`'gzip'` or `'text'`).
 * @param chunkBytes - Size of the chunks read from disk.
 * @returns The text stream and the compressed bytes read so far (for progress).
 * @example
 * ```ts
 * const { text } = fileText('prices.csv.gz', 'gzip');
 * for await (const chunk of text) console.log(chunk.length);
 * ```
 */
export function fileText(
  file: string,
  kind: ContentKind,
  chunkBytes = 4 * 1024 * 1024,
): { text: Readable; bytesRead: () => number } {
  const raw = createReadStream(file, { highWaterMark: chunkBytes });
  let text: Readable = raw;
  if (kind === 'gzip') {
    const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
    raw.on('error', (error) => gunzip.destroy(error));
    text = raw.pipe(gunzip);
  }
  text.setEncoding('utf8');
  return { text, bytesRead: () => raw.bytesRead };
}

/**
 * A whole (small) file's text: gunzipped if it is gzip; a `CsvFormatError` if it is a zip, a
 * workbook, a PDF, an HTML page, UTF-16 or binary (or Parquet, which has no text).
 *
 * @param file - The path.
 * @returns The text.
 * @throws CsvFormatError saying what the file is and what to do, or where a `.gz` is truncated.
 * @example
 * ```ts
 * const text = await readTextFile('events.csv.gz');
 * ```
 */
export async function readTextFile(file: string): Promise<string> {
  const kind = await sniffFile(file);
  const refused = contentError(kind === 'parquet' ? 'binary' : kind, file);
  if (refused) throw refused;
  if (kind !== 'gzip') return readFile(file, 'utf8');
  const parts: string[] = [];
  let lines = 0;
  try {
    for await (const chunk of fileText(file, kind).text) {
      parts.push(chunk as string);
      for (let k = (chunk as string).indexOf('\n'); k >= 0; k = (chunk as string).indexOf('\n', k + 1))
        lines++;
    }
  } catch (error) {
    throw sourceError(error, file, lines + 1);
  }
  return parts.join('');
}
