// regressCars on real studies (S&P 500 stocks of three GICS sectors): what a user sees for bad
// input. The numbers themselves are checked against statsmodels in
// test/stats/second-stage-reference.test.ts.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors';
import { loadPrices } from '../../src/node';
import { eventStudy } from '../../src/study/event-study';
import { regressCars } from '../../src/study/regress-cars';
import type { EventSpec, PriceSeries, StudyResult } from '../../src/types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const SECTORS: Record<string, string[]> = {
  Financials: ['AFL', 'AIG', 'ALL', 'AXP', 'BAC', 'BK', 'C', 'GS', 'JPM', 'MS'],
  Utilities: ['AEE', 'AEP', 'DUK', 'ED', 'EXC', 'NEE', 'SO', 'XEL'],
  Energy: ['APA', 'COP', 'CVX', 'HAL', 'XOM', 'SLB'],
};
let prices: PriceSeries[];
let election: StudyResult;
let twoDates: StudyResult;

/** Events with a sector column, a numeric `size` column (one value missing) and a constant. */
function events(date: string): EventSpec[] {
  return Object.entries(SECTORS).flatMap(([sector, tickers]) =>
    tickers.map((ticker, k) => ({
      ticker,
      date,
      group: sector,
      extra: {
        sector,
        size: ticker === 'GS' ? 'NA' : String(10 + k),
        one: '1',
        lone: ticker === 'XOM' ? 'yes' : 'no',
      },
    })),
  );
}

beforeAll(async () => {
  const files = Object.values(SECTORS)
    .flat()
    .map((t) => join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', `${t}_data.csv`));
  prices = [...(await loadPrices(files)), ...(await loadPrices(join(DATA, 'indices', 'GSPC.csv')))];
  const spec = {
    prices,
    market: '^GSPC',
    carWindows: [[0, 1]] as [number, number][],
    tests: ['csect' as const],
  };
  election = eventStudy({ ...spec, events: events('2016-11-09') });
  twoDates = eventStudy({ ...spec, events: [...events('2016-11-09'), ...events('2016-06-24')] });
}, 60_000);

const run = (result: StudyResult, options: Partial<Parameters<typeof regressCars>[1]>) =>
  regressCars(result, { window: [0, 1], regressors: ['sector', 'beta'], ...options });

describe('regressCars', () => {
  test('dummies against the first level in event order, named column=level', () => {
    const r = run(election, { se: 'hc3' });
    expect(r.coefficients.map((c) => c.name)).toEqual([
      '(intercept)',
      'sector=Utilities',
      'sector=Energy',
      'beta',
    ]);
    expect(r.baseLevels).toEqual({ sector: 'Financials' });
    expect([r.n, r.k, r.df, r.se]).toEqual([24, 4, 20, 'hc3']);
    expect(r.note).toBeUndefined();
  });
  test('the default standard errors: hc1, or cluster when a cluster is given', () => {
    expect(run(election, {}).se).toBe('hc1');
    expect(run(twoDates, { cluster: 'ticker' }).se).toBe('cluster');
  });
  test('a missing regressor value: the event is left out and counted in the note', () => {
    const r = run(election, { regressors: ['size'] });
    expect(r.n).toBe(23);
    expect(r.note).toMatch(/1 of 24 events left out \(missing size: 1\)/);
  });
  test('an unknown regressor is a ConfigError that names it and the columns there are', () => {
    expect(() => run(election, { regressors: ['sectr'] })).toThrow(ConfigError);
    expect(() => run(election, { regressors: ['sectr'] })).toThrow(
      /unknown regressor 'sectr'.*sector, size, one, lone/,
    );
  });
  test('a constant regressor is a ConfigError naming it', () => {
    expect(() => run(election, { regressors: ['one'] })).toThrow(/regressor 'one' is constant/);
  });
  test('a collinear regressor is a ConfigError naming it', () => {
    // `group` holds the sector again: its dummies repeat sector's.
    expect(() => run(election, { regressors: ['sector', 'group'] })).toThrow(
      /regressor 'group=Utilities' is collinear with the intercept and sector=Utilities, sector=Energy/,
    );
  });
  test('a dummy level with one event: leverage 1, so HC3 is NaN with a note (classical is fine)', () => {
    const r = run(election, { regressors: ['lone', 'beta'], se: 'hc3' });
    expect(r.coefficients.every((c) => Number.isNaN(c.se))).toBe(true);
    expect(r.note).toMatch(/leverage 1/);
    expect(
      Number.isFinite(run(election, { regressors: ['lone', 'beta'], se: 'classical' }).coefficients[1]!.se),
    ).toBe(true);
  });
  test('one event date: clustering by date is a ConfigError that points to the KP adjustment', () => {
    expect(() => run(election, { cluster: 'day0' })).toThrow(/cluster 'day0' has one level.*kp test/);
    expect(() => run(election, { cluster: ['ticker', 'day0'] })).toThrow(ConfigError);
  });
  test('two dates: clustered by ticker, by date, and two-way', () => {
    expect(run(twoDates, { cluster: 'ticker' }).clusters).toEqual([24]);
    const r = run(twoDates, { cluster: ['ticker', 'day0'] });
    expect([r.clusters, r.clusterBy, r.df]).toEqual([[24, 2], ['ticker', 'day0'], 1]);
  });
  test('settings that cannot run are ConfigErrors', () => {
    expect(() => run(election, { window: [-3, 3] })).toThrow(
      /no CAR window \[-3,3\]; its CAR windows are \[0, 1\]/,
    );
    expect(() => run(election, { se: 'cluster' })).toThrow(/needs cluster/);
    expect(() => run(twoDates, { se: 'hc1', cluster: 'ticker' })).toThrow(/use se 'cluster'/);
    expect(() => run(election, { regressors: [] })).toThrow(ConfigError);
    expect(() => run(election, { cluster: 'sectr' })).toThrow(/unknown cluster field 'sectr'/);
  });
  test('a model without beta: the regressor is not available', () => {
    const adjusted = eventStudy({
      prices,
      events: events('2016-11-09'),
      market: '^GSPC',
      model: 'market-adjusted',
      carWindows: [[0, 1]],
      tests: ['csect'],
    });
    expect(() => run(adjusted, { regressors: ['beta'] })).toThrow(
      /'beta' is not available: the market-adjusted model/,
    );
  });
  test('inverse-variance weights and SCAR as the dependent variable', () => {
    const r = run(election, { weights: 'inverse-variance', dependent: 'scar' });
    expect([r.weights, r.dependent, r.n]).toEqual(['inverse-variance', 'scar', 24]);
  });
});
