/**
 * Cholesky factorisation of small symmetric positive-definite matrices (p ≤ 6 here), stored
 * row-major, for the least-squares fits of the models
 * (https://en.wikipedia.org/wiki/Cholesky_decomposition).
 */

/** Relative pivot below which a matrix counts as singular (a constant or collinear regressor). */
const SINGULAR = 1e-12;

/**
 * Lower-triangular Cholesky factor of a symmetric matrix stored in its lower triangle.
 *
 * @param matrix - p×p, row-major; only the lower triangle is read
 * @param p - the order
 * @returns L with `L L' = matrix`, or `undefined` when the matrix is singular
 *
 * @example
 * ```ts
 * cholesky(Float64Array.of(4, 0, 2, 2), 2); // L = [2, 0, 1, 1]
 * ```
 */
export function cholesky(matrix: Float64Array, p: number): Float64Array | undefined {
  const lower = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let diagonal = matrix[j * p + j]!;
    for (let l = 0; l < j; l++) diagonal -= lower[j * p + l]! ** 2;
    if (!(diagonal > SINGULAR * matrix[j * p + j]!) || !(matrix[j * p + j]! > 0)) return undefined;
    const root = Math.sqrt(diagonal);
    lower[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let value = matrix[i * p + j]!;
      for (let l = 0; l < j; l++) value -= lower[i * p + l]! * lower[j * p + l]!;
      lower[i * p + j] = value / root;
    }
  }
  return lower;
}

/**
 * Solves `L L' x = b` by forward and back substitution.
 *
 * @param lower - the Cholesky factor L
 * @param p - the order
 * @param b - the right-hand side
 * @returns x
 *
 * @example
 * ```ts
 * choleskySolve(Float64Array.of(2, 0, 1, 1), 2, [4, 2]); // [1, 0]
 * ```
 */
export function choleskySolve(lower: Float64Array, p: number, b: ArrayLike<number>): Float64Array {
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let value = b[i]!;
    for (let l = 0; l < i; l++) value -= lower[i * p + l]! * z[l]!;
    z[i] = value / lower[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let value = z[i]!;
    for (let l = i + 1; l < p; l++) value -= lower[l * p + i]! * x[l]!;
    x[i] = value / lower[i * p + i]!;
  }
  return x;
}

/**
 * `(L L')⁻¹`, column by column.
 *
 * @param lower - the Cholesky factor L
 * @param p - the order
 * @returns the inverse, p×p row-major
 *
 * @example
 * ```ts
 * choleskyInverse(Float64Array.of(2, 0, 1, 1), 2); // inverse of [[4, 2], [2, 2]]
 * ```
 */
export function choleskyInverse(lower: Float64Array, p: number): Float64Array {
  const inverse = new Float64Array(p * p);
  const unit = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    unit.fill(0);
    unit[j] = 1;
    const column = choleskySolve(lower, p, unit);
    for (let i = 0; i < p; i++) inverse[i * p + j] = column[i]!;
  }
  return inverse;
}
