/** Below this a Lentz denominator counts as zero (Press et al., Numerical Recipes §5.2). */
const TINY = 1e-300;
/** The fraction has converged when a step changes it by less than this (relative). */
const TOLERANCE = 1e-16;
/** Steps before giving up; near x = (a + 1)/(a + b + 2) about 2√max(a, b) are needed. */
const MAX_STEPS = 200_000;

/**
 * The continued fraction of the regularized incomplete beta function (Abramowitz & Stegun
 * 26.5.8): I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …))), with
 * d₂ₘ₊₁ = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)) and d₂ₘ = m (b − m) x / ((a + 2m − 1)(a + 2m)),
 * evaluated by the modified Lentz method (Thompson & Barnett 1986, J. Comput. Phys. 64:490).
 * It converges fast for x < (a + 1)/(a + b + 2); above that use I_x(a, b) = 1 − I_{1−x}(b, a).
 *
 * @param x - in [0, 1]
 * @param a - first shape, > 0
 * @param b - second shape, > 0
 * @returns the value of the fraction 1/(1 + d₁/(1 + …)), to be multiplied by x^a (1 − x)^b / (a B(a, b))
 *
 * @example
 * ```ts
 * // I_x(1, 1) = x: the prefactor x(1 − x)/(1·B(1, 1)) times the fraction 1/(1 − x)
 * incompleteBetaFraction(0.25, 1, 1); // 1.3333333333333333
 * ```
 */
export function incompleteBetaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = nonZero(1 - ((a + b) * x) / (a + 1));
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= MAX_STEPS; m++) {
    const m2 = 2 * m;
    // even step d₂ₘ
    let step = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / nonZero(1 + step * d);
    c = nonZero(1 + step / c);
    fraction *= d * c;
    // odd step d₂ₘ₊₁
    step = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / nonZero(1 + step * d);
    c = nonZero(1 + step / c);
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < TOLERANCE) return fraction;
  }
  return fraction; // not reached for the shapes of a t distribution up to df ≈ 1e10
}

function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
