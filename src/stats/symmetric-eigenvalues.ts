/**
 * Eigenvalues of a small symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
 * "Matrix Computations", 4th ed., §8.5): plane rotations zero the off-diagonal entries until they
 * are negligible; the diagonal is then the spectrum. Used to tell whether a two-way clustered
 * covariance is positive semi-definite ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars)).
 *
 * @param matrix - k×k, row-major, symmetric (not changed).
 * @param k - The order.
 * @returns The k eigenvalues, ascending.
 *
 * @example
 * ```ts
 * symmetricEigenvalues(Float64Array.of(2, 1, 1, 2), 2) // [1, 3]
 * ```
 */
export function symmetricEigenvalues(matrix: Float64Array, k: number): number[] {
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let scale = 0;
    for (let p = 0; p < k; p++)
      for (let q = 0; q < k; q++) {
        if (p !== q) off += a[p * k + q]! ** 2;
        scale += a[p * k + q]! ** 2;
      }
    if (!(off > 1e-30 * scale)) break;
    for (let p = 0; p < k - 1; p++) for (let q = p + 1; q < k; q++) rotate(a, k, p, q);
  }
  return Array.from({ length: k }, (_, i) => a[i * k + i]!).sort((x, y) => x - y);
}

/** One Jacobi rotation in the (p, q) plane that zeroes a[p][q]. */
function rotate(a: Float64Array, k: number, p: number, q: number): void {
  const apq = a[p * k + q]!;
  if (apq === 0) return;
  const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let r = 0; r < k; r++) {
    const arp = a[r * k + p]!;
    const arq = a[r * k + q]!;
    a[r * k + p] = c * arp - s * arq;
    a[r * k + q] = s * arp + c * arq;
  }
  for (let r = 0; r < k; r++) {
    const apr = a[p * k + r]!;
    const aqr = a[q * k + r]!;
    a[p * k + r] = c * apr - s * aqr;
    a[q * k + r] = s * apr + c * aqr;
  }
}
