import { CsvFormatError } from '../errors';

/**
 * What the first bytes of a file say it is. `'text'` is anything that may be CSV; everything
 * else is recognised by its magic bytes (gzip, zip, xlsx, Parquet, PDF), its first characters
 * (an HTML page), its byte-order mark (UTF-16) or NUL bytes (some other binary file).
 *
 * @category Reading
 */
export type ContentKind =
  | 'text'
  | 'gzip'
  | 'zip'
  | 'xlsx'
  | 'parquet'
  | 'pdf'
  | 'html'
  | 'utf16le'
  | 'utf16be'
  | 'binary';

/**
 * How many leading bytes {@link sniffContent} looks at (a zip's first entry name is within them).
 *
 * @category Reading
 */
export const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Whether the ASCII text `s` occurs in `bytes`. */
function contains(bytes: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + s.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < s.length; k++) if (bytes[i + k] !== s.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/**
 * Tell what a file is from its first bytes (up to 4096, `SNIFF_BYTES`), whatever its name says:
 * gzip (`1f 8b`), zip (`PK\x03\x04`; an Excel workbook when it holds `xl/` or
 * `[Content_Types].xml`), Parquet (`PAR1`), PDF (`%PDF`), UTF-16 (a byte-order mark `FF FE` or
 * `FE FF`), an HTML page (`<!doctype html`, `<html` after optional spaces and a UTF-8 BOM), other
 * binary data (a NUL byte), else text.
 *
 * @param bytes - The file's first bytes.
 * @returns What the file is.
 * @example
 * ```ts
 * sniffContent(Uint8Array.of(0x1f, 0x8b, 8, 0)) // 'gzip'
 * sniffContent(new TextEncoder().encode('date,close\n')) // 'text'
 * ```
 *
 * @category Reading
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  const head = bytes.length > SNIFF_BYTES ? bytes.subarray(0, SNIFF_BYTES) : bytes;
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return contains(head, 'xl/') || contains(head, '[Content_Types].xml') ? 'xlsx' : 'zip';
  }
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(head, [0xff, 0xfe])) return 'utf16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf16be';
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  const start = String.fromCharCode(...head.subarray(i, i + 14)).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (head.includes(0)) return 'binary';
  return 'text';
}

const ADVICE: Record<Exclude<ContentKind, 'text' | 'gzip' | 'parquet'>, string> = {
  zip: 'a zip archive, not a CSV file: unzip it and read the CSV file inside',
  xlsx: 'an Excel workbook (.xlsx), not a CSV file: save the sheet as CSV (File › Save As › CSV UTF-8), or read it with loadPrices, loadEvents or loadFactors from eventstudy/node, which read .xlsx',
  pdf: 'a PDF document, not a CSV file: download the data itself as CSV',
  html: 'an HTML page, not a CSV file (a login or error page saved instead of the data?): download the CSV itself',
  utf16le: 'text in UTF-16 (little-endian, as Excel\'s "Unicode text" saves it): save it again as CSV UTF-8',
  utf16be: 'text in UTF-16 (big-endian): save it again as CSV UTF-8',
  binary: 'a binary file (it holds NUL bytes), not a CSV file: export the data as CSV',
};

/**
 * The error for a file that cannot be read as CSV text, saying what it is and what to do, or
 * `undefined` for a kind the readers handle (text, gzip, Parquet).
 *
 * @param kind - What {@link sniffContent} found.
 * @param file - The file's name, for the message.
 * @returns A {@link CsvFormatError} at line 1, column 1, or `undefined`.
 * @example
 * ```ts
 * const error = contentError(sniffContent(bytes), 'prices.csv');
 * if (error) throw error;
 * ```
 *
 * @category Reading
 */
export function contentError(kind: ContentKind, file?: string): CsvFormatError | undefined {
  if (kind === 'text' || kind === 'gzip' || kind === 'parquet') return undefined;
  return new CsvFormatError(`this file is ${ADVICE[kind]}`, { file, line: 1, column: 1 });
}
