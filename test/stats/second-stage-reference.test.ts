// The second stage (METHODS.md §8–10) against independent computations on real S&P 500 CARs:
// scipy (Welch, Mann–Whitney, ANOVA, Kruskal–Wallis), statsmodels (OLS/WLS with every standard
// error type, the F test) and R's p.adjust, written by test/reference/second_stage_reference.py
// from test/reference/second_stage_input.json (see second_stage_input.mts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adjustPValues, type PAdjustMethod } from '../../src/stats/adjust-p-values';
import { anova } from '../../src/stats/anova';
import { kruskalWallis } from '../../src/stats/kruskal-wallis';
import { mannWhitney } from '../../src/stats/mann-whitney';
import { welch } from '../../src/stats/welch';
import { regressCars } from '../../src/study/regress-cars';
import type { RegressCarsOptions, StudyResult } from '../../src/types';

interface Row {
  ticker: string;
  day0: string;
  sector: string;
  car: number;
  scar: number;
  bhar: number;
  beta: number;
  sigma: number;
}
interface RefRegression {
  names: string[];
  estimate: number[];
  stdError: (number | null)[];
  t: (number | null)[];
  pValue: (number | null)[];
  r2: number;
  adjR2: number;
  f: number | null;
  fPValue: number | null;
  fDf: [number, number];
  df: number;
  clusters?: number[];
}
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), 'utf8'));
const input = read('second_stage_input.json') as {
  groups: Record<string, number[]> & { bySector: number[][] };
  regression: Row[];
  pValues: Record<string, (number | null)[]>;
};
const ref = read('second_stage_reference.json') as {
  comparisons: Record<string, { statistic: number; pValue: number }>;
  regressions: Record<string, RefRegression>;
  pAdjust: Record<string, { p: (number | null)[]; adjusted: Record<string, (number | null)[]> }>;
};

/** Relative agreement to 1e-10 (absolute below 1e-300, where p-values underflow alike). */
function close(actual: number, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBeNaN();
    return;
  }
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale).toBeLessThan(1e-10);
}

describe('group comparisons on the 2016 election CAR[0,1] (scipy)', () => {
  const { financials, utilities, financialsFirst12, utilitiesFirst9, bySector } = input.groups;
  test('Welch t, Financials vs Utilities', () => {
    const value = welch(financials!, utilities!);
    close(value.statistic, ref.comparisons['welch']!.statistic);
    close(value.pValue, ref.comparisons['welch']!.pValue);
  });
  test('Mann–Whitney, normal approximation (67 vs 28 events)', () => {
    const value = mannWhitney(financials!, utilities!);
    close(value.statistic, ref.comparisons['mannWhitney']!.statistic);
    close(value.pValue, ref.comparisons['mannWhitney']!.pValue);
  });
  test('Mann–Whitney, exact (12 vs 9 events, no ties)', () => {
    const value = mannWhitney(financialsFirst12!, utilitiesFirst9!);
    close(value.statistic, ref.comparisons['mannWhitneyExact']!.statistic);
    close(value.pValue, ref.comparisons['mannWhitneyExact']!.pValue);
  });
  test('ANOVA and Kruskal–Wallis across the 11 sectors', () => {
    const f = anova(bySector);
    close(f.statistic, ref.comparisons['anova']!.statistic);
    close(f.pValue, ref.comparisons['anova']!.pValue);
    const h = kruskalWallis(bySector);
    close(h.statistic, ref.comparisons['kruskalWallis']!.statistic);
    close(h.pValue, ref.comparisons['kruskalWallis']!.pValue);
  });
});

/** A study result holding the input rows as its events (what regressCars reads of one). */
function resultOf(rows: Row[]): StudyResult {
  const events = rows.map((row, index) => ({
    index,
    id: `fomc-${row.day0}`,
    ticker: row.ticker,
    day0: row.day0,
    event: { ticker: row.ticker, date: row.day0, group: row.sector, extra: { sector: row.sector } },
    cars: [{ window: [0, 1], car: row.car, scar: row.scar, bhar: row.bhar, t: row.scar, pValue: 0 }],
    model: { name: 'market', beta: row.beta, sigma: row.sigma, n: 250, df: 248 },
  }));
  return {
    events,
    cars: [{ window: [0, 1] }],
    settings: { model: 'market' },
  } as unknown as StudyResult;
}

