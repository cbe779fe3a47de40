/**
 * The per-event t p-values (issue 19, item 5), warm: `pValueT` on 7,000 statistics with df = 248,
 * the shape of the 500-event S&P 500 job (11 AR days and 3 CAR windows per event, a 250-day
 * estimation), against the implementation it replaced (test/helpers/t-cdf-before-speedup.ts).
 * Synthetic statistics (a property of the CDF, not of data): t = Φ⁻¹(u)·1.2 for seeded uniform u,
 * which spreads them like the job's (median |t| ≈ 0.5, a few beyond 5). The cold first pass is
 * measured in fresh processes by test/bench/t-cdf-cold.mjs.
 */
import { bench, describe } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile';
import { pValueT } from '../../src/stats/p-value';
import { mulberry32 } from '../../src/stats/seeded-random';
import { studentTTwoSidedBefore } from '../helpers/t-cdf-before-speedup';

const random = mulberry32(19);
const statistics = Float64Array.from({ length: 7_000 }, () => 1.2 * normalQuantile(random()));

describe('two-sided t p-values, 7,000 calls, df = 248', () => {
  bench('pValueT (now)', () => {
    let sum = 0;
    for (const t of statistics) sum += pValueT(t, 248);
    if (!(sum > 0)) throw new Error('no p-values');
  });
  bench('before item 5', () => {
    let sum = 0;
    for (const t of statistics) sum += Math.min(1, studentTTwoSidedBefore(t, 248));
    if (!(sum > 0)) throw new Error('no p-values');
  });
});
