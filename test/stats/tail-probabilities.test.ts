/**
 * The library's own t and normal tail probabilities (issue 19) against an independent
 * computation: scipy.special (Cephes) over a grid of t and df that reaches the smallest doubles,
 * small and non-integer df and df up to 1e9 (test/reference/tail_probability_reference.py, its
 * JSON committed), plus closed forms worked by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc } from '../../src/stats/erfc';
import { incompleteBetaFraction } from '../../src/stats/incomplete-beta-fraction';
import { incompleteBetaHalfLargeA } from '../../src/stats/incomplete-beta-half-large-a';
import { logGammaHalfRatio } from '../../src/stats/log-gamma-half-ratio';
import { normalTwoSided } from '../../src/stats/normal-two-sided';
import { studentTTwoSided } from '../../src/stats/student-t-two-sided';
import reference from '../reference/tail_probability_reference.json' with { type: 'json' };

/** The allowance: p-values exact to 1e-12 relative. */
const RELATIVE = 1e-12;

function worstRelative<T>(cases: readonly T[], actual: (c: T) => number, expected: (c: T) => number): number {
  let worst = 0;
  for (const c of cases) {
    const e = expected(c);
    worst = Math.max(worst, Math.abs(actual(c) - e) / e);
  }
  return worst;
}

describe('studentTTwoSided', () => {
  it(`agrees with scipy's stdtr to ${RELATIVE} relative on ${reference.studentT.length} (t, df) cases`, () => {
    const worst = worstRelative(
      reference.studentT,
      (c) => studentTTwoSided(c.t, c.df),
      (c) => c.p,
    );
    // about 2.4e-13 at worst, at p ≈ 1e-295 where exp() of a −680 argument carries its own rounding
    expect(worst).toBeLessThan(RELATIVE);
    const moderate = reference.studentT.filter((c) => c.p > 1e-30);
    expect(
      worstRelative(
        moderate,
        (c) => studentTTwoSided(c.t, c.df),
        (c) => c.p,
      ),
    ).toBeLessThan(1e-13);
  });

  it('gives the Cauchy closed form 1 − 2·atan(|t|)/π at df = 1, also for p near 1', () => {
    for (const c of reference.cauchy)
      expect(Math.abs(studentTTwoSided(c.t, 1) - c.p) / c.p).toBeLessThan(1e-15);
  });

  it('gives the df = 2 closed form 1 − |t|/√(t² + 2)', () => {
    // F(t) = ½ + t/(2√(t² + 2)) for two degrees of freedom, so P(|T| ≥ t) = 1 − t/√(t² + 2)
    for (const t of [0.1, 0.5, 1, 2, 3]) {
      const p = 1 - t / Math.sqrt(t * t + 2);
      expect(Math.abs(studentTTwoSided(t, 2) - p) / p).toBeLessThan(1e-14);
    }
  });

  it('is 1 at t = 0, symmetric in the sign of t, and falls as |t| grows', () => {
    expect(studentTTwoSided(0, 10)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        (t, df) => {
          const p = studentTTwoSided(t, df);
          expect(studentTTwoSided(-t, df)).toBe(p);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(studentTTwoSided(t * 1.01, df)).toBeLessThanOrEqual(p);
        },
      ),
      { seed: 19, numRuns: 500 },
    );
  });

  it('is continuous where it switches from the large-df expansion to the continued fraction', () => {
    const switching = reference.studentT.filter((c) => 'switch' in c);
    expect(switching.length).toBe(8); // at df = 1e4 the switch lies below p = 1e-300
    expect(
      worstRelative(
        switching,
        (c) => studentTTwoSided(c.t, c.df),
        (c) => c.p,
      ),
    ).toBeLessThan(1e-13);
  });
});

describe('normalTwoSided and erfc', () => {
  it(`agree with scipy's erfc to ${RELATIVE} relative, down to p ≈ 1e-300`, () => {
    expect(
      worstRelative(
        reference.normal,
        (c) => normalTwoSided(c.z),
        (c) => c.p,
      ),
    ).toBeLessThan(RELATIVE);
    expect(
      worstRelative(
        reference.erfc,
        (c) => erfc(c.x),
        (c) => c.erfc,
      ),
    ).toBeLessThan(1e-13);
  });

  it('gives the textbook points', () => {
    expect(erfc(0)).toBe(1);
    expect(normalTwoSided(0)).toBe(1);
    expect(normalTwoSided(1.959963984540054)).toBeCloseTo(0.05, 15);
    expect(normalTwoSided(-2.5758293035489)).toBeCloseTo(0.01, 14);
  });
});

describe('the pieces of the t tail', () => {
  it('logGammaHalfRatio: ln(Γ(a + ½)/Γ(a)) by hand at a = ½, 1, 3 and against scipy', () => {
    expect(logGammaHalfRatio(0.5)).toBeCloseTo(-0.5 * Math.log(Math.PI), 15); // Γ(1)/Γ(½) = 1/√π
    expect(logGammaHalfRatio(1)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 15); // Γ(3/2) = √π/2
    expect(logGammaHalfRatio(3)).toBeCloseTo(Math.log((15 * Math.sqrt(Math.PI)) / 8 / 2), 15); // Γ(7/2) = 15√π/8, Γ(3) = 2
    for (const c of reference.logGammaHalfRatio) {
      expect(Math.abs(logGammaHalfRatio(c.a) - c.ratio)).toBeLessThan(4e-15 * Math.max(1, Math.abs(c.ratio)));
    }
  });

  it('incompleteBetaFraction: I_x(1, 1) = x by hand, and scipy betainc where it converges fast', () => {
    // I_x(1, 1) = x = prefactor x(1 − x)/(1·B(1, 1)) × fraction, so the fraction is 1/(1 − x)
    expect(incompleteBetaFraction(0.25, 1, 1)).toBeCloseTo(4 / 3, 15);
    for (const c of reference.betaFraction) {
      const logBeta = lnGamma(c.a) + lnGamma(c.b) - lnGamma(c.a + c.b);
      const front = Math.exp(c.a * Math.log(c.x) + c.b * Math.log1p(-c.x) - logBeta) / c.a;
      expect(Math.abs(front * incompleteBetaFraction(c.x, c.a, c.b) - c.p) / c.p).toBeLessThan(1e-13);
    }
  });

  it('incompleteBetaHalfLargeA: I_x(a, ½) = P(|T| ≥ t) with df = 2a (scipy stdtr) for a ≥ 10, u ≤ 1', () => {
    for (const c of reference.betaHalfLargeA) {
      expect(Math.abs(incompleteBetaHalfLargeA(c.a, c.u) - c.p) / c.p).toBeLessThan(1e-12);
    }
  });
});

/** ln Γ for the small shapes of the fraction cases: integers and half-integers by their closed forms. */
function lnGamma(x: number): number {
  // Γ(n) = (n − 1)!, Γ(n + ½) = (2n)! √π / (4ⁿ n!)
  if (Number.isInteger(x)) {
    let f = 1;
    for (let k = 2; k < x; k++) f *= k;
    return Math.log(f);
  }
  const n = x - 0.5;
  let g = Math.sqrt(Math.PI);
  for (let k = 0; k < n; k++) g *= k + 0.5;
  return Math.log(g);
}
