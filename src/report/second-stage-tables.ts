import { adjustPValues, type PAdjustMethod } from '../stats/adjust-p-values';
import type { CarSummary, GroupTestName, StudyResult, TestName, TestValue } from '../types';
import { formatPercent, formatPValue, formatStatistic } from './format-number';
import type { ReportTable } from './summary-tables';

const windowLabel = (car: { window: [number, number] }) => `[${car.window.join(',')}]`;

/**
 * A test's cell in a report: `statistic (p-value marks)`, or `–` where it could not be computed.
 *
 * @param test - The test value, if the table has one here.
 * @returns The cell text.
 *
 * @example
 * ```ts
 * statisticWithP({ statistic: 2.5, pValue: 0.012 }) // '2.50 (0.012 **)'
 * ```
 */
export function statisticWithP(test: TestValue | undefined): string {
  if (!test || !Number.isFinite(test.statistic)) return '–';
  return `${formatStatistic(test.statistic)} (${formatPValue(test.pValue)})`;
}

/**
 * The tables of the second stage that every report shows after the CAR windows ([methods
 * §8–10](../../docs/methods.md#8-subgroups-and-their-comparison)): the distribution of the CARs per window, each group's N, CAAR and tests per CAR
 * window, the comparison of the groups, and (when asked) the daily p-values adjusted for
 * multiple testing across the days of the event window.
 *
 * @param result - A study result.
 * @param pAdjust - Adjust the daily p-values with this method (`adjustPValues`), or leave them.
 * @returns The tables, in reading order (none for a study without events).
 *
 * @example
 * ```ts
 * secondStageTables(result, 'holm').map((t) => t.title);
 * // ['CAR distribution (…)', 'Groups: …', 'Groups compared …', 'Daily p-values adjusted …']
 * ```
 *
 * @category Reports
 */
export function secondStageTables(result: StudyResult, pAdjust?: PAdjustMethod): ReportTable[] {
  if (result.events.length === 0) return [];
  const tables: ReportTable[] = [distributionTable(result.cars)];
  if (result.groups && result.groups.length > 0) {
    const tests = [
      ...new Set(result.groups.flatMap((g) => g.cars.flatMap((car) => Object.keys(car.tests) as TestName[]))),
    ];
    tables.push({
      title: 'Groups: N, CAAR and tests per CAR window (test statistic and p-value)',
      header: ['group', '', ...result.cars.map(windowLabel)],
      rows: result.groups.flatMap((group) => [
        [group.group, 'N', ...group.cars.map((car) => String(car.n))],
        ['', 'CAAR', ...group.cars.map((car) => formatPercent(car.caar))],
        ...tests.map((name) => ['', name, ...group.cars.map((car) => statisticWithP(car.tests[name]))]),
      ]),
      align: ['left', 'left'],
    });
  }
  const comparison = result.groupComparison;
  if (comparison && comparison.length > 0) {
    const tests = [...new Set(comparison.flatMap((c) => Object.keys(c.tests) as GroupTestName[]))];
    tables.push({
      title: `Groups compared on their CARs (${comparison[0]!.groups.join(' vs ')})`,
      header: ['', ...comparison.map(windowLabel)],
      rows: tests.map((name) => [name, ...comparison.map((c) => statisticWithP(c.tests[name]))]),
    });
  }
  if (pAdjust) tables.push(adjustedDays(result, pAdjust));
  return tables;
}

function distributionTable(cars: readonly CarSummary[]): ReportTable {
  const row = (label: string, pick: (car: CarSummary) => string) => [label, ...cars.map(pick)];
  const percent = (key: 'mean' | 'median' | 'sd' | 'min' | 'q1' | 'q3' | 'max') => (car: CarSummary) =>
    formatPercent(car.summary[key]);
  return {
    title: 'CAR distribution per window (sd with N − 1; skewness G1, excess kurtosis G2)',
    header: ['', ...cars.map(windowLabel)],
    rows: [
      row('mean', percent('mean')),
      row('median', percent('median')),
      row('sd', (car) => formatPercent(car.summary.sd).replace(/^\+/, '')),
      row('skewness', (car) => formatStatistic(car.summary.skewness)),
      row('kurtosis', (car) => formatStatistic(car.summary.kurtosis)),
      row('min', percent('min')),
      row('q1', percent('q1')),
      row('q3', percent('q3')),
      row('max', percent('max')),
      row('share > 0', (car) =>
        Number.isFinite(car.summary.positive) ? `${(car.summary.positive * 100).toFixed(1)} %` : '–',
      ),
    ],
  };
}

function adjustedDays(result: StudyResult, method: PAdjustMethod): ReportTable {
  const names = Object.keys(result.tests) as TestName[];
  const adjusted = names.map((name) => adjustPValues(result.tests[name]!.pValue, method));
  return {
    title: `Daily p-values adjusted across the ${result.days.length} days of the event window (${method}, as R's p.adjust)`,
    header: ['day', ...names],
    rows: result.days.map((day, j) => [String(day), ...adjusted.map((p) => formatPValue(p[j]!))]),
    align: ['right'],
  };
}
