/**
 * Excel workbooks (`.xlsx`) as CSV text, for `eventstudy/node`. A sheet becomes the CSV text a
 * "Save As › CSV" of it would give, and then goes through the same `parsePrices`, `parseEvents`
 * and `parseFactors` as every other file: one reader per concept, so a workbook gets the same
 * layouts, header names, checks and errors (line N of an error is row N of the sheet). The
 * workbook reader, read-excel-file, is loaded on first use so that importing `eventstudy/node`
 * does not pay for it.
 */
import { CsvFormatError } from '../errors';

/** A sheet's cell as read-excel-file gives it. */
type Cell = string | number | boolean | Date | null;

/**
 * The CSV text of one sheet of an `.xlsx` workbook: numbers written in full (shortest round
 * trip), dates as `yyyy-MM-dd` (with `THH:mm:ss` when they carry a time), empty cells empty.
 *
 * @param bytes - The workbook file's bytes.
 * @param file - Its path, for errors.
 * @param sheet - A sheet name, or its number from 1 (default: the first sheet).
 * @returns The sheet as comma-separated text, one line per row from row 1.
 * @throws CsvFormatError when the workbook cannot be read or has no such sheet (naming those it has).
 * @example
 * ```ts
 * const text = await xlsxSheetAsCsv(await readFile('prices.xlsx'), 'prices.xlsx');
 * parsePrices(text, { file: 'prices.xlsx' });
 * ```
 */
export async function xlsxSheetAsCsv(
  bytes: Uint8Array,
  file: string,
  sheet?: string | number,
): Promise<string> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as {
      sheet: string;
      data: Cell[][];
    }[];
  } catch (error) {
    throw new CsvFormatError(`not a readable Excel workbook (${(error as Error).message})`, { file });
  }
  const names = sheets.map((one) => one.sheet);
  const chosen =
    sheet === undefined
      ? sheets[0]
      : typeof sheet === 'number'
        ? sheets[sheet - 1]
        : sheets.find((one) => one.sheet === sheet);
  if (chosen === undefined) {
    throw new CsvFormatError(
      `the workbook has no sheet ${typeof sheet === 'number' ? `number ${sheet}` : `'${sheet}'`}: its sheets are ${names.map((name, i) => `${i + 1} '${name}'`).join(', ')}`,
      { file },
    );
  }
  return chosen.data.map((row) => row.map(cellText).join(',')).join('\n');
}

/** One cell as CSV text, quoted when it holds a comma, a quote or a line break. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateText(cell);
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A workbook date (read as UTC by read-excel-file) as ISO text, its time only when it has one. */
function dateText(date: Date): string {
  // An unreadable date stays text, so the parser reports its row rather than a date being guessed.
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
