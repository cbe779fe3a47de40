import { normalTwoSided } from './normal-two-sided';

/**
 * The standard normal quantile Φ⁻¹(p): the z with Φ(z) = p (e.g. 1.959964 for p = 0.975, the
 * z of a two-sided 95 % interval). Found by bisection on Φ, written with the normal tail that
 * the p-values use (Φ(z) = P(|Z| ≥ |z|)/2 below 0, 1 − that above), so the two agree to the
 * last bits; 200 halvings of [−40, 40] reach the spacing of doubles. Used for chart bands,
 * never in a hot loop.
 *
 * Definition: the quantile function of N(0, 1); see e.g. Johnson, Kotz & Balakrishnan (1994),
 * Continuous Univariate Distributions, vol. 1, ch. 13.
 *
 * @param p - a probability in (0, 1)
 * @returns Φ⁻¹(p), or `NaN` when p is not in (0, 1)
 *
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(0.5); // 0
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return Number.NaN;
  let lo = -40;
  let hi = 40;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Φ(z) from the two-sided tail: the lower tail below 0 keeps its precision far out. */
function normalCdf(z: number): number {
  const tail = normalTwoSided(z) / 2;
  return z < 0 ? tail : 1 - tail;
}
