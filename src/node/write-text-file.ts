import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a report to a file, creating its folder if needed: text (table, Markdown, CSV, JSON,
 * SVG) as UTF-8, bytes (an `.xlsx` workbook, a PNG) as they are. Used by the command line; not
 * part of the package's API.
 *
 * @param path - the file to write
 * @param text - its content: a string, or bytes
 *
 * @example
 * ```ts
 * await writeTextFile('out/caar.svg', caarChart(result));
 * ```
 */
export async function writeTextFile(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await (typeof text === 'string' ? writeFile(path, text, 'utf8') : writeFile(path, text));
}
