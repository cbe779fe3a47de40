/**
 * Node-only: a file's bytes for the parsers, whatever it is: sniffed by its first bytes
 * (`sniffContent`) and gunzipped through `node:zlib` when it is gzip (by magic bytes, whatever
 * the name). Decoding the bytes to text is `decode-text`'s job.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import { sourceError } from '../io/read-price-chunks';
import { type ContentKind, SNIFF_BYTES, sniffContent } from '../io/sniff-content';

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
 * A file's bytes as a stream of chunks, gunzipped when `kind` is `'gzip'`.
 *
 * @param file - The path.
 * @param kind - What {@link sniffFile} found.
 * @param chunkBytes - Size of the chunks read from disk.
 * @returns The byte stream and the (compressed) bytes read from disk so far, for progress.
 * @example
 * ```ts
 * const { bytes } = fileBytes('prices.csv.gz', 'gzip');
 * for await (const chunk of bytes) console.log(chunk.length);
 * ```
 */
export function fileBytes(
  file: string,
  kind: ContentKind,
  chunkBytes = 4 * 1024 * 1024,
): { bytes: Readable; bytesRead: () => number } {
  const raw = createReadStream(file, { highWaterMark: chunkBytes });
  if (kind !== 'gzip') return { bytes: raw, bytesRead: () => raw.bytesRead };
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  raw.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => raw.destroy());
  return { bytes: raw.pipe(gunzip), bytesRead: () => raw.bytesRead };
}

/**
 * A whole gzip file's content; a truncated or corrupt one is a `CsvFormatError` at the first line
 * it could not give (the lines before it are decompressed to count them).
 *
 * @param bytes - The compressed bytes.
 * @param file - The file's name, for the error.
 * @returns The decompressed bytes.
 * @throws CsvFormatError for truncated or corrupt data.
 * @example
 * ```ts
 * const csv = gunzipWhole(await readFile('events.csv.gz'), 'events.csv.gz');
 * ```
 */
export function gunzipWhole(bytes: Uint8Array, file: string): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    let lines = 0;
    try {
      const partial = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
      for (const b of partial) if (b === 10) lines++;
    } catch {
      // nothing could be decompressed: the first line
    }
    throw sourceError(error, file, lines + 1);
  }
}
