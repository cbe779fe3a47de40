import type { StudyResult } from '../types';

/**
 * A study result as an Excel workbook (`.xlsx`), as bytes: safe in the browser (offer them as a
 * download with `new Blob([bytes])`) and in Node (`eventstudy/node`'s `toXlsx` gives a `Buffer`).
 * One sheet per table: settings, events, estimation, event days, days, CAR windows, groups,
 * exclusions (see `workbookSheets`); numbers are number cells, missing numbers empty cells, and
 * text is stored as text, never as a formula. The writer (write-excel-file) is loaded on the
 * first call, so it adds nothing to the core bundle until it is used.
 *
 * @param result - a study result
 * @returns the bytes of the `.xlsx` file
 *
 * @example
 * ```ts
 * const bytes = await toXlsxBytes(eventStudy(spec));
 * const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
 * ```
 *
 * @category Reports
 */
export async function toXlsxBytes(result: StudyResult): Promise<Uint8Array> {
  // The sheets and their writer load together on the first call, outside the core bundle.
  const { writeWorkbook, workbookSheets } = await import('./write-workbook');
  return writeWorkbook(workbookSheets(result));
}
