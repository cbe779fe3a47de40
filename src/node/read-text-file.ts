/**
 * Node-only: a whole text file read strictly, from its path or from bytes already read.
 */
import { readFile } from 'node:fs/promises';
import { type DecodedText, decodeText } from '../io/decode-text';
import { contentError, sniffContent } from '../io/sniff-content';
import { checkLineLengths } from '../io/whole-lines';
import { gunzipWhole } from './text-source';
import { xlsxSheetAsCsv } from './xlsx';

/** How {@link readTextFile} decodes: `decodeText`'s `encoding` and `detect`, and a workbook's `sheet`. */
export interface ReadTextOptions {
  encoding?: string;
  detect?: boolean;
  sheet?: string | number;
}

/**
 * Reads a whole text file strictly (see `decodeText`), refusing overlong lines; what it is comes
 * from its first bytes: gzip is decompressed, a workbook gives its sheet as CSV, a file that is
 * not text is refused saying what it is.
 *
 * @param file - The path.
 * @param options - `encoding`, `detect` (Windows-1252 may be detected) and `sheet`.
 * @returns The text (BOM stripped) and the encoding it was read in.
 * @throws CsvFormatError for a file that is not text, invalid text, or an overlong line.
 * @example
 * ```ts
 * const { text } = await readTextFile('data/us/sp500-500-events.csv', {});
 * ```
 */
export async function readTextFile(
  file: string,
  options: ReadTextOptions,
): Promise<Pick<DecodedText, 'text' | 'encoding'>> {
  return textOfBytes(await readFile(file), file, options);
}

/**
 * {@link readTextFile} of bytes already read (the whole file).
 *
 * @param bytes - The file's bytes.
 * @param file - The path, for messages.
 * @param options - As for {@link readTextFile}.
 * @returns The text and its encoding.
 * @throws CsvFormatError as {@link readTextFile}.
 * @example
 * ```ts
 * const { text } = await textOfBytes(await readFile('prices.csv'), 'prices.csv', { detect: true });
 * ```
 */
export async function textOfBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadTextOptions,
): Promise<Pick<DecodedText, 'text' | 'encoding'>> {
  const kind = sniffContent(bytes);
  // A workbook's text is its sheet as CSV (cells are Unicode already, so no decoding).
  if (kind === 'xlsx') return { text: await xlsxSheetAsCsv(bytes, file, options.sheet), encoding: 'utf-8' };
  const refused = contentError(kind === 'parquet' ? 'binary' : kind, file);
  if (refused) throw refused;
  const text = kind === 'gzip' ? gunzipWhole(bytes, file) : bytes;
  const decoded = decodeText(text, { ...options, file });
  checkLineLengths(decoded.text, { file });
  return decoded;
}
