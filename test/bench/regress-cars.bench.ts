/**
 * regressCars on 100,000 events with 10 regressors and two-way clusters (issue 15; target
 * ≤ 200 ms on the project machine). The events are synthetic (seeded Mulberry32): the speed of
 * the regression depends on n, k and the cluster counts, not on where the CARs came from, and a
 * real study of 100,000 events would put the study's own time into the setup. 500 tickers ×
 * 200 dates, CAR[0,1] and the model's beta, sigma, r2, alpha plus six numeric events-file
 * columns. `npx vitest bench --run test/bench/regress-cars.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { mulberry32 } from '../../src/stats/seeded-random';
import { regressCars } from '../../src/study/regress-cars';
import type { StudyResult } from '../../src/types';

const N = 100_000;
const random = mulberry32(15);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const EXTRA = ['size', 'bm', 'momentum', 'leverage', 'volume', 'age'];
const events = Array.from({ length: N }, (_, i) => {
  const car = 0.02 * normal();
  const extra = Object.fromEntries(EXTRA.map((name) => [name, String(normal())]));
  const ticker = `T${i % 500}`;
  const day0 = `D${Math.floor(i / 500)}`;
  return {
    ticker,
    day0,
    event: { ticker, date: day0, extra },
    cars: [{ window: [0, 1], car, scar: car / 0.02, bhar: car, t: 0, pValue: 1 }],
    model: {
      name: 'market',
      alpha: 1e-4 * normal(),
      beta: 1 + 0.3 * normal(),
      sigma: 0.015 + 0.002 * random(),
      r2: random(),
      n: 250,
      df: 248,
    },
  };
});
const result = {
  events,
  cars: [{ window: [0, 1] }],
  settings: { model: 'market' },
} as unknown as StudyResult;
const regressors = ['beta', 'sigma', 'r2', 'alpha', ...EXTRA];

describe('regressCars, 100,000 events, 10 regressors', () => {
  bench(
    'two-way clustered (ticker × day0)',
    () => {
      regressCars(result, { window: [0, 1], regressors, cluster: ['ticker', 'day0'] });
    },
    { iterations: 10, time: 0 },
  );
  bench(
    'HC3',
    () => {
      regressCars(result, { window: [0, 1], regressors, se: 'hc3' });
    },
    { iterations: 10, time: 0 },
  );
});
