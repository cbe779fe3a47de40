import { erfcx } from './erfcx';
import { halfBetaConstants } from './half-beta-constants';

/** √π. */
const SQRT_PI = 1.772453850905516;
/** Terms of the expansion kept at most; for a ≥ 10 and u ≤ 1 the sum converges in about 30. */
const TERMS = 64;

let coefficients: Float64Array | undefined;

/**
 * Taylor coefficients cₖ of ((1 − e^{−u})/u)^{−½} = Σ cₖ uᵏ, by the power-of-a-series recurrence
 * g_k = (1/k) Σ_{j=1..k} ((β + 1) j − k) f_j g_{k−j} with f_j = (−1)^j/(j + 1)! and β = −½
 * (Knuth, TAOCP vol. 2, §4.7). Computed once, on first use.
 */
function expansionCoefficients(): Float64Array {
  if (coefficients) return coefficients;
  const f = new Float64Array(TERMS);
  let factorial = 1;
  for (let j = 0; j < TERMS; j++) {
    factorial *= j + 1;
    f[j] = (j % 2 === 0 ? 1 : -1) / factorial;
  }
  const g = new Float64Array(TERMS);
  g[0] = 1;
  for (let k = 1; k < TERMS; k++) {
    let sum = 0;
    for (let j = 1; j <= k; j++) sum += (0.5 * j - k) * f[j]! * g[k - j]!;
    g[k] = sum / k;
  }
  coefficients = g;
  return g;
}

/**
 * I_x(a, ½) for large a and x near 1 (u = −ln x ≤ 1), where the continued fraction is both slow
 * and ill-conditioned: with s = e^{−v},
 * I_x(a, ½) = (1/B(a, ½)) ∫_u^∞ e^{−a v} (1 − e^{−v})^{−½} dv, and expanding
 * ((1 − e^{−v})/v)^{−½} = Σ cₖ vᵏ (convergent for v < 2π) turns it into
 * Σ cₖ Γ(k + ½, a u)/a^{k+½} / B(a, ½): the large-a, small-b expansion of DiDonato & Morris
 * (1992, ACM TOMS 18:360, "BGRAT"), which for b = ½ needs only Γ(½, z) = √π erfc(√z) and the
 * recurrence Γ(s + 1, z) = s Γ(s, z) + z^s e^{−z}. Every quantity is formed from u and a
 * directly, so no digit is lost to 1 − x.
 *
 * @param a - first shape (≥ 10 for the expansion to converge fast)
 * @param u - −ln x, in (0, 1]
 * @returns I_x(a, ½)
 *
 * @example
 * ```ts
 * // two-sided t tail: t = 2, df = 10000 → a = 5000, u = ln(1 + t²/df)
 * incompleteBetaHalfLargeA(5000, Math.log1p(4 / 10000)); // 0.04552726066143…
 * ```
 */
export function incompleteBetaHalfLargeA(a: number, u: number): number {
  const c = expansionCoefficients();
  const shape = halfBetaConstants(a); // 1/a, √a, 1/B(a, ½): the same for every call with this df
  const inverseA = shape.inverseA;
  const z = a * u;
  // R_k = e^{z} Γ(k + ½, z)/a^{k+½} (every term carries e^{−z}: it is applied once, at the end);
  // R_{k+1} = ((k + ½) R_k + u^{k+½})/a, R_0 = √π erfcx(√z)/√a
  let r = (SQRT_PI * erfcx(Math.sqrt(z))) / shape.sqrtA;
  let uPower = Math.sqrt(u); // u^{k+½}
  let sum = r;
  let small = 0; // consecutive negligible terms (one alone could be a coefficient near zero)
  for (let k = 1; k < TERMS && small < 2; k++) {
    r = ((k - 0.5) * r + uPower) * inverseA;
    uPower *= u;
    const term = c[k]! * r;
    sum += term;
    small = Math.abs(term) < 1e-17 * sum ? small + 1 : 0;
  }
  return sum * Math.exp(-z) * shape.inverseBeta;
}
