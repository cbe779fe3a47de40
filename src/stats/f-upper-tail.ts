import { gammaln } from 'simple-statistics';
import { incompleteBetaFraction } from './incomplete-beta-fraction';

/**
 * Upper tail of the F distribution, P(F ≥ f) with d₁ and d₂ degrees of freedom, as the
 * regularized incomplete beta I_x(d₂/2, d₁/2) with x = d₂/(d₂ + d₁ f) (Abramowitz & Stegun
 * 26.6.2), by its continued fraction ({@link incompleteBetaFraction}) on whichever side
 * converges fast, with I_x(a, b) = 1 − I_{1−x}(b, a) on the other; 1 − x = d₁f/(d₂ + d₁f) is
 * formed directly, and the prefactor x^a (1 − x)^b / (a B(a, b)) in logarithms with
 * simple-statistics' `gammaln` (Lanczos), so p-values far in the tail keep their precision.
 *
 * @param f - The statistic (> 0, finite).
 * @param d1 - Numerator degrees of freedom (> 0).
 * @param d2 - Denominator degrees of freedom (> 0).
 * @returns P(F ≥ f) in [0, 1].
 *
 * @example
 * ```ts
 * fUpperTail(4, 2, 20) // 0.0345… = 1.4^−10
 * ```
 */
export function fUpperTail(f: number, d1: number, d2: number): number {
  const a = d2 / 2;
  const b = d1 / 2;
  const x = d2 / (d2 + d1 * f);
  const y = (d1 * f) / (d2 + d1 * f);
  const logBeta = gammaln(a) + gammaln(b) - gammaln(a + b);
  if (x < (a + 1) / (a + b + 2)) {
    return (
      Math.exp(a * Math.log(x) + b * Math.log(y) - Math.log(a) - logBeta) * incompleteBetaFraction(x, a, b)
    );
  }
  const lower =
    Math.exp(b * Math.log(y) + a * Math.log(x) - Math.log(b) - logBeta) * incompleteBetaFraction(y, b, a);
  return 1 - lower;
}
