/**
 * Ranks the first `n` entries of `values` (1 = smallest), giving tied values the average of the
 * ranks they span (R's `rank(ties.method = "average")`, scipy's `rankdata`).
 *
 * @param values - The values; only the first `n` are read. Must be finite.
 * @param n - How many values to rank.
 * @param out - Receives the rank of `values[k]` at `out[k]`.
 * @returns Σ (t³ − t) over the groups of t tied values (0 without ties), for tie corrections.
 *
 * @example
 * ```ts
 * const r = new Float64Array(4);
 * averageRanks(Float64Array.of(3, 1, 3, 2), 4, r) // 6; r = [3.5, 1, 3.5, 2]
 * ```
 */
export function averageRanks(values: Float64Array, n: number, out: Float64Array): number {
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => values[a]! - values[b]!);
  let ties = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!]! === values[order[start]!]!) end++;
    const rank = (start + 1 + end) / 2; // average of ranks start+1 … end
    for (let k = start; k < end; k++) out[order[k]!] = rank;
    const t = end - start;
    if (t > 1) ties += t * t * t - t;
    start = end;
  }
  return ties;
}

/**
 * Median of the first `n` entries (the mean of the two middle values when n is even), as R's
 * `median`. Returns `NaN` when n = 0.
 */
export function median(values: Float64Array, n: number): number {
  if (n === 0) return Number.NaN;
  const sorted = values.slice(0, n).sort();
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
}
