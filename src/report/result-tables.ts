import type { CarSummary, EventOverlap, StudyResult, TestName } from '../types';

/**
 * The tables of a study result that export as rows: `toCsv`, `toRows` and `toXlsx` share them.
 *
 * @category Reports
 */
export type ResultTableName = 'events' | 'days' | 'cars' | 'groups' | 'overlaps';

/** A cell before it is written: text, a number (possibly `NaN`), or nothing. */
export type ResultCell = string | number | null;

/** A column of a result table: its name and whether it holds text or numbers. */
export interface ResultColumn {
  name: string;
  kind: 'text' | 'number';
}

/** One result table: its columns and its rows of cells, in column order. */
export interface ResultTable {
  columns: ResultColumn[];
  rows: ResultCell[][];
}

/**
 * The rows behind `toCsv`, `toRows` and the spreadsheet's row sheets, so the three always have
 * the same columns in the same order:
 *
 * - `'events'`: one row per included event and window day: id, ticker, market, day, date,
 *   return, market return, AR, SAR, CAR, t, p.
 * - `'days'`: one row per relative day: AAR, CAAR, N and every daily test's statistic and p.
 * - `'cars'`: one row per CAR window: CAAR, ABHAR, N, every test's statistic and p, then the
 *   distribution of the events' CARs (`car_mean`, `car_median`, `car_sd`, `car_skewness`,
 *   `car_kurtosis`, `car_min`, `car_max`, `car_q1`, `car_q3`, `car_positive`).
 * - `'groups'`: one row per group (`EventSpec.group`) and CAR window, the `'cars'` columns
 *   after a `group` column; no rows when the study has no groups.
 * - `'overlaps'`: one row per event with an overlap ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)), included or excluded as
 *   `overlapping-event`: index, id, ticker, requested date, status, policy, the numbers of
 *   estimation and event-window overlaps, the estimation days removed, and the others' ids
 *   (`;`-separated). Its rows count the events flagged; `days_removed` sums to the days removed.
 *
 * @param result - a study result
 * @param table - which table
 * @returns the columns and the rows (missing values are `null`)
 *
 * @example
 * ```ts
 * resultTable(result, 'days').columns.map((c) => c.name); // ['day', 'aar', 'caar', 'n', 'csect', 'csect_p', …]
 * ```
 */
export function resultTable(result: StudyResult, table: ResultTableName): ResultTable {
  switch (table) {
    case 'days':
      return dayTable(result);
    case 'cars':
      return carTable(result.cars);
    case 'groups':
      return groupTable(result);
    case 'overlaps':
      return overlapTable(result);
    default:
      return eventTable(result);
  }
}

const text = (name: string): ResultColumn => ({ name, kind: 'text' });
const number = (name: string): ResultColumn => ({ name, kind: 'number' });

function eventTable(result: StudyResult): ResultTable {
  const columns = [
    text('id'),
    text('ticker'),
    text('market'),
    number('day'),
    text('date'),
    ...['return', 'market_return', 'ar', 'sar', 'car', 't', 'p'].map(number),
  ];
  const rows: ResultCell[][] = [];
  for (const event of result.events) {
    result.days.forEach((day, j) => {
      rows.push([
        event.id,
        event.ticker,
        event.market ?? null,
        day,
        event.dates[j] ?? null,
        event.returns[j] ?? null,
        event.marketReturns?.[j] ?? null,
        event.ar[j] ?? null,
        event.sar[j] ?? null,
        event.car[j] ?? null,
        event.t[j] ?? null,
        event.pValue[j] ?? null,
      ]);
    });
  }
  return { columns, rows };
}

function dayTable(result: StudyResult): ResultTable {
  const names = Object.keys(result.tests) as TestName[];
  const columns = ['day', 'aar', 'caar', 'n', ...names.flatMap((name) => [name, `${name}_p`])].map(number);
  const rows = result.days.map((day, j) => [
    day,
    result.aar[j] ?? null,
    result.caar[j] ?? null,
    result.n[j] ?? null,
    ...names.flatMap((name) => [
      result.tests[name]!.statistic[j] ?? null,
      result.tests[name]!.pValue[j] ?? null,
    ]),
  ]);
  return { columns, rows };
}

/** The distribution of the events' CARs per window (`CarSummary.summary`), as `car_mean` … columns. */
const SUMMARY_FIELDS = [
  'mean',
  'median',
  'sd',
  'skewness',
  'kurtosis',
  'min',
  'max',
  'q1',
  'q3',
  'positive',
] as const;

function carTable(cars: readonly CarSummary[]): ResultTable {
  const names = [...new Set(cars.flatMap((car) => Object.keys(car.tests) as TestName[]))];
  const columns = [
    'window_start',
    'window_end',
    'caar',
    'abhar',
    'n',
    ...names.flatMap((name) => [name, `${name}_p`]),
    ...SUMMARY_FIELDS.map((field) => `car_${field}`),
  ].map(number);
  const rows = cars.map((car) => [
    car.window[0],
    car.window[1],
    car.caar,
    car.abhar,
    car.n,
    ...names.flatMap((name) => [car.tests[name]?.statistic ?? null, car.tests[name]?.pValue ?? null]),
    ...SUMMARY_FIELDS.map((field) => car.summary?.[field] ?? null),
  ]);
  return { columns, rows };
}

function groupTable(result: StudyResult): ResultTable {
  const groups = result.groups ?? [];
  const cars = carTable(groups.flatMap((group) => group.cars));
  const rows: ResultCell[][] = [];
  let k = 0;
  for (const group of groups) {
    for (let c = 0; c < group.cars.length; c++) rows.push([group.group, ...cars.rows[k++]!]);
  }
  return { columns: [text('group'), ...cars.columns], rows };
}

function overlapTable(result: StudyResult): ResultTable {
  const columns = [
    number('index'),
    text('id'),
    text('ticker'),
    text('date'),
    text('status'),
    text('policy'),
    number('estimation_overlaps'),
    number('event_window_overlaps'),
    number('days_removed'),
    text('others'),
  ];
  const policy = result.overlaps.policy;
  const row = (
    base: [number, string, string, string, string],
    overlaps: readonly EventOverlap[],
    removed: number | null,
  ): ResultCell[] => {
    const estimation = overlaps.filter((overlap) => overlap.where === 'estimation').length;
    const ids = new Set(
      overlaps.map((overlap) => `${overlap.source === 'confounder' ? 'confounder ' : ''}${overlap.id}`),
    );
    return [...base, policy, estimation, overlaps.length - estimation, removed, [...ids].join(';')];
  };
  const rows: ResultCell[][] = [];
  for (const event of result.events) {
    if (event.overlaps.length === 0) continue;
    const removed = event.estimation.removed ?? (policy === 'flag' ? null : 0);
    rows.push(
      row([event.index, event.id, event.ticker, event.event.date, 'included'], event.overlaps, removed),
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
  return { columns, rows };
}
