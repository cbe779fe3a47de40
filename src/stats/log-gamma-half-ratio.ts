/**
 * Stirling-series coefficients B₂ₖ / (2k(2k−1)) of ln Γ(z) (Abramowitz & Stegun 6.1.40), from
 * 1/(12z) to 691/(360360 z¹¹): at z ≥ 20 the next term is below 1e-18.
 */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360];

/** Below this the ratio is carried up by the recurrence Γ(z + 1) = z Γ(z) before the series applies. */
const SERIES_FROM = 20;

let lastA = Number.NaN;
let lastRatio = Number.NaN;

/** Σ STIRLING[k] / z^(2k+1): the correction S(z) of Stirling's series for ln Γ(z). */
function stirlingCorrection(z: number): number {
  const inverseSquare = 1 / (z * z);
  let sum = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) sum = sum * inverseSquare + STIRLING[k]!;
  return sum / z;
}

/**
 * ln(Γ(a + ½) / Γ(a)), to a few units in the last place even where Γ(a) itself would overflow:
 * the difference of Stirling's series (Abramowitz & Stegun 6.1.40) for ln Γ(a + ½) and ln Γ(a),
 * taken term by term so that nothing of size a ln a cancels (ln Γ(a + ½) − ln Γ(a) = ½ ln a +
 * a·log1p(1/(2a)) − ½ + S(a + ½) − S(a)); below a = 20 the recurrence Γ(z + 1) = z Γ(z) lifts
 * the argument first. It gives ln B(a, ½) = ½ ln π − ln(Γ(a + ½)/Γ(a)), the normalising
 * constant of Student's t distribution.
 *
 * @param a - a positive finite number
 * @returns ln(Γ(a + ½) / Γ(a))
 *
 * @example
 * ```ts
 * logGammaHalfRatio(1); // ln(Γ(1.5)/Γ(1)) = ln(√π / 2) ≈ −0.1207822376352452
 * ```
 */
export function logGammaHalfRatio(a: number): number {
  // a study asks for the same degrees of freedom again and again
  if (a === lastA) return lastRatio;
  // Γ(a + ½)/Γ(a) = Γ(a + n + ½)/Γ(a + n) · Π_{k<n} (a + k)/(a + k + ½)
  let product = 1;
  let z = a;
  while (z < SERIES_FROM) {
    product *= z / (z + 0.5);
    z += 1;
  }
  const series =
    0.5 * Math.log(z) + (z * Math.log1p(0.5 / z) - 0.5) + stirlingCorrection(z + 0.5) - stirlingCorrection(z);
  lastA = a;
  lastRatio = series + Math.log(product);
  return lastRatio;
}
