import { gammaln } from 'simple-statistics';

/** The series or fraction has converged when a step changes it by less than this (relative). */
const TOLERANCE = 1e-16;
/** Below this a Lentz denominator counts as zero (Press et al., Numerical Recipes §5.2). */
const TINY = 1e-300;
const MAX_STEPS = 100_000;

/**
 * Upper tail of the χ² distribution, P(X ≥ x) with k degrees of freedom, as the regularized
 * upper incomplete gamma Q(k/2, x/2) (Abramowitz & Stegun 26.4.19): for x/2 < k/2 + 1 as
 * 1 − P(a, z) by the series P(a, z) = z^a e^{−z}/Γ(a + 1) · Σ_n z^n / ((a + 1)…(a + n)) (A&S
 * 6.5.29; there Q is above about 0.3, so the subtraction loses nothing), otherwise by the
 * continued fraction of Q (A&S 6.5.31) evaluated with the modified Lentz method (Thompson &
 * Barnett 1986), which keeps the relative precision of tiny p-values. ln Γ is
 * simple-statistics' `gammaln` (Lanczos).
 *
 * @param x - The statistic (> 0, finite).
 * @param k - Degrees of freedom (> 0).
 * @returns P(X ≥ x) in [0, 1].
 *
 * @example
 * ```ts
 * chiSquareUpperTail(7.2, 2) // 0.0273… = e^−3.6
 * ```
 */
export function chiSquareUpperTail(x: number, k: number): number {
  const a = k / 2;
  const z = x / 2;
  const logPrefactor = a * Math.log(z) - z - gammaln(a);
  if (z < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_STEPS; n++) {
      term *= z / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * TOLERANCE) break;
    }
    return Math.max(0, 1 - Math.exp(logPrefactor) * sum);
  }
  // Q(a, z) = e^{−z} z^a / Γ(a) · 1/(z + 1 − a − 1·(1 − a)/(z + 3 − a − 2·(2 − a)/(z + 5 − a − …)))
  let b = z + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_STEPS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < TOLERANCE) break;
  }
  return Math.exp(logPrefactor) * h;
}
