import { cholesky, choleskyInverse, choleskySolve } from './cholesky';

/** A trade-to-trade fit: coefficients on z_t = (n_t, x_t) and the inverse of Σ z z' / n_t. */
export interface SpanFit {
  m: number;
  /** α (per calendar day) then the slopes. */
  coefficients: Float64Array;
  /** (Z*'Z*)⁻¹ with Z* the rows z_t / √n_t, k×k row-major. */
  inverse: Float64Array;
  /** Σ e_t² / n_t, the weighted sum of squared residuals. */
  ssr: number;
  /** Σ (y_t/√n_t − mean)², the weighted spread of y (for the zero-variance check). */
  sst: number;
}

/**
 * The trade-to-trade regression of Maynes & Rumsey (1993, "Conducting event studies with thinly
 * traded stocks", Journal of Banking & Finance 17(1)): a return spanning n_t calendar days is
 * `R_t = α n_t + x_t'β + ε_t` with `Var(ε_t) = n_t σ²`, fitted by weighted least squares
 * (each row divided by √n_t). With every n_t = 1 it is the ordinary regression with intercept.
 * Solved by Cholesky on the k×k weighted cross-product matrix.
 *
 * @param y - trade-to-trade listing returns on the calendar
 * @param columns - regressors on the calendar (the benchmark compounded over the same spans)
 * @param span - n_t per calendar day
 * @param rows - calendar indices of the usable estimation days
 * @returns the fit, or `undefined` when the regressors are collinear
 *
 * @example
 * ```ts
 * const fit = tradeToTradeFit(returns, [compoundedMarket], span, rows);
 * fit.coefficients; // [α per day, β]
 * ```
 */
export function tradeToTradeFit(
  y: Float64Array,
  columns: readonly Float64Array[],
  span: Float64Array,
  rows: ArrayLike<number>,
): SpanFit | undefined {
  const k = columns.length + 1;
  const cross = new Float64Array(k * k);
  const crossY = new Float64Array(k);
  const z = new Float64Array(k);
  let weightedMean = 0;
  for (let r = 0; r < rows.length; r++) {
    const t = rows[r]!;
    spanRow(z, columns, span, t);
    const weight = 1 / span[t]!;
    weightedMean += y[t]! / Math.sqrt(span[t]!);
    for (let i = 0; i < k; i++) {
      crossY[i]! += z[i]! * y[t]! * weight;
      for (let l = 0; l <= i; l++) cross[i * k + l]! += z[i]! * z[l]! * weight;
    }
  }
  const factor = cholesky(cross, k);
  if (!factor) return undefined;
  const coefficients = choleskySolve(factor, k, crossY);
  weightedMean /= rows.length;
  let ssr = 0;
  let sst = 0;
  for (let r = 0; r < rows.length; r++) {
    const t = rows[r]!;
    spanRow(z, columns, span, t);
    let e = y[t]!;
    for (let i = 0; i < k; i++) e -= coefficients[i]! * z[i]!;
    ssr += (e * e) / span[t]!;
    sst += (y[t]! / Math.sqrt(span[t]!) - weightedMean) ** 2;
  }
  return { m: rows.length, coefficients, inverse: choleskyInverse(factor, k), ssr, sst };
}

/**
 * Fills `z` with the unweighted regressor row (n_t, x_t) of calendar day t.
 *
 * @param z - output, length k
 * @param columns - regressors
 * @param span - n_t per day
 * @param t - calendar index
 *
 * @example
 * ```ts
 * spanRow(z, [market], span, t); // z = [n_t, R_mt^tt]
 * ```
 */
export function spanRow(
  z: Float64Array,
  columns: readonly Float64Array[],
  span: Float64Array,
  t: number,
): void {
  z[0] = span[t]!;
  for (let j = 0; j < columns.length; j++) z[j + 1] = columns[j]![t]!;
}
