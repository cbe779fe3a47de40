import { logGammaHalfRatio } from './log-gamma-half-ratio';

/** ½ ln π. */
const HALF_LOG_PI = 0.5723649429247001;

/** What the t tail needs of its shape a = df/2 besides t: the same for every call with that df. */
export interface HalfBetaConstants {
  /** The shape a = df/2. */
  readonly a: number;
  /** 1/a. */
  readonly inverseA: number;
  /** √a. */
  readonly sqrtA: number;
  /** ln B(a, ½) = ½ ln π − ln(Γ(a + ½)/Γ(a)). */
  readonly logBeta: number;
  /** 1/B(a, ½). */
  readonly inverseBeta: number;
}

// Two entries: a study asks for one df again and again (the per-event df), sometimes alternating
// with a second (the cross-sectional df of `tests: 'all'`).
let recent: HalfBetaConstants | undefined;
let previous: HalfBetaConstants | undefined;

/**
 * The constants of the incomplete beta function I_x(a, ½) behind Student's t tail with df = 2a
 * degrees of freedom: 1/a, √a and the normalising constant B(a, ½) = Γ(a)Γ(½)/Γ(a + ½) (by
 * {@link logGammaHalfRatio}). A study computes thousands of p-values with the same df, so the last
 * two shapes asked for are kept and not computed again.
 *
 * @param a - the shape df/2 (positive, finite)
 * @returns the constants of that shape
 *
 * @example
 * ```ts
 * halfBetaConstants(0.5).inverseBeta; // 1/B(½, ½) = 1/π ≈ 0.3183098861837906
 * ```
 */
export function halfBetaConstants(a: number): HalfBetaConstants {
  if (recent !== undefined && recent.a === a) return recent;
  if (previous !== undefined && previous.a === a) {
    const found = previous;
    previous = recent;
    recent = found;
    return found;
  }
  const logBeta = HALF_LOG_PI - logGammaHalfRatio(a);
  const made: HalfBetaConstants = {
    a,
    inverseA: 1 / a,
    sqrtA: Math.sqrt(a),
    logBeta,
    inverseBeta: Math.exp(-logBeta),
  };
  previous = recent;
  recent = made;
  return made;
}
