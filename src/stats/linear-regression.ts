import type { CarRegression, RegressionCoefficient, StandardErrors } from '../types';
import { clusterCovariance, twoWayClusterCovariance } from './cluster-covariance';
import { heteroskedasticityCovariance } from './heteroskedasticity-covariance';
import { pValueF, pValueT } from './p-value';
import { type QrFit, qrLeastSquares } from './qr-least-squares';
import { symmetricEigenvalues } from './symmetric-eigenvalues';
import { waldF } from './wald-f';

/** A design ready to fit: responses, regressor columns (intercept first) and their names. */
export interface RegressionDesign {
  y: Float64Array;
  /** The k columns of X, intercept first, each of length n. */
  columns: Float64Array[];
  names: string[];
  /** WLS weights w_i (> 0), or none for OLS. */
  weights?: Float64Array;
  /** One or two cluster dimensions: codes 0 … G − 1 per observation, and G. */
  clusters?: { codes: Int32Array; clusters: number }[];
}

/** What {@link linearRegression} computes: the numbers of a {@link CarRegression}, and its notes. */
export type RegressionFit = Pick<
  CarRegression,
  'n' | 'k' | 'df' | 'coefficients' | 'r2' | 'adjR2' | 'f' | 'fPValue' | 'fDf'
> & { notes: string[] };

/**
 * OLS (or WLS by OLS on √w-scaled rows) with the standard errors of [methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars): classical
 * `s²(X'X)⁻¹` with `s² = e'e/(n − k)`; HC0–HC3 (White 1980; MacKinnon & White 1985); clustered
 * with Stata's `c = G/(G − 1)·(n − 1)/(n − k)` and G − 1 df, two-way `V_a + V_b − V_ab`
 * (Cameron, Gelbach & Miller 2011) with df = min(G_a, G_b) − 1 and a note where it is not
 * positive semi-definite; otherwise df = n − k. R² from the (weighted) fit, centred on the
 * (weighted) mean; F: R²-based for classical SEs, else the Wald F of the slopes.
 *
 * @param design - Responses, columns, names, optional weights and clusters.
 * @param se - The standard errors.
 * @returns The fit, or the index of the column that is a linear combination of the ones before
 *   it (the caller names it in its error).
 *
 * @example
 * ```ts
 * const one = new Float64Array(4).fill(1);
 * linearRegression({ y: Float64Array.of(1, 3, 4, 7), columns: [one, Float64Array.of(0, 1, 2, 3)], names: ['(intercept)', 'x'] }, 'hc1');
 * ```
 */
export function linearRegression(
  design: RegressionDesign,
  se: StandardErrors,
): { fit: RegressionFit } | { collinear: number } {
  const n = design.y.length;
  const root = design.weights?.map(Math.sqrt);
  const scale = (v: Float64Array) => (root ? v.map((x, i) => x * root[i]!) : v);
  const columns = design.columns.map(scale);
  const y = scale(design.y);
  const solved = qrLeastSquares(columns, y);
  if ('collinear' in solved) return solved;
  const { fit } = solved;
  const k = fit.k;
  const notes: string[] = [];
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += fit.residuals[i]! ** 2;
  const r2 = 1 - ssr / centredSumOfSquares(design.y, design.weights);
  const adjR2 = 1 - ((1 - r2) * (n - 1)) / (n - k);
  const { covariance, df } = coefficientCovariance(columns, fit, ssr, se, design.clusters, notes);
  const coefficients = design.names.map((name, j): RegressionCoefficient => {
    const variance = covariance[j * k + j]!;
    const error = variance >= 0 ? Math.sqrt(variance) : Number.NaN;
    const estimate = fit.beta[j]!;
    const t = estimate / error;
    return { name, estimate, se: error, t, pValue: pValueT(t, df) };
  });
  if (coefficients.some((c) => Number.isNaN(c.se))) {
    const negative = coefficients.filter((c) => Number.isNaN(c.se)).map((c) => c.name);
    notes.push(`negative variance for ${negative.join(', ')}: standard error, t and p are NaN`);
  }
  let f: number;
  let fPValue: number;
  if (k < 2) {
    f = Number.NaN;
    fPValue = Number.NaN;
    notes.push('no slope to test: F is NaN');
  } else if (se === 'classical') {
    f = r2 / (k - 1) / ((1 - r2) / (n - k));
    fPValue = pValueF(f, k - 1, n - k);
  } else {
    const wald = waldF(fit.beta, covariance, df);
    f = wald.f;
    fPValue = wald.pValue;
    if (wald.note) notes.push(wald.note);
  }
  return { fit: { n, k, df, coefficients, r2, adjR2, f, fPValue, fDf: [k - 1, df], notes } };
}

/** Σ w (y − ȳ_w)², ȳ_w the (weighted) mean: the total sum of squares behind R². */
function centredSumOfSquares(y: Float64Array, weights: Float64Array | undefined): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const w = weights ? weights[i]! : 1;
    total += w;
    sum += w * y[i]!;
  }
  const mean = sum / total;
  let ss = 0;
  for (let i = 0; i < y.length; i++) ss += (weights ? weights[i]! : 1) * (y[i]! - mean) ** 2;
  return ss;
}

function coefficientCovariance(
  columns: Float64Array[],
  fit: QrFit,
  ssr: number,
  se: StandardErrors,
  clusters: RegressionDesign['clusters'],
  notes: string[],
): { covariance: Float64Array; df: number } {
  const { n, k } = fit;
  if (se === 'classical') return { covariance: fit.inverse.map((v) => (v * ssr) / (n - k)), df: n - k };
  if (se !== 'cluster') {
    const robust = heteroskedasticityCovariance(columns, fit, se);
    if ('covariance' in robust) return { covariance: robust.covariance, df: n - k };
    notes.push(
      `observation ${robust.leverageOne + 1} has leverage 1 (it alone fixes a coefficient, e.g. the only event of a dummy's level): ${se.toUpperCase()} is undefined`,
    );
    return { covariance: new Float64Array(k * k).fill(Number.NaN), df: n - k };
  }
  const [a, b] = clusters!;
  if (b === undefined)
    return { covariance: clusterCovariance(columns, fit, a!.codes, a!.clusters), df: a!.clusters - 1 };
  const covariance = twoWayClusterCovariance(columns, fit, a!, b);
  const smallest = symmetricEigenvalues(covariance, k)[0]!;
  const largest = Math.max(...symmetricEigenvalues(covariance, k).map(Math.abs));
  if (smallest < -1e-12 * largest) {
    notes.push(
      `the two-way clustered covariance V_a + V_b − V_ab is not positive semi-definite (smallest eigenvalue ${smallest.toPrecision(3)}; Cameron, Gelbach & Miller 2011)`,
    );
  }
  return { covariance, df: Math.min(a!.clusters, b.clusters) - 1 };
}
