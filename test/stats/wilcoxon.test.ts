/** Hand-worked cases of the Wilcoxon (1945) signed-rank test: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { signedRank } from '../../src/stats/wilcoxon';

describe('wilcoxon', () => {
  it('exact for small n without ties', () => {
    // [1, −2, 3, 4]: W⁺ = 1 + 3 + 4 = 8, n = 4; P(W ≥ 8) = 3/16 → p = 6/16.
    const r = signedRank(Float64Array.of(1, -2, 3, 4), 4);
    expect(r).toMatchObject({ statistic: 8, n: 4, exact: true });
    expect(r.pValue).toBeCloseTo(0.375, 15);
  });
  it('normal with tie correction, zeros dropped', () => {
    // [1, −1, 2, 0] → [1, −1, 2], ranks of |x| [1.5, 1.5, 3], W⁺ = 4.5; μ = 3,
    // σ² = 3·4·7/24 − (2³ − 2)/48 = 3.375 → z = 1.5/√3.375.
    const r = signedRank(Float64Array.of(1, -1, 2, 0), 4);
    expect(r).toMatchObject({ statistic: 4.5, n: 3, exact: false });
    expect(r.pValue).toBeCloseTo(0.4142161782425252, 12);
  });
});
