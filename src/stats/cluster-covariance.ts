import type { QrFit } from './qr-least-squares';
import { sandwich } from './sandwich';

/**
 * Cluster-robust covariance of OLS coefficients ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars); Liang & Zeger 1986; Arellano
 * 1987): `c (X'X)⁻¹ (Σ_g X_g' e_g e_g' X_g) (X'X)⁻¹` with Stata's small-sample factor
 * `c = G/(G − 1) · (n − 1)/(n − k)`, G the number of clusters (as `vce(cluster)`, statsmodels'
 * `cov_type='cluster'` and R's `sandwich::vcovCL(type = 'HC1')`).
 *
 * @param columns - The k columns of X (the weighted ones for WLS).
 * @param fit - The least-squares fit on them.
 * @param codes - Each observation's cluster, as 0 … G − 1.
 * @param clusters - G.
 * @returns The k×k covariance, row-major.
 *
 * @example
 * ```ts
 * clusterCovariance(columns, fit, Int32Array.of(0, 0, 1, 1, 2), 3); // Float64Array(k * k)
 * ```
 */
export function clusterCovariance(
  columns: readonly Float64Array[],
  fit: QrFit,
  codes: Int32Array,
  clusters: number,
): Float64Array {
  const { n, k, residuals } = fit;
  // The score of each cluster, s_g = Σ_{i∈g} x_i e_i, cluster-major.
  const scores = new Float64Array(clusters * k);
  for (let a = 0; a < k; a++) {
    const x = columns[a]!;
    for (let i = 0; i < n; i++) scores[codes[i]! * k + a]! += x[i]! * residuals[i]!;
  }
  const meat = new Float64Array(k * k);
  for (let g = 0; g < clusters; g++) {
    const base = g * k;
    for (let a = 0; a < k; a++) {
      const sa = scores[base + a]!;
      if (sa === 0) continue;
      for (let b = a; b < k; b++) meat[a * k + b]! += sa * scores[base + b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) meat[b * k + a] = meat[a * k + b]!;
  const c = (clusters / (clusters - 1)) * ((n - 1) / (n - k));
  return sandwich(fit.inverse, meat, k, c);
}

/**
 * Two-way cluster-robust covariance (Cameron, Gelbach & Miller 2011, "Robust inference with
 * multiway clustering", JBES 29): `V_a + V_b − V_ab`, each one-way clustered covariance with its
 * own small-sample factor, V_ab clustered on the intersections of the two dimensions (as
 * statsmodels' `cov_cluster_2groups`). The result need not be positive semi-definite.
 *
 * @param columns - The k columns of X.
 * @param fit - The least-squares fit.
 * @param a - Cluster codes of the first dimension and their number.
 * @param b - Cluster codes of the second dimension and their number.
 * @returns The k×k covariance, row-major.
 *
 * @example
 * ```ts
 * twoWayClusterCovariance(columns, fit, { codes: tickerCodes, clusters: 495 }, { codes: dateCodes, clusters: 5 });
 * ```
 */
export function twoWayClusterCovariance(
  columns: readonly Float64Array[],
  fit: QrFit,
  a: { codes: Int32Array; clusters: number },
  b: { codes: Int32Array; clusters: number },
): Float64Array {
  const pairs = new Map<number, number>();
  const both = new Int32Array(fit.n);
  for (let i = 0; i < fit.n; i++) {
    const key = a.codes[i]! * b.clusters + b.codes[i]!;
    let code = pairs.get(key);
    if (code === undefined) {
      code = pairs.size;
      pairs.set(key, code);
    }
    both[i] = code;
  }
  const va = clusterCovariance(columns, fit, a.codes, a.clusters);
  const vb = clusterCovariance(columns, fit, b.codes, b.clusters);
  const vab = clusterCovariance(columns, fit, both, pairs.size);
  return va.map((value, index) => value + vb[index]! - vab[index]!);
}
