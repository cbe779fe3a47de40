/**
 * Least squares by a QR decomposition of the design, for the cross-sectional regression of CARs
 * ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars)): modified Gram–Schmidt with one re-orthogonalisation pass ("twice is
 * enough": Giraud, Langou & Rozložník 2005, "The loss of orthogonality in the Gram–Schmidt
 * process", Computers & Mathematics with Applications 50), which keeps Q orthonormal to machine
 * precision, so the normal equations' squared condition number is never formed.
 */

/** A least-squares fit y ≈ Xβ with X = QR. */
export interface QrFit {
  /** Observations n and coefficients k. */
  n: number;
  k: number;
  beta: Float64Array;
  /** Residuals y − Xβ. */
  residuals: Float64Array;
  /** Leverages h_ii = Σ_j Q_ij², the diagonal of the hat matrix. */
  leverage: Float64Array;
  /** (X'X)⁻¹ = R⁻¹R⁻ᵀ, k×k row-major. */
  inverse: Float64Array;
}

/**
 * Relative size below which a column counts as a linear combination of the ones before it: the
 * norm of what is left of it after projecting out those columns, over its own norm.
 *
 * @example
 * ```ts
 * COLLINEAR // 1e-10
 * ```
 */
export const COLLINEAR = 1e-10;

/**
 * Fits y on the columns of X by least squares.
 *
 * @param columns - The k columns of X, each of length n (read, not changed).
 * @param y - The n responses.
 * @returns The fit, or the index of the first column that is (numerically) a linear combination
 *   of the columns before it, for the caller to name.
 *
 * @example
 * ```ts
 * const fit = qrLeastSquares([Float64Array.of(1, 1, 1), Float64Array.of(0, 1, 2)], Float64Array.of(1, 3, 5));
 * // fit.beta = [1, 2]
 * ```
 */
export function qrLeastSquares(
  columns: readonly Float64Array[],
  y: Float64Array,
): { fit: QrFit } | { collinear: number } {
  const k = columns.length;
  const n = y.length;
  const q = columns.map((column) => Float64Array.from(column));
  const r = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    const v = q[j]!;
    const size = Math.sqrt(dot(v, v));
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < j; l++) {
        const projection = dot(q[l]!, v);
        r[l * k + j]! += projection;
        axpy(-projection, q[l]!, v);
      }
    }
    const norm = Math.sqrt(dot(v, v));
    if (!(norm > COLLINEAR * size)) return { collinear: j };
    r[j * k + j] = norm;
    for (let i = 0; i < n; i++) v[i]! /= norm;
  }
  const qty = new Float64Array(k);
  const residuals = Float64Array.from(y);
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      const projection = dot(q[j]!, residuals);
      qty[j]! += projection;
      axpy(-projection, q[j]!, residuals);
    }
  }
  const rInverse = upperInverse(r, k);
  const beta = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let sum = 0;
    for (let b = a; b < k; b++) sum += rInverse[a * k + b]! * qty[b]!;
    beta[a] = sum;
  }
  const inverse = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let sum = 0;
      for (let c = b; c < k; c++) sum += rInverse[a * k + c]! * rInverse[b * k + c]!;
      inverse[a * k + b] = sum;
      inverse[b * k + a] = sum;
    }
  }
  const leverage = new Float64Array(n);
  for (const column of q) for (let i = 0; i < n; i++) leverage[i]! += column[i]! * column[i]!;
  return { fit: { n, k, beta, residuals, leverage, inverse } };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** v ← v + alpha·x. */
function axpy(alpha: number, x: Float64Array, v: Float64Array): void {
  for (let i = 0; i < v.length; i++) v[i]! += alpha * x[i]!;
}

/** Inverse of an upper-triangular k×k matrix (row-major) by back substitution. */
function upperInverse(r: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let j = k - 1; j >= 0; j--) {
    out[j * k + j] = 1 / r[j * k + j]!;
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let l = i + 1; l <= j; l++) sum += r[i * k + l]! * out[l * k + j]!;
      out[i * k + j] = -sum / r[i * k + i]!;
    }
  }
  return out;
}
