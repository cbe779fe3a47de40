import type { StudyResult } from '../types';
import { type ResultTableName, resultTable } from './result-tables';

/**
 * One tidy row of {@link toRows}: column name → text or number.
 *
 * @category Reports
 */
export type ResultRow = Record<string, string | number>;

/**
 * A study result as tidy rows (one plain object per row), the shape Observable Plot, Arquero,
 * DuckDB and pandas' `DataFrame.from_records` take. The columns are those of `toCsv` for the
 * same table, in the same order; numbers stay numbers. A missing number (a test that could not
 * be computed, a market return where there is no benchmark) is `NaN`, which Plot skips and
 * `JSON.stringify` writes as `null`; missing text (an event without a market) is `''`. Every
 * row has every column.
 *
 * - `'events'`: one row per included event and window day (id, ticker, market, day, date,
 *   return, market_return, ar, sar, car, t, p).
 * - `'days'`: one row per relative day (day, aar, caar, n, then `test` and `test_p` per test).
 * - `'cars'`: one row per CAR window (window_start, window_end, caar, abhar, n, then the tests).
 * - `'groups'`: one row per group and CAR window (group, then the `'cars'` columns).
 * - `'overlaps'`: one row per event with an overlap ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)): status, counts, days removed.
 *
 * @param result - a study result
 * @param table - which table
 * @returns the rows
 *
 * @example
 * ```ts
 * const rows = toRows(result, 'days');
 * rows.find((row) => row.day === 0)?.caar; // a number
 * Plot.lineY(rows, { x: 'day', y: 'caar' }).plot();
 * ```
 *
 * @category Reports
 */
export function toRows(result: StudyResult, table: ResultTableName): ResultRow[] {
  const { columns, rows } = resultTable(result, table);
  return rows.map((cells) => {
    const row: ResultRow = {};
    columns.forEach((column, c) => {
      const cell = cells[c] ?? null;
      row[column.name] = cell ?? (column.kind === 'text' ? '' : Number.NaN);
    });
    return row;
  });
}
