import { describe, expect, it } from 'vitest';
import { resolveConventions } from '../../src/stats/conventions';
import { crossEventTests } from '../../src/stats/cross-event-tests';
import { estudy2Panel, readCsv } from './estudy2-panel';

const TOLERANCE = 1e-6;

function relErr(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

const { panel, eventDates } = estudy2Panel();
const conventions = resolveConventions('estudy2');
const all = [
  'bw1980',
  'cda',
  'csect',
  'patell',
  'bmp',
  'lamb',
  'sign',
  'generalizedSign',
  'corradoSign',
  'corradoRank',
  'rank',
  'wilcoxon',
];
const result = crossEventTests(panel, conventions, all);

/** estudy2 column → our test name. */
const parametric: [string, string][] = [
  ['bw_1980_stat', 'bw1980'],
  ['bw_1985_stat', 'cda'],
  ['t_test_stat', 'csect'],
  ['pt_stat', 'patell'],
  ['bh_stat', 'bmp'],
  ['lmb_stat', 'lamb'],
];
const nonparametric: [string, string][] = [
  ['sign_stat', 'sign'],
  ['gsign_stat', 'generalizedSign'],
  ['csign_stat', 'corradoSign'],
  ['rank_stat', 'corradoRank'],
  ['mrank_stat', 'rank'],
  ['wlcx_stat', 'wilcoxon'],
];

function checkDaily(file: string, pairs: [string, string][]): void {
  const table = readCsv(file);
  expect(table.rows.map((r) => r[0])).toEqual(eventDates);
  for (const [column, name] of pairs) {
    const c = table.header.indexOf(column);
    expect(c, column).toBeGreaterThan(0);
    const series = result.daily[name]!;
    table.rows.forEach((row, j) => {
      const expected = Number(row[c]);
      expect(relErr(series.statistic[j]!, expected), `${name} ${row[0]}`).toBeLessThanOrEqual(TOLERANCE);
    });
    expect(series.note).toBeUndefined();
  }
}

describe('estudy2 preset reproduces the estudy2 0.10 example', () => {
  it('AAR (the "mean" column)', () => {
    const table = readCsv('expected_parametric_tests.csv');
    const c = table.header.indexOf('mean');
    table.rows.forEach((row, j) => {
      let s = 0;
      for (let i = 0; i < panel.events; i++) s += panel.ar[i * panel.days.length + j]!;
      expect(relErr(s / panel.events, Number(row[c]))).toBeLessThanOrEqual(TOLERANCE);
    });
  });

  it('all 6 parametric daily tests', () => checkDaily('expected_parametric_tests.csv', parametric));
  it('all 6 nonparametric daily tests', () => checkDaily('expected_nonparametric_tests.csv', nonparametric));

  it('the 3 CAR tests (sum-daily with > 90 % coverage; Cowan rank pooled)', () => {
    const par = readCsv('expected_car_parametric_tests.csv');
    const np = readCsv('expected_car_nonparametric_tests.csv');
    const stat = (t: { header: string[]; rows: string[][] }, name: string): number =>
      Number(t.rows.find((r) => r[0] === name)![t.header.indexOf('statistic')]);
    const car = result.cars[0]!;
    expect(relErr(car['lamb']!.statistic, stat(par, 'car_lamb'))).toBeLessThanOrEqual(TOLERANCE);
    expect(relErr(car['cda']!.statistic, stat(par, 'car_brown_warner_1985'))).toBeLessThanOrEqual(TOLERANCE);
    expect(relErr(car['corradoRank']!.statistic, stat(np, 'car_rank_test'))).toBeLessThanOrEqual(TOLERANCE);
  });
});
