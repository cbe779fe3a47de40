import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { WorkbookSheet } from './workbook-sheets';

export { workbookSheets } from './workbook-sheets';

/**
 * Writes sheets as an Office Open XML workbook (`.xlsx`) with write-excel-file's browser-safe
 * build (zipped by fflate): a bold, frozen header row and columns as wide as their content.
 * Numbers are number cells (a non-finite one is left empty); text is always a string cell,
 * never a formula, so a cell such as `=HYPERLINK(…)` from an events file shows as the text it
 * is and runs nothing.
 *
 * Loaded on demand by `toXlsxBytes`, so that the writer stays out of the core bundle.
 *
 * @param sheets - the sheets, in order
 * @returns the bytes of the `.xlsx` file
 *
 * @example
 * ```ts
 * const bytes = await writeWorkbook(workbookSheets(result));
 * ```
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets.map(toSheet)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function toSheet(sheet: WorkbookSheet): Sheet<Blob> {
  const header: Cell[] = sheet.header.map((name) => ({ value: name, type: String, fontWeight: 'bold' }));
  const rows: Cell[][] = sheet.rows.map((row) => row.map(toCell));
  const widths = sheet.header.map((name, c) =>
    Math.min(60, Math.max(8, name.length, ...sheet.rows.slice(0, 200).map((row) => cellWidth(row[c])))),
  );
  return {
    data: [header, ...rows],
    sheet: sheet.name,
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width: width + 2 })),
  };
}

function toCell(value: string | number | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  return { value, type: String };
}

function cellWidth(value: string | number | null | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.min(12, String(value).length) : 0;
  return value?.length ?? 0;
}
