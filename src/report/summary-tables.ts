import type { PAdjustMethod } from '../stats/adjust-p-values';
import { defaultConventions, estudy2Conventions } from '../stats/conventions';
import type { Conventions, StudyResult, TestName } from '../types';
import { formatPercent, formatStatistic, significanceStars } from './format-number';
import { overlapLine, overlapTable } from './overlap-table';
import { secondStageTables, statisticWithP } from './second-stage-tables';
import { describeTest } from './test-glossary';
import type { Align } from './text-table';

/**
 * Options of the text and Markdown reports.
 *
 * @category Reports
 */
export interface ReportOptions {
  /** Also show the daily p-values adjusted for multiple testing across the event window's days. */
  pAdjust?: PAdjustMethod;
}

/**
 * One table of a report: a title, a header, text cells and (optionally) column alignment.
 *
 * @category Reports
 */
export interface ReportTable {
  title: string;
  header: string[];
  rows: string[][];
  /** Per-column alignment; default: first column left, the rest right. */
  align?: Align[];
}

/**
 * The significance legend printed under every report.
 *
 * @example
 * ```ts
 * console.log(LEGEND); // 'Significance (two-sided): *** p < 0.01, …'
 * ```
 *
 * @category Reports
 */
export const LEGEND = 'Significance (two-sided): *** p < 0.01, ** p < 0.05, * p < 0.10. Returns in percent.';

/**
 * The tables every report shows, as text cells: the study's settings, per-event results, the
 * fitted models, the daily cross-section (AAR, CAAR and each test with its significance marks),
 * the CAR windows (CAAR, ABHAR and every test's statistic with its p-value), the overlapping
 * events ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)), and the exclusions. `formatTable` and `toMarkdown` render them for a console and for Markdown.
 *
 * @param result - a study result
 * @param options - `pAdjust`: also show the daily p-values adjusted across the window's days
 * @returns the tables, in reading order
 *
 * @example
 * ```ts
 * summaryTables(result).map((table) => table.title); // ['Study', 'Events (3 included, 0 excluded)', …]
 * ```
 *
 * @category Reports
 */
export function summaryTables(result: StudyResult, options: ReportOptions = {}): ReportTable[] {
  const zero = result.days.indexOf(0);
  const carWindows = result.cars.map((car) => `[${car.window.join(',')}]`);
  const tests = Object.keys(result.tests) as TestName[];
  const carTests = [...new Set(result.cars.flatMap((car) => Object.keys(car.tests) as TestName[]))];
  const tables: ReportTable[] = [
    studyTable(result),
    {
      title: `Events (${result.events.length} included, ${result.excluded.length} excluded)`,
      header: [
        'id',
        'ticker',
        'market',
        'day 0',
        'return',
        'AR',
        't',
        ...carWindows.flatMap((w) => [`CAR${w}`, 't']),
      ],
      rows: result.events.map((event) => [
        event.id,
        event.ticker,
        event.market ?? '',
        event.shift !== 0 ? `${event.day0} (+${event.shift}d)` : event.day0,
        zero >= 0 ? formatPercent(event.returns[zero]!) : '',
        zero >= 0 ? formatPercent(event.ar[zero]!) + significanceStars(event.pValue[zero]!) : '',
        zero >= 0 ? formatStatistic(event.t[zero]!) : '',
        ...event.cars.flatMap((car) => [
          formatPercent(car.car) + significanceStars(car.pValue),
          formatStatistic(car.t),
        ]),
      ]),
      align: ['left', 'left', 'left', 'left'],
    },
    {
      title: 'Estimation (model fitted per event; M usable days, σ residual sd)',
      header: ['id', 'ticker', 'model', 'from', 'to', 'M', 'α', 'β', 'σ', 'R²'],
      rows: result.events.map((event) => [
        event.id,
        event.ticker,
        event.model.name,
        event.estimation.start,
        event.estimation.end,
        String(event.model.n),
        event.model.alpha === undefined ? '' : formatPercent(event.model.alpha, 3),
        event.model.beta === undefined ? '' : formatStatistic(event.model.beta),
        formatPercent(event.model.sigma).replace(/^\+/, ''),
        event.model.r2 === undefined ? '' : formatStatistic(event.model.r2),
      ]),
      align: ['left', 'left', 'left', 'left', 'left'],
    },
    {
      title: 'Across events, by day (test statistics with significance marks)',
      header: ['day', 'N', 'AAR', 'CAAR', ...tests],
      rows: result.days.map((day, j) => [
        String(day),
        String(result.n[j]),
        formatPercent(result.aar[j]!),
        formatPercent(result.caar[j]!),
        ...tests.map((name) => withStars(result.tests[name]!.statistic[j]!, result.tests[name]!.pValue[j]!)),
      ]),
      align: ['right'],
    },
    {
      title: 'CAR windows (test statistic and p-value)',
      header: ['', ...carWindows],
      rows: [
        ['N', ...result.cars.map((car) => String(car.n))],
        ['CAAR', ...result.cars.map((car) => formatPercent(car.caar))],
        ['ABHAR', ...result.cars.map((car) => formatPercent(car.abhar))],
        ...carTests.map((name) => [name, ...result.cars.map((car) => statisticWithP(car.tests[name]))]),
      ],
    },
  ];
  // Without an included event the per-event and cross-event tables would be empty.
  if (result.events.length === 0) tables.splice(1);
  tables.push(...secondStageTables(result, options.pAdjust));
  const overlaps = overlapTable(result);
  if (overlaps) tables.push(overlaps);
  if (result.excluded.length > 0) {
    tables.push({
      title: 'Excluded events',
      header: ['#', 'ticker', 'date', 'code', 'reason'],
      rows: result.excluded.map((exclusion) => [
        String(exclusion.index),
        exclusion.event.ticker,
        exclusion.event.date,
        exclusion.code,
        exclusion.reason,
      ]),
      align: ['right', 'left', 'left', 'left', 'left'],
    });
  }
  return tables;
}

