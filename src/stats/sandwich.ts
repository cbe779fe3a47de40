/**
 * The sandwich `B M B` with B = (X'X)⁻¹ (k×k, row-major, symmetric) and a k×k meat M: the shape
 * of every heteroskedasticity-robust and clustered covariance (White 1980; Cameron, Gelbach &
 * Miller 2011).
 *
 * @param bread - (X'X)⁻¹, k×k row-major.
 * @param meat - M, k×k row-major, symmetric.
 * @param k - The order.
 * @param scale - A factor applied to the result (small-sample corrections).
 * @returns scale · B M B, k×k row-major.
 *
 * @example
 * ```ts
 * sandwich(Float64Array.of(2, 0, 0, 1), Float64Array.of(1, 0, 0, 1), 2, 1) // [4, 0, 0, 1]
 * ```
 */
export function sandwich(bread: Float64Array, meat: Float64Array, k: number, scale: number): Float64Array {
  const half = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += bread[a * k + c]! * meat[c * k + b]!;
      half[a * k + b] = sum;
    }
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += half[a * k + c]! * bread[c * k + b]!;
      out[a * k + b] = scale * sum;
    }
  return out;
}
