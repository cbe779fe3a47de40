/**
 * Ranks the first `n` entries of `values` (1 = smallest), giving tied values the average of the
 * ranks they span (R's `rank(ties.method = "average")`, scipy's `rankdata`).
 *
 * @param values - The values; only the first `n` are read. Must be finite.
 * @param n - How many values to rank.
 * @param out - Receives the rank of `values[k]` at `out[k]`.
 * @param scratch - Working space from {@link rankScratch}; a caller ranking many samples passes
 *   one it keeps (default: a fresh one).
 * @returns Σ (t³ − t) over the groups of t tied values (0 without ties), for tie corrections.
 *
 * @example
 * ```ts
 * const r = new Float64Array(4);
 * averageRanks(Float64Array.of(3, 1, 3, 2), 4, r) // 6; r = [3.5, 1, 3.5, 2]
 * ```
 */
export function averageRanks(
  values: Float64Array,
  n: number,
  out: Float64Array,
  scratch: RankScratch = rankScratch(),
): number {
  const { keys, positions } = sortByBuckets(values, n, scratch);
  let ties = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && keys[end]! === keys[start]!) end++;
    const rank = (start + 1 + end) / 2; // average of ranks start+1 … end
    for (let k = start; k < end; k++) out[positions[k]!] = rank;
    const t = end - start;
    if (t > 1) ties += t * t * t - t;
    start = end;
  }
  return ties;
}

/**
 * Working space of {@link averageRanks}, grown as needed. The rank tests rank every event's
 * sample (100,000 samples in a large study) and keep one for the whole pass: a fresh set of
 * arrays per sample would be garbage for the collector. Held by the caller, not the module, so
 * no state outlives a call.
 */
export interface RankScratch {
  /** After `averageRanks(values, n, …)`: the first n values in ascending order. */
  keys: Float64Array;
  /** After `averageRanks`: where `keys[k]` sits in `values`. */
  positions: Int32Array;
  bucketOf: Int32Array;
  bucketEnd: Int32Array;
}

/**
 * An empty {@link RankScratch}.
 *
 * @returns Working space for {@link averageRanks}.
 * @example
 * ```ts
 * const scratch = rankScratch();
 * averageRanks(Float64Array.of(2, 1), 2, new Float64Array(2), scratch);
 * ```
 */
export function rankScratch(): RankScratch {
  return {
    keys: new Float64Array(0),
    positions: new Int32Array(0),
    bucketOf: new Int32Array(0),
    bucketEnd: new Int32Array(0),
  };
}

/**
 * The first `n` values in ascending order (`keys`) with where each came from (`positions`), in
 * `scratch` (valid until its next use).
 *
 * A bucket sort: 2n buckets of equal width between the smallest and largest value, finished by
 * one insertion pass. Abnormal returns spread over their range, so most buckets hold a value or
 * two, and placing a value in its bucket is arithmetic rather than a comparison whose outcome
 * the processor cannot predict: about twice as fast as quicksort on the S&P 500 panel's 261-day
 * samples. Crowded buckets (heavy tails, ties) are quicksorted first, so the worst case stays
 * O(n log n). The order is the same total order either way, so the ranks do not depend on the
 * method.
 */
function sortByBuckets(
  values: Float64Array,
  n: number,
  scratch: RankScratch,
): { keys: Float64Array; positions: Int32Array } {
  if (scratch.keys.length < n) {
    scratch.keys = new Float64Array(n);
    scratch.positions = new Int32Array(n);
    scratch.bucketOf = new Int32Array(n);
    scratch.bucketEnd = new Int32Array(2 * n + 1);
  }
  const { keys, positions, bucketOf, bucketEnd } = scratch;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    if (values[k]! < lo) lo = values[k]!;
    if (values[k]! > hi) hi = values[k]!;
  }
  // One bucket when the values are all equal, so far apart that hi − lo overflows, or so close
  // (subnormal) that buckets / (hi − lo) does.
  const buckets = 2 * n;
  const width = buckets / (hi - lo);
  const scale = width > 0 && width < Number.POSITIVE_INFINITY ? width : 0;
  bucketEnd.fill(0, 0, buckets + 1);
  let crowded = false;
  for (let k = 0; k < n; k++) {
    const bucket = Math.min(buckets - 1, Math.floor((values[k]! - lo) * scale));
    bucketOf[k] = bucket;
    if (++bucketEnd[bucket + 1]! > INSERTION_SORT_MAX) crowded = true;
  }
  for (let b = 0; b < buckets; b++) bucketEnd[b + 1]! += bucketEnd[b]!;
  // Placing value k advances its bucket's start; afterwards bucketEnd[b] is where bucket b ends.
  for (let k = 0; k < n; k++) {
    const at = bucketEnd[bucketOf[k]!]!++;
    keys[at] = values[k]!;
    positions[at] = k;
  }
  if (crowded) {
    let start = 0;
    for (let b = 0; b < buckets; b++) {
      const end = bucketEnd[b]!;
      if (end - start > INSERTION_SORT_MAX) sortPairs(keys, positions, start, end - 1);
      start = end;
    }
  }
  // Values are out of order only within their bucket, a few places at most: one insertion pass
  // over the whole array finishes the sort.
  insertionSort(keys, positions, 0, n - 1);
  return { keys, positions };
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
  insertionSort(keys, positions, lo, hi);
}

/** Sorts `keys[lo … hi]` ascending by insertion, applying the same moves to `positions`. */
function insertionSort(keys: Float64Array, positions: Int32Array, lo: number, hi: number): void {
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
