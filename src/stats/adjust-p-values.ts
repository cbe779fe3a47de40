import { ConfigError } from '../errors';

/**
 * The multiple-testing corrections of {@link adjustPValues}.
 *
 * @category Tests
 */
export type PAdjustMethod = 'bonferroni' | 'holm' | 'hochberg' | 'bh' | 'by';

/**
 * Every method {@link adjustPValues} accepts.
 *
 * @example
 * ```ts
 * P_ADJUST_METHODS.includes('bh') // true
 * ```
 *
 * @category Tests
 */
export const P_ADJUST_METHODS: readonly PAdjustMethod[] = Object.freeze([
  'bonferroni',
  'holm',
  'hochberg',
  'bh',
  'by',
]);

/**
 * Adjusts p-values for multiple testing exactly as R's `p.adjust` ([methods §10](../../docs/methods.md#10-multiple-testing)), over the m
 * p-values that are not `NaN` (a `NaN` stays `NaN` and does not count in m):
 *
 * - `bonferroni`: `min(1, m p)`;
 * - `holm` (Holm 1979, "A simple sequentially rejective multiple test procedure", Scand. J.
 *   Statist. 6): step-down, the i-th smallest becomes `max_{j ≤ i} (m − j + 1) p_(j)`;
 * - `hochberg` (Hochberg 1988, "A sharper Bonferroni procedure for multiple tests of
 *   significance", Biometrika 75): step-up, `min_{j ≥ i} (m − j + 1) p_(j)`;
 * - `bh` (Benjamini & Hochberg 1995, "Controlling the false discovery rate", JRSS B 57):
 *   `min_{j ≥ i} m p_(j) / j`;
 * - `by` (Benjamini & Yekutieli 2001, "The control of the false discovery rate in multiple
 *   testing under dependency", Ann. Statist. 29): BH times `c(m) = Σ_{i=1..m} 1/i`;
 *
 * each capped at 1, in the input's order.
 *
 * @param pValues - The p-values (`NaN` for a missing one).
 * @param method - The correction.
 * @returns The adjusted p-values, aligned with the input.
 * @throws {ConfigError} For an unknown method.
 *
 * @example
 * ```ts
 * adjustPValues([0.01, 0.04, 0.03], 'holm') // [0.03, 0.06, 0.06]
 * adjustPValues([0.01, NaN, 0.03], 'bonferroni') // [0.02, NaN, 0.06]
 * ```
 *
 * @category Tests
 */
export function adjustPValues(pValues: readonly number[], method: PAdjustMethod): number[] {
  if (!P_ADJUST_METHODS.includes(method))
    throw new ConfigError(
      `unknown p-value adjustment '${String(method)}': expected ${P_ADJUST_METHODS.join(', ')}`,
    );
  const out = pValues.map(() => Number.NaN);
  const present = pValues.flatMap((p, i) => (Number.isNaN(p) ? [] : [i]));
  const m = present.length;
  if (m === 0) return out;
  if (method === 'bonferroni') {
    for (const i of present) out[i] = Math.min(1, m * pValues[i]!);
    return out;
  }
  // Ascending for the step-down Holm, descending for the step-up methods (ties keep input order).
  const ascending = [...present].sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  if (method === 'holm') {
    let running = 0;
    ascending.forEach((i, rank) => {
      running = Math.max(running, (m - rank) * pValues[i]!);
      out[i] = Math.min(1, running);
    });
    return out;
  }
  let harmonic = 1;
  if (method === 'by') {
    harmonic = 0;
    for (let i = 1; i <= m; i++) harmonic += 1 / i;
  }
  let running = Number.POSITIVE_INFINITY;
  for (let rank = m - 1; rank >= 0; rank--) {
    const i = ascending[rank]!;
    const factor = method === 'hochberg' ? m - rank : (harmonic * m) / (rank + 1);
    running = Math.min(running, factor * pValues[i]!);
    out[i] = Math.min(1, running);
  }
  return out;
}
