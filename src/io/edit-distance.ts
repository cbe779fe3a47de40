/**
 * Levenshtein distance between two strings, given up once it exceeds `limit` (Levenshtein 1966,
 * the classic two-row dynamic programme): the number of single-character insertions, deletions
 * and substitutions that turn `a` into `b`. Used to suggest close names (tickers, spec keys).
 *
 * @param a - First string.
 * @param b - Second string.
 * @param limit - Largest distance of interest; any larger distance is reported as `limit + 1`.
 * @returns The distance, or `limit + 1` when it is larger than `limit`.
 * @example
 * ```ts
 * editDistance('windw', 'window', 2) // 1
 * editDistance('abc', 'xyz', 1) // 2 (more than the limit)
 * ```
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
