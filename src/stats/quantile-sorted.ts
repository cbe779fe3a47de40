/**
 * The p-quantile of values sorted in increasing order, by linear interpolation between order
 * statistics: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). This is Hyndman & Fan's
 * (1996) definition 7, the default of R's `quantile` and of numpy's `percentile`.
 *
 * Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365.
 *
 * @param sorted - finite values in increasing order
 * @param p - the probability, in [0, 1]
 * @returns the quantile, or `NaN` for no values
 *
 * @example
 * ```ts
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 * quantileSorted([1, 2, 3, 4], 0.25); // 1.75
 * ```
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(h);
  const above = Math.min(n - 1, below + 1);
  return sorted[below]! + (h - below) * (sorted[above]! - sorted[below]!);
}