/**
 * The lines under a report: the significance legend, what each test in the result is, and the
 * tests' notes (why a value is missing).
 *
 * @param result - a study result
 * @returns the legend lines
 *
 * @example
 * ```ts
 * reportLegend(result)[0]; // 'Significance (two-sided): *** p < 0.01, …'
 * ```
 *
 * @category Reports
 */
export function reportLegend(result: StudyResult): string[] {
  if (result.events.length === 0) return [LEGEND];
  const names = [
    ...new Set([
      ...Object.keys(result.tests),
      ...result.cars.flatMap((car) => Object.keys(car.tests)),
    ] as TestName[]),
  ];
  const lines = [LEGEND, 'Tests:', ...names.map((name) => `  ${name}: ${describeTest(name)}`)];
  const notes: string[] = [];
  for (const name of names) {
    const daily = result.tests[name]?.note;
    if (daily) notes.push(`  ${name}, daily: ${compactDayNote(daily, result.days)}`);
    const byNote = new Map<string, string[]>();
    for (const car of result.cars) {
      const note = car.tests[name]?.note;
      if (note) byNote.set(note, [...(byNote.get(note) ?? []), `[${car.window.join(',')}]`]);
    }
    for (const [note, windows] of byNote) notes.push(`  ${name}, CAR ${windows.join(' ')}: ${note}`);
  }
  for (const comparison of result.groupComparison ?? []) {
    for (const [name, test] of Object.entries(comparison.tests))
      if (test?.note) notes.push(`  ${name}, groups, CAR [${comparison.window.join(',')}]: ${test.note}`);
  }
  if (notes.length > 0) lines.push('Notes:', ...notes);
  return lines;
}

/** `day -5: x; day -4: x; day 0: y` → `x (days -5, -4); y (day 0)`; `x (every day)` when it applies to all. */
function compactDayNote(note: string, days: readonly number[]): string {
  const parts = note.split('; ');
  const byReason = new Map<string, string[]>();
  for (const part of parts) {
    const match = /^day (-?\d+): (.*)$/.exec(part);
    if (!match) return note;
    byReason.set(match[2]!, [...(byReason.get(match[2]!) ?? []), match[1]!]);
  }
  return [...byReason]
    .map(([reason, on]) =>
      on.length === days.length
        ? `${reason} (every day)`
        : `${reason} (day${on.length === 1 ? '' : 's'} ${on.join(', ')})`,
    )
    .join('; ');
}

function studyTable(result: StudyResult): ReportTable {
  const { settings } = result;
  const total = result.events.length + result.excluded.length;
  const rows: string[][] = [
    ['events', `${total} (${result.events.length} included, ${result.excluded.length} excluded)`],
    ['model', settings.model],
    ['returns', settings.returns],
    ['event window', `[${settings.window.join(', ')}] trading days`],
    [
      'estimation window',
      `${settings.estimation.length} trading days ending at day ${settings.estimation.end} (at least ${settings.estimation.minObservations} usable)`,
    ],
    ['CAR windows', result.cars.map((car) => `[${car.window.join(', ')}]`).join(', ')],
    [
      'non-trading day',
      settings.nonTradingDay === 'skip'
        ? 'event skipped'
        : `event moved to the ${settings.nonTradingDay} trading day`,
    ],
    ['overlaps', overlapLine(result)],
    ['conventions', conventionsName(result.conventions)],
  ];
  if (settings.market !== undefined) rows.splice(2, 0, ['default market', settings.market]);
  if (settings.measure === 'volume') rows.splice(2, 0, ['measure', 'abnormal log(1 + volume)']);
  return { title: 'Study', header: ['setting', 'value'], rows, align: ['left', 'left'] };
}

function conventionsName(conventions: Conventions): string {
  const same = (preset: Conventions) =>
    (Object.keys(preset) as (keyof Conventions)[]).every((key) => preset[key] === conventions[key]);
  if (same(defaultConventions)) return 'default';
  if (same(estudy2Conventions)) return 'estudy2 (R package estudy2 0.10)';
  return 'custom (see the JSON output)';
}

function withStars(statistic: number, pValue: number): string {
  if (!Number.isFinite(statistic)) return '–';
  return formatStatistic(statistic) + significanceStars(pValue);
}
