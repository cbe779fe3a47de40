import Papa from 'papaparse';
import type { StudyResult } from '../types';
import { neutraliseFormula } from './neutralise-formula';
import { type ResultCell, type ResultTableName, resultTable } from './result-tables';

/**
 * Which table {@link toCsv} writes (the tables of {@link toRows}).
 *
 * @category Reports
 */
export type CsvTable = ResultTableName;

/**
 * Exports a study result as CSV (written by papaparse, RFC 4180 quoting), formula-safe: text
 * cells that a spreadsheet would evaluate are neutralised (see `neutraliseFormula`). Missing
 * numbers are empty cells. The columns are those of `toRows` for the same table.
 *
 * - `'events'` (default): one row per included event and window day: id, ticker, market, day,
 *   date, return, market return, AR, SAR, CAR, t, p.
 * - `'days'`: one row per relative day: AAR, CAAR, N and every daily test's statistic and p.
 * - `'cars'`: one row per CAR window: CAAR, ABHAR, N and every test's statistic and p.
 * - `'groups'`: one row per group and CAR window: the group, then the `'cars'` columns.
 * - `'overlaps'`: the overlap summary ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)), one row per event with an overlap
 *   (included, or excluded as `overlapping-event`): its requested date, how many other windows
 *   meet its estimation and event windows, the estimation days removed, and the others' ids.
 *   Its rows count the events flagged; `days_removed` sums to the days removed.
 *
 * @param result - a study result
 * @param options - `table` to write
 * @returns CSV text with a header row
 *
 * @example
 * ```ts
 * const csv = toCsv(result, { table: 'days' });
 * // day,aar,caar,n,csect,csect_p,…
 * ```
 *
 * @category Reports
 */
export function toCsv(result: StudyResult, options: { table?: CsvTable } = {}): string {
  const { columns, rows } = resultTable(result, options.table ?? 'events');
  return Papa.unparse(
    [columns.map((column) => column.name), ...rows].map((row) =>
      row.map((cell) => neutraliseFormula(finiteOrEmpty(cell))),
    ),
    { newline: '\n' },
  );
}

function finiteOrEmpty(cell: ResultCell | undefined): ResultCell {
  if (cell === undefined || cell === null) return null;
  return typeof cell === 'number' && !Number.isFinite(cell) ? null : cell;
}