describe('regressCars on the 2015–2017 rate rises, CAR[0,1] ~ sector dummies + beta (statsmodels)', () => {
  const result = resultOf(input.regression);
  const cases: [string, Partial<RegressCarsOptions>][] = [
    ['classical', { se: 'classical' }],
    ['hc0', { se: 'hc0' }],
    ['hc1', { se: 'hc1' }],
    ['hc2', { se: 'hc2' }],
    ['hc3', { se: 'hc3' }],
    ['clusterTicker', { cluster: 'ticker' }],
    ['clusterDate', { cluster: 'day0' }],
    ['clusterTwoWay', { cluster: ['ticker', 'day0'] }],
    ['wlsClassical', { se: 'classical', weights: 'inverse-variance' }],
    ['wlsHc3', { se: 'hc3', weights: 'inverse-variance' }],
    ['wlsClusterTwoWay', { cluster: ['ticker', 'day0'], weights: 'inverse-variance' }],
  ];
  const small: [string, Partial<RegressCarsOptions>][] = [
    ['smallClusterDate', { cluster: 'day0' }],
    ['smallClusterTwoWay', { cluster: ['ticker', 'day0'] }],
    ['smallWlsClusterTwoWay', { cluster: ['ticker', 'day0'], weights: 'inverse-variance' }],
  ];
  const all = [
    ...cases.map(([name, options]) => [name, { regressors: ['sector', 'beta'], ...options }] as const),
    ...small.map(([name, options]) => [name, { regressors: ['beta', 'sigma'], ...options }] as const),
  ];
  test('the Wald F is compared on two-way and date clusters too', () => {
    const compared = ['smallClusterDate', 'smallClusterTwoWay', 'smallWlsClusterTwoWay'];
    for (const [name, options] of all.filter(([name]) => compared.includes(name))) {
      expect(ref.regressions[name]!.f).not.toBeNull();
      const regression = regressCars(result, { window: [0, 1], ...options });
      expect(regression.note).toBeUndefined();
      close(regression.f, ref.regressions[name]!.f);
    }
  });
  test.each(all)('%s', (name, options) => {
    const expected = ref.regressions[name]!;
    const regression = regressCars(result, { window: [0, 1], ...options });
    expect(regression.coefficients.map((c) => c.name)).toEqual(expected.names);
    expect(regression.n).toBe(input.regression.length);
    expect(regression.df).toBe(expected.df);
    if (expected.clusters) expect(regression.clusters).toEqual(expected.clusters);
    regression.coefficients.forEach((c, j) => {
      close(c.estimate, expected.estimate[j]!);
      close(c.se, expected.stdError[j]!);
      close(c.t, expected.t[j]!);
      close(c.pValue, expected.pValue[j]!);
    });
    close(regression.r2, expected.r2);
    close(regression.adjR2, expected.adjR2);
    // statsmodels' F uses a pseudo-inverse where the covariance is singular or indefinite;
    // ours is NaN with a note there (as Stata's "F = ."), and must agree everywhere else.
    if (expected.fDf[0] === regression.fDf[0] && regression.note === undefined) {
      close(regression.f, expected.f);
      close(regression.fPValue, expected.fPValue);
      expect(regression.fDf).toEqual(expected.fDf);
    } else {
      expect(regression.f).toBeNaN();
      expect(regression.note).toMatch(/not positive (semi-)?definite/);
    }
  });
});

describe('adjustPValues against R p.adjust', () => {
  const methods: PAdjustMethod[] = ['bonferroni', 'holm', 'hochberg', 'bh', 'by'];
  for (const [name, { p, adjusted }] of Object.entries(ref.pAdjust)) {
    test.each(methods)(`${name} p-values, %s`, (method) => {
      const values = p.map((v) => (v === null ? Number.NaN : v));
      const ours = adjustPValues(values, method);
      ours.forEach((value, i) => {
        close(value, adjusted[method]![i]!);
      });
    });
  }
});
