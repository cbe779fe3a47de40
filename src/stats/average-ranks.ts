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
  // Sorting (value, position) pairs in two typed arrays with a plain quicksort is about twice as
  // fast as sorting positions with a comparator callback, and the rank test ranks every event's
  // whole sample. Tied values get the same average rank whatever order the sort leaves them in.
  const sorted = values.slice(0, n);
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[k] = k;
  sortPairs(sorted, position, 0, n - 1);
  let ties = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && sorted[end]! === sorted[start]!) end++;
    const rank = (start + 1 + end) / 2; // average of ranks start+1 … end
    for (let k = start; k < end; k++) out[position[k]!] = rank;
    const t = end - start;
    if (t > 1) ties += t * t * t - t;
    start = end;
  }
  return ties;
}

/** Ranges this short are finished by insertion sort. */
const INSERTION_SORT_MAX = 12;

/**
 * Sorts `keys[lo … hi]` ascending (Hoare quicksort with the middle key as pivot, insertion sort
 * for short ranges), applying the same moves to `positions`. Recurses into the shorter part
 * only, so the stack stays O(log n).
 */
function sortPairs(keys: Float64Array, positions: Int32Array, lo: number, hi: number): void {
  while (hi - lo > INSERTION_SORT_MAX) {
    const pivot = keys[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i]! < pivot) i++;
      while (keys[j]! > pivot) j--;
      if (i <= j) {
        swap(keys, positions, i, j);
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sortPairs(keys, positions, lo, j);
      lo = i;
    } else {
      sortPairs(keys, positions, i, hi);
      hi = j;
    }
  }
  for (let k = lo + 1; k <= hi; k++) {
    const key = keys[k]!;
    const at = positions[k]!;
    let p = k - 1;
    while (p >= lo && keys[p]! > key) {
      keys[p + 1] = keys[p]!;
      positions[p + 1] = positions[p]!;
      p--;
    }
    keys[p + 1] = key;
    positions[p + 1] = at;
  }
}

function swap(keys: Float64Array, positions: Int32Array, i: number, j: number): void {
  const key = keys[i]!;
  keys[i] = keys[j]!;
  keys[j] = key;
  const at = positions[i]!;
  positions[i] = positions[j]!;
  positions[j] = at;
}

/**
 * Median of the first `n` entries (the mean of the two middle values when n is even), as R's
 * `median`. Returns `NaN` when n = 0.
 *
 * @param values - The values; only the first `n` are read (and not modified).
 * @param n - How many values to read.
 * @returns The median, or `NaN` when n = 0.
 *
 * @example
 * ```ts
 * median(Float64Array.of(4, 1, 3, 2), 4) // 2.5
 * median(Float64Array.of(5, 1, 3), 3) // 3
 * ```
 */
export function median(values: Float64Array, n: number): number {
  if (n === 0) return Number.NaN;
  const sorted = values.slice(0, n).sort();
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
}
