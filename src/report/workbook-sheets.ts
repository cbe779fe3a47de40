import type { StudyResult } from '../types';
import { type ResultCell, type ResultTable, resultTable } from './result-tables';
import { RESULT_JSON_VERSION } from './to-json';

/** One sheet of the spreadsheet export: a name, a header row and rows of text or numbers. */
export interface WorkbookSheet {
  name: string;
  header: string[];
  rows: ResultCell[][];
}

/**
 * The sheets that `toXlsx` and `toXlsxBytes` write, as plain data, in this order:
 *
 * - **settings**: one row per setting (model, windows, estimation, conventions, counts);
 * - **events**: one row per included event (its day 0, why, the fitted model's M, and CAR,
 *   SCAR, BHAR, t and p per CAR window, then the events file's extra columns);
 * - **estimation**: one row per included event's fitted model (dates, M, df, α, β, σ, R², and
 *   every factor coefficient);
 * - **event days**: one row per event and window day (the `toRows(result, 'events')` table);
 * - **days**: AAR, CAAR, N and every test per relative day (`toRows(result, 'days')`);
 * - **CAR windows**: CAAR, ABHAR, N and every test per CAR window (`toRows(result, 'cars')`);
 * - **groups**: the CAR windows per group (`toRows(result, 'groups')`; only a header when the
 *   study has no groups);
 * - **overlaps**: one row per event with an overlap (`toRows(result, 'overlaps')`, [methods §11](../../docs/methods.md#11-overlapping-and-confounding-events));
 * - **exclusions**: one row per event that could not be studied, with its code and reason.
 *
 * Numbers stay numbers (a missing one is an empty cell); text stays text.
 *
 * @param result - a study result
 * @returns the sheets
 *
 * @example
 * ```ts
 * workbookSheets(result).map((sheet) => sheet.name);
 * // ['settings', 'events', 'estimation', 'event days', 'days', 'CAR windows', 'groups', 'overlaps', 'exclusions']
 * ```
 */
export function workbookSheets(result: StudyResult): WorkbookSheet[] {
  return [
    settingsSheet(result),
    eventsSheet(result),
    estimationSheet(result),
    fromTable('event days', resultTable(result, 'events')),
    fromTable('days', resultTable(result, 'days')),
    fromTable('CAR windows', resultTable(result, 'cars')),
    fromTable('groups', resultTable(result, 'groups')),
    fromTable('overlaps', resultTable(result, 'overlaps')),
    exclusionsSheet(result),
  ];
}

function fromTable(name: string, table: ResultTable): WorkbookSheet {
  return { name, header: table.columns.map((column) => column.name), rows: table.rows };
}

function settingsSheet(result: StudyResult): WorkbookSheet {
  const { settings } = result;
  const rows: ResultCell[][] = [
    ['format', 'eventstudy-result'],
    ['format version', RESULT_JSON_VERSION],
    ['events included', result.events.length],
    ['events excluded', result.excluded.length],
    ['model', settings.model],
    ['returns', settings.returns],
    ['measure', settings.measure],
    ['event window start', settings.window[0]],
    ['event window end', settings.window[1]],
    ['estimation end', settings.estimation.end],
    ['estimation length', settings.estimation.length],
    ['estimation minimum observations', settings.estimation.minObservations],
    ['CAR windows', result.cars.map((car) => `[${car.window.join(',')}]`).join(' ')],
    ['non-trading day', settings.nonTradingDay],
    ['thin trading', settings.thinTrading],
    ['overlaps', result.overlaps.policy],
    ['overlaps: events flagged', result.overlaps.flagged],
    ['overlaps: estimation days removed', result.overlaps.daysRemoved],
    ['overlaps: events excluded', result.overlaps.excluded],
    ['market', settings.market ?? null],
    ...Object.entries(settings.benchmarks ?? {}).map(([key, ticker]): ResultCell[] => [
      `benchmark ${key}`,
      ticker,
    ]),
    ['tests', Object.keys(result.tests).join(' ')],
    ...Object.entries(result.conventions).map(([key, value]): ResultCell[] => [
      `conventions.${key}`,
      typeof value === 'number' ? value : String(value),
    ]),
  ];
  return { name: 'settings', header: ['setting', 'value'], rows };
}

function eventsSheet(result: StudyResult): WorkbookSheet {
  const windows = result.cars.map((car) => `[${car.window.join(',')}]`);
  const extras = [...new Set(result.events.flatMap((event) => Object.keys(event.event.extra ?? {})))];
  const header = [
    'index',
    'id',
    'ticker',
    'market',
    'group',
    'date',
    'day0',
    'shift',
    'reason',
    ...windows.flatMap((w) => [`car${w}`, `scar${w}`, `bhar${w}`, `t${w}`, `p${w}`]),
    ...extras,
  ];
  const rows = result.events.map((event): ResultCell[] => [
    event.index,
    event.id,
    event.ticker,
    event.market ?? null,
    event.event.group ?? null,
    event.event.date,
    event.day0,
    event.shift,
    event.reason,
    ...result.cars.flatMap((summary) => {
      const car = event.cars.find(
        (c) => c.window[0] === summary.window[0] && c.window[1] === summary.window[1],
      );
      return car ? [car.car, car.scar, car.bhar, car.t, car.pValue] : [null, null, null, null, null];
    }),
    ...extras.map((key) => event.event.extra?.[key] ?? null),
  ]);
  return { name: 'events', header, rows };
}

function estimationSheet(result: StudyResult): WorkbookSheet {
  const factors = [
    ...new Set(
      result.events.flatMap((event) =>
        Object.keys(event.model.coefficients ?? {}).filter((k) => k !== 'alpha'),
      ),
    ),
  ];
  const header = [
    'id',
    'ticker',
    'model',
    'start',
    'end',
    'M',
    'df',
    'alpha',
    'beta',
    'sigma',
    'r2',
    ...factors,
  ];
  const rows = result.events.map((event): ResultCell[] => [
    event.id,
    event.ticker,
    event.model.name,
    event.estimation.start,
    event.estimation.end,
    event.model.n,
    event.model.df,
    event.model.alpha ?? null,
    event.model.beta ?? null,
    event.model.sigma,
    event.model.r2 ?? null,
    ...factors.map((name) => event.model.coefficients?.[name] ?? null),
  ]);
  return { name: 'estimation', header, rows };
}

function exclusionsSheet(result: StudyResult): WorkbookSheet {
  return {
    name: 'exclusions',
    header: ['index', 'id', 'ticker', 'date', 'code', 'reason'],
    rows: result.excluded.map((exclusion): ResultCell[] => [
      exclusion.index,
      exclusion.event.id ?? null,
      exclusion.ticker,
      exclusion.event.date,
      exclusion.code,
      exclusion.reason,
    ]),
  };
}
