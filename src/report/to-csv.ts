import Papa from 'papaparse';
import type { EventOverlap, StudyResult } from '../types';
import { neutraliseFormula } from './neutralise-formula';

/** Which table {@link toCsv} writes. */
export type CsvTable = 'events' | 'days' | 'cars' | 'overlaps';

/**
 * Exports a study result as CSV (written by papaparse, RFC 4180 quoting), formula-safe: text
 * cells that a spreadsheet would evaluate are neutralised (see `neutraliseFormula`). Missing
 * numbers are empty cells.
 *
 * - `'events'` (default): one row per included event and window day: id, ticker, market, day,
 *   date, return, market return, AR, SAR, CAR, t, p.
 * - `'days'`: one row per relative day: AAR, CAAR, N and every daily test's statistic and p.
 * - `'cars'`: one row per CAR window: CAAR, ABHAR, N and every test's statistic and p.
 * - `'overlaps'`: the overlap summary (METHODS.md §11), one row per event with an overlap
 *   (included, or excluded as `overlapping-event`), with its requested date: how many other windows meet its estimation
 *   and event windows, the estimation days removed, and the other events' ids (`;`-separated).
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
 */
export function toCsv(result: StudyResult, options: { table?: CsvTable } = {}): string {
  const table = options.table ?? 'events';
  const rows =
    table === 'days'
      ? dayRows(result)
      : table === 'cars'
        ? carRows(result)
        : table === 'overlaps'
          ? overlapRows(result)
          : eventRows(result);
  return Papa.unparse(
    rows.map((row) => row.map((cell) => neutraliseFormula(finiteOrEmpty(cell)))),
    { newline: '\n' },
  );
}

type Cell = string | number | null;

function finiteOrEmpty(cell: Cell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  return typeof cell === 'number' && !Number.isFinite(cell) ? null : cell;
}

function eventRows(result: StudyResult): Cell[][] {
  const rows: Cell[][] = [
    ['id', 'ticker', 'market', 'day', 'date', 'return', 'market_return', 'ar', 'sar', 'car', 't', 'p'],
  ];
  for (const event of result.events) {
    result.days.forEach((day, j) => {
      rows.push([
        event.id,
        event.ticker,
        event.market ?? null,
        day,
        event.dates[j]!,
        event.returns[j]!,
        event.marketReturns?.[j] ?? null,
        event.ar[j]!,
        event.sar[j]!,
        event.car[j]!,
        event.t[j]!,
        event.pValue[j]!,
      ]);
    });
  }
  return rows;
}

function dayRows(result: StudyResult): Cell[][] {
  const names = Object.keys(result.tests);
  const rows: Cell[][] = [['day', 'aar', 'caar', 'n', ...names.flatMap((name) => [name, `${name}_p`])]];
  result.days.forEach((day, j) => {
    rows.push([
      day,
      result.aar[j]!,
      result.caar[j]!,
      result.n[j]!,
      ...names.flatMap((name) => [result.tests[name]!.statistic[j]!, result.tests[name]!.pValue[j]!]),
    ]);
  });
  return rows;
}

function carRows(result: StudyResult): Cell[][] {
  const names = [...new Set(result.cars.flatMap((car) => Object.keys(car.tests)))];
  const rows: Cell[][] = [
    ['window_start', 'window_end', 'caar', 'abhar', 'n', ...names.flatMap((name) => [name, `${name}_p`])],
  ];
  for (const car of result.cars) {
    rows.push([
      car.window[0],
      car.window[1],
      car.caar,
      car.abhar,
      car.n,
      ...names.flatMap((name) => [car.tests[name]?.statistic ?? null, car.tests[name]?.pValue ?? null]),
    ]);
  }
  return rows;
}

function overlapRows(result: StudyResult): Cell[][] {
  const rows: Cell[][] = [
    [
      'index',
      'id',
      'ticker',
      'date',
      'status',
      'policy',
      'estimation_overlaps',
      'event_window_overlaps',
      'days_removed',
      'others',
    ],
  ];
  const policy = result.overlaps.policy;
  const row = (
    base: [number, string, string, string, string],
    overlaps: readonly EventOverlap[],
    removed: number | null,
  ): Cell[] => {
    const estimation = overlaps.filter((overlap) => overlap.where === 'estimation').length;
    const ids = [
      ...new Set(
        overlaps.map((overlap) => `${overlap.source === 'confounder' ? 'confounder ' : ''}${overlap.id}`),
      ),
    ];
    return [...base, policy, estimation, overlaps.length - estimation, removed, ids.join(';')];
  };
  for (const event of result.events) {
    if (event.overlaps.length === 0) continue;
    rows.push(
      row(
        [event.index, event.id, event.ticker, event.event.date, 'included'],
        event.overlaps,
        event.estimation.removed ?? (policy === 'flag' ? null : 0),
      ),
    );
  }
  for (const exclusion of result.excluded) {
    if (exclusion.code !== 'overlapping-event' || !exclusion.overlaps) continue;
    const id = exclusion.event.id ?? `${exclusion.event.ticker} ${exclusion.event.date}`;
    rows.push(
      row(
        [exclusion.index, id, exclusion.ticker, exclusion.event.date, 'excluded'],
        exclusion.overlaps,
        null,
      ),
    );
  }
  return rows;
}
