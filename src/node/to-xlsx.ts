import { toXlsxBytes } from '../report/to-xlsx-bytes';
import type { StudyResult } from '../types';

/**
 * A study result as an Excel workbook (`.xlsx`) in a Node `Buffer`, ready for `writeFile`: the
 * sheets of `toXlsxBytes` (settings, events, estimation, event days, days, CAR windows, groups,
 * exclusions), numbers as number cells, text as text (never a formula).
 *
 * @param result - a study result
 * @returns the file's bytes
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('result.xlsx', await toXlsx(eventStudy(spec)));
 * ```
 *
 * @category Node
 */
export async function toXlsx(result: StudyResult): Promise<Buffer> {
  const bytes = await toXlsxBytes(result);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
