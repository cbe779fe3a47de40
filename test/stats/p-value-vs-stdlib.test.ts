/**
 * Until issue 19 the p-values came from @stdlib's t and normal CDFs (now a devDependency, kept
 * for this test). The library's own tail probabilities must agree with them to 1e-12 relative,
 * the allowance of issue 19, over the statistics and degrees of freedom a study produces: t from
 * 0 to deep in the tails, df from 1 to 1e6 (a cross-section of many events).
 */
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibTCdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { pValueNormal, pValueT } from '../../src/stats/p-value';

describe('p-values against the @stdlib CDFs used before issue 19', () => {
  it('pValueT agrees to 1e-12 relative', () => {
    let worst = 0;
    let cases = 0;
    for (const df of [1, 2, 3, 5, 10, 29, 98, 238, 248, 249, 499, 1000, 1e4, 1e5, 1e6]) {
      for (let t = 1e-4; t < 1e4; t *= 1.05) {
        const before = Math.min(1, 2 * stdlibTCdf(-t, df));
        if (before < 1e-300) continue;
        worst = Math.max(worst, Math.abs(pValueT(t, df) - before) / before);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(2000);
    // 2.6e-13 at worst, at df = 1 and t ≈ 2e-4, where @stdlib is the one off (1 − 2 atan(t)/π)
    expect(worst).toBeLessThanOrEqual(1e-12);
  });

  it('pValueNormal agrees to 1e-12 relative', () => {
    let worst = 0;
    for (let z = 0; z < 37.5; z += 0.0137) {
      const before = Math.min(1, 2 * stdlibNormalCdf(-z, 0, 1));
      worst = Math.max(worst, Math.abs(pValueNormal(z) - before) / before);
    }
    expect(worst).toBeLessThanOrEqual(1e-12);
  });
});
