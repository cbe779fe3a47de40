import type { StudyResult } from '../types';
import { type ReportOptions, reportLegend, summaryTables } from './summary-tables';
import { textTable } from './text-table';

/**
 * Renders a study result as console text: the study's settings, per-event results and model
 * fits, the daily cross-section with every test and its significance marks, the CAR windows
 * with statistics and p-values, the exclusions, and a legend that names every test.
 *
 * @param result - a study result
 * @param options - `pAdjust`: add the daily p-values adjusted across the window's days
 * @returns plain text with aligned columns
 *
 * @example
 * ```ts
 * console.log(formatTable(eventStudy(spec)));
 * ```
 *
 * @category Reports
 */
export function formatTable(result: StudyResult, options: ReportOptions = {}): string {
  const blocks = summaryTables(result, options).map(
    (table) => `${table.title}\n\n${textTable(table.header, table.rows, table.align)}`,
  );
  return `${blocks.join('\n\n')}\n\n${reportLegend(result).join('\n')}\n`;
}
