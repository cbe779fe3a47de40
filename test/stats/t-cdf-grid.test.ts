/**
 * The faster t CDF of issue 19 (item 5: erfc through Chebyshev pieces of erfcx, the constants of a
 * df computed once) against two independent references and against the implementation it
 * replaced, on one grid: df from 1 to 10,000 (integers and non-integers, the per-event df of the
 * benchmarks), t from 0 to 50 and beyond for small df, every two-sided p-value down to 1e-300.
 * References: scipy.stats.t.sf (Cephes) and R's pt (TOMS 708), written by
 * test/reference/t_cdf_grid_reference.py; the old code is frozen in
 * test/helpers/t-cdf-before-speedup.ts.
 */
import { describe, expect, it } from 'vitest';
import { erfcx } from '../../src/stats/erfcx';
import { normalTwoSided } from '../../src/stats/normal-two-sided';
import { pValueT } from '../../src/stats/p-value';
import { studentTTwoSided } from '../../src/stats/student-t-two-sided';
import { erfcBefore, studentTTwoSidedBefore } from '../helpers/t-cdf-before-speedup';
import grid from '../reference/t_cdf_grid_reference.json' with { type: 'json' };

/** The allowance: p-values exact to 1e-12 relative. */
const RELATIVE = 1e-12;

interface Worst {
  relative: number;
  cells: number;
}

/** Largest relative difference of `f(t, df)` from a reference table over its non-null cells. */
function worstOverGrid(
  table: readonly (readonly (number | null)[])[],
  f: (t: number, df: number) => number,
): Worst {
  let relative = 0;
  let cells = 0;
  grid.df.forEach((df, i) => {
    grid.t.forEach((t, j) => {
      const expected = table[i]![j];
      if (expected === null || expected === undefined) return;
      relative = Math.max(relative, Math.abs(f(t, df) - expected) / expected);
      cells++;
    });
  });
  return { relative, cells };
}

describe('the t p-value on the reference grid (df 1…10,000, t 0…50, p ≥ 1e-300)', () => {
  it('agrees with scipy.stats.t.sf to 1e-12 relative', () => {
    const worst = worstOverGrid(grid.scipy, pValueT);
    expect(worst.cells).toBeGreaterThan(14_000);
    expect(worst.relative).toBeLessThan(RELATIVE); // 3.5e-13 when written, at p ≈ 1e-226 (the references differ from each other by as much)
  });

  it("agrees with R's pt to 1e-12 relative", () => {
    const worst = worstOverGrid(grid.r, pValueT);
    expect(worst.cells).toBeGreaterThan(14_000);
    expect(worst.relative).toBeLessThan(RELATIVE);
  });

  it('agrees with the implementation it replaced to 1e-12 relative, on every cell of the grid', () => {
    let worst = 0;
    for (const df of grid.df) {
      for (const t of grid.t) {
        const before = Math.min(1, studentTTwoSidedBefore(t, df));
        if (before < 1e-300) continue;
        worst = Math.max(worst, Math.abs(pValueT(t, df) - before) / before);
      }
    }
    expect(worst).toBeLessThan(RELATIVE); // 8.3e-14 when written, at p ≈ 1e-274
  });

  it('is no less accurate than the implementation it replaced, where p > 1e-30', () => {
    // where neither exp() of a large argument nor the references' own rounding dominates
    const moderate = (
      table: readonly (readonly (number | null)[])[],
      f: (t: number, df: number) => number,
    ): number => {
      let worst = 0;
      grid.df.forEach((df, i) => {
        grid.t.forEach((t, j) => {
          const expected = table[i]![j];
          if (expected === null || expected === undefined || expected < 1e-30) return;
          worst = Math.max(worst, Math.abs(f(t, df) - expected) / expected);
        });
      });
      return worst;
    };
    const now = moderate(grid.r, pValueT);
    const before = moderate(grid.r, (t, df) => Math.min(1, studentTTwoSidedBefore(t, df)));
    expect(now).toBeLessThan(1e-13);
    expect(now).toBeLessThanOrEqual(2 * before);
  });

  it('gives the same value for the same (t, df) whatever df came before (the per-df cache)', () => {
    const alone = [248, 498, 247.9679358717414].map((df) => studentTTwoSided(1.7, df));
    for (let round = 0; round < 3; round++) {
      for (const [k, df] of [248, 498, 247.9679358717414].entries()) {
        expect(studentTTwoSided(1.7, df)).toBe(alone[k]);
        expect(studentTTwoSided(1.7, 30)).toBe(studentTTwoSided(1.7, 30));
      }
    }
  });
});

describe('the normal p-value and erfcx on the reference grid', () => {
  it("normalTwoSided agrees with R's pnorm and scipy's erfc to 1e-12 relative, z 0…37.5", () => {
    let worstR = 0;
    let worstScipy = 0;
    let worstBefore = 0;
    grid.z.forEach((z, i) => {
      const p = normalTwoSided(z);
      const r = grid.normalR[i];
      const s = grid.normalScipy[i];
      if (r !== null && r !== undefined) worstR = Math.max(worstR, Math.abs(p - r) / r);
      if (s !== null && s !== undefined) worstScipy = Math.max(worstScipy, Math.abs(p - s) / s);
      const before = erfcBefore(z / Math.SQRT2);
      if (before >= 1e-300) worstBefore = Math.max(worstBefore, Math.abs(p - before) / before);
    });
    expect(worstR).toBeLessThan(RELATIVE);
    expect(worstScipy).toBeLessThan(RELATIVE);
    expect(worstBefore).toBeLessThan(RELATIVE);
  });

  it("erfcx agrees with scipy's erfcx to 1e-15 relative, also on both sides of its interval edges", () => {
    let worst = 0;
    grid.erfcxX.forEach((x, i) => {
      const expected = grid.erfcx[i]!;
      worst = Math.max(worst, Math.abs(erfcx(x) - expected) / expected);
    });
    expect(worst).toBeLessThan(1e-15);
  });

  it('erfcx by hand: erfcx(0) = 1, and erfcx(x) → 1/(x√π) (1 − 1/(2x²) + 3/(4x⁴)) for large x', () => {
    expect(erfcx(0)).toBe(1);
    for (const x of [30, 100, 1e4]) {
      const asymptotic = (1 / (x * Math.sqrt(Math.PI))) * (1 - 1 / (2 * x * x) + 3 / (4 * x ** 4));
      expect(Math.abs(erfcx(x) - asymptotic) / asymptotic).toBeLessThan(20 / x ** 6 + 1e-15);
    }
  });
});
