import type { EventPanel } from './panel';

/**
 * Fewer common estimation dates than this make ρ_ij = 0 ([methods §4](../../docs/methods.md#4-cross-event-statistics)).
 *
 * @example
 * ```ts
 * KP_MIN_COMMON_DATES // 30
 * ```
 */
export const KP_MIN_COMMON_DATES = 30;

/**
 * Where the events sit on the study's shared date index (every calendar date that some event's
 * estimation or event window uses, in order). An event is **regular** when its estimation ARs
 * are complete and occupy consecutive positions of the index, with the same length M and the
 * same relative days as the other regular events, and its event-window dates sit at their
 * expected positions after them. For two regular events whose estimation windows start `s`
 * positions apart, the common estimation dates are the last M − s of the earlier one and the
 * first M − s of the later one, and their event windows share L − s of any L-day tested window.
 *
 * @example
 * ```ts
 * const layout = sharedDateLayout(panel, candidates);
 * layout.position[panel.estimation.date[k] - layout.firstKey]; // where estimation entry k sits
 * ```
 */
export interface SharedDateLayout {
  /** 1 for a regular event. */
  regular: Uint8Array;
  /**
   * Position on the shared index of the first relative day of an event's estimation window, for
   * regular events and for events whose estimation data have holes but sit on the same dates
   * (−1 for any other event).
   */
  anchor: Int32Array;
  /** How many events have an anchor (regular or with holes). */
  placed: number;
  /** Number of positions of the shared index. */
  positions: number;
  /** Estimation length M of every regular event. */
  m: number;
  /** Relative day of the first estimation day of a regular event (e.g. −260). */
  firstDay: number;
  /** How many events are regular. */
  count: number;
  /** Position on the shared index of each window date, laid out as `panel.windowDate`. */
  windowPosition: Int32Array;
  /**
   * Position on the shared index of date key `firstKey + k` at `position[k]` (−1 for a date that
   * no estimation or event window uses): estimation date `d` sits at `position[d − firstKey]`.
   * A table over the span of dates rather than one entry per estimation AR (25 million for
   * 100,000 events).
   */
  position: Int32Array;
  /** The smallest date key of the panel (days since 1970-01-01). */
  firstKey: number;
}

/**
 * Finds the regular events of a panel (see {@link SharedDateLayout}).
 *
 * @param panel - The cross-section.
 * @param candidate - Per event, 1 when it may be regular (the caller excludes events that some
 *   tested day or window does not use).
 * @returns The layout.
 *
 * @example
 * ```ts
 * const layout = sharedDateLayout(panel, new Uint8Array(panel.events).fill(1));
 * layout.count; // events whose correlations can come from per-date sums
 * ```
 */
export function sharedDateLayout(panel: EventPanel, candidate: Uint8Array): SharedDateLayout {
  const n = panel.events;
  const t = panel.days.length;
  const { offsets, ar, day, date } = panel.estimation;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const keys of [date, panel.windowDate]) {
    for (let k = 0; k < keys.length; k++) {
      if (keys[k]! < lo) lo = keys[k]!;
      if (keys[k]! > hi) hi = keys[k]!;
    }
  }
  const regular = new Uint8Array(n);
  const anchor = new Int32Array(n).fill(-1);
  const windowPosition = new Int32Array(n * t);
  if (!(hi >= lo))
    return {
      regular,
      anchor,
      placed: 0,
      positions: 0,
      m: 0,
      firstDay: 0,
      count: 0,
      windowPosition,
      position: new Int32Array(0),
      firstKey: 0,
    };

  // Date key → position, through a table over the (small) range of keys.
  const position = new Int32Array(hi - lo + 1).fill(-1);
  for (const keys of [date, panel.windowDate])
    for (let k = 0; k < keys.length; k++) position[keys[k]! - lo] = 0;
  let positions = 0;
  for (let k = 0; k < position.length; k++) if (position[k] === 0) position[k] = positions++;
  for (let k = 0; k < windowPosition.length; k++) windowPosition[k] = position[panel.windowDate[k]! - lo]!;

  // The reference layout: the longest estimation window, and the relative day it starts on.
  let m = 0;
  let reference = -1;
  for (let i = 0; i < n; i++) {
    const length = offsets[i + 1]! - offsets[i]!;
    if (length > m) {
      m = length;
      reference = i;
    }
  }
  if (reference < 0)
    return {
      regular,
      anchor,
      placed: 0,
      positions,
      m: 0,
      firstDay: 0,
      count: 0,
      windowPosition,
      position,
      firstKey: lo,
    };
  const firstDay = day[offsets[reference]!]!;

  let count = 0;
  let placed = 0;
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const length = offsets[i + 1]! - start;
    if (candidate[i] !== 1 || length === 0) continue;
    // Relative day d of the estimation window must sit at position p0 + (d − firstDay).
    const p0 = position[date[start]! - lo]! - (day[start]! - firstDay);
    let ok = p0 >= 0;
    for (let k = start; k < start + length && ok; k++) {
      const d = day[k]! - firstDay;
      ok = d >= 0 && d < m && position[date[k]! - lo] === p0 + d && Number.isFinite(ar[k]!);
    }
    for (let j = 0; j < t && ok; j++) ok = windowPosition[i * t + j] === p0 + panel.days[j]! - firstDay;
    if (!ok) continue;
    anchor[i] = p0;
    placed++;
    if (length === m) {
      regular[i] = 1;
      count++;
    }
  }
  return {
    regular,
    anchor,
    placed,
    positions,
    m,
    firstDay,
    count,
    windowPosition,
    position,
    firstKey: lo,
  };
}

/**
 * Sums of the Pearson correlations ρ_ij of regular events' estimation ARs, by the distance s
 * between their estimation windows on the shared date index: `sums[0] = Σ_{i≠j, s = 0} ρ_ij`
 * (ordered pairs) and, for s ≥ 1, `sums[s] = Σ ρ_ij` over the unordered pairs s apart.
 *
 * Exact, without visiting pairs (Kolari & Pynnönen 2010; [methods §4](../../docs/methods.md#4-cross-event-statistics), per-date sums): for the
 * earlier event i the common dates are its entries s … M − 1, for the later event j its entries
 * 0 … M − s − 1, so ρ_ij = Σ_k u_ik v_jk with u_i the earlier event's entries standardized by
 * their own mean and √(Σ (x − x̄)²), v_j likewise. Summing the u of all events that start at
 * position a into U_a, and the v into V_a, gives Σ ρ = Σ_a U_a · V_{a+s}; for s = 0 the events'
 * own terms Σ_k u_ik² are taken out. Cost O(N·(2S + 1)·M) for S = `maxShift`, memory
 * O((S + 1)²·M). Shifts with fewer than {@link KP_MIN_COMMON_DATES} common dates give 0.
 *
 * With `withHoles`, events whose estimation data have holes (but an anchor) join the sums too,
 * standardized over the entries they have, with 0 in the holes: an approximation for their
 * pairs, since a partner's entries on their holes still count in the partner's mean and spread.
 *
 * @param panel - The cross-section.
 * @param layout - Its shared date layout.
 * @param maxShift - The largest shift needed (the longest tested window's length − 1).
 * @param withHoles - Whether events with holes join the sums (default false).
 * @returns `sums[s]` for s = 0 … maxShift.
 *
 * @example
 * ```ts
 * const sums = shiftedCorrelationSums(panel, layout, 10);
 * sums[0]; // Σ ρ over pairs of events with the same day 0
 * ```
 */
export function shiftedCorrelationSums(
  panel: EventPanel,
  layout: SharedDateLayout,
  maxShift: number,
  withHoles = false,
): Float64Array {
  const sums = new Float64Array(maxShift + 1);
  const m = layout.m;
  const top = Math.min(maxShift, m - KP_MIN_COMMON_DATES);
  const joins = (i: number): boolean => (withHoles ? layout.anchor[i]! >= 0 : layout.regular[i] === 1);
  const members = withHoles ? layout.placed : layout.count;
  if (top < 0 || members === 0) return sums;
  const width = top + 1;
  const { offsets, ar, day } = panel.estimation;

  // Events by anchor (counting sort), so that each anchor's events are summed together.
  const starts = new Int32Array(layout.positions + 1);
  for (let i = 0; i < panel.events; i++) if (joins(i)) starts[layout.anchor[i]! + 1]!++;
  for (let a = 0; a < layout.positions; a++) starts[a + 1]! += starts[a]!;
  const byAnchor = new Int32Array(members);
  const fill = starts.slice(0, layout.positions);
  for (let i = 0; i < panel.events; i++) if (joins(i)) byAnchor[fill[layout.anchor[i]!]!++] = i;

  // U of the last `width` anchors (a ring, slot a mod width), per shift; V of the current anchor.
  const ringU = new Float64Array(width * width * m);
  const v = new Float64Array(width * m);
  const centred = new Float64Array(m);
  const present = new Float64Array(m); // 1 where the event has an AR, 0 in a hole
  const cum = new Float64Array(m + 1); // Σ of the centred values before entry k
  const cum2 = new Float64Array(m + 1); // Σ of their squares
  const cumCount = new Float64Array(m + 1); // how many entries before entry k
  // Whether a ring slot holds an anchor's sums (else it is all zeros): most positions of the
  // index start no event's window, and neither clearing their slot again nor a dot product with
  // it (exactly +0, the values being finite) changes a sum.
  const used = new Uint8Array(width);
  for (let a = 0; a < layout.positions; a++) {
    const slot = (a % width) * width * m;
    if (used[a % width] === 1) {
      ringU.fill(0, slot, slot + width * m);
      used[a % width] = 0;
    }
    if (starts[a] === starts[a + 1]) continue;
    used[a % width] = 1;
    v.fill(0);
    let own = 0;
    for (let q = starts[a]!; q < starts[a + 1]!; q++) {
      const i = byAnchor[q]!;
      const start = offsets[i]!;
      const length = offsets[i + 1]! - start;
      const complete = length === m;
      // Centring on the full-window mean first keeps the sub-window sums of squares accurate.
      let full = 0;
      for (let k = start; k < start + length; k++) full += ar[k]!;
      full /= length;
      centred.fill(0);
      present.fill(0);
      for (let k = start; k < start + length; k++) {
        const d = complete ? k - start : day[k]! - layout.firstDay;
        centred[d] = ar[k]! - full;
        present[d] = 1;
      }
      for (let k = 0; k < m; k++) {
        cum[k + 1] = cum[k]! + centred[k]!;
        cum2[k + 1] = cum2[k]! + centred[k]! * centred[k]!;
        cumCount[k + 1] = cumCount[k]! + present[k]!;
      }
      for (let s = 0; s <= top; s++) {
        // As the earlier event: entries s … m − 1.
        let count = cumCount[m]! - cumCount[s]!;
        let mean = (cum[m]! - cum[s]!) / count;
        let ss = cum2[m]! - cum2[s]! - count * mean * mean;
        if (ss > 0 && count >= KP_MIN_COMMON_DATES) {
          const scale = 1 / Math.sqrt(ss);
          const squares = complete
            ? addStandardized(ringU, slot + s * m, centred, s, m - s, mean, scale)
            : addStandardizedWithHoles(ringU, slot + s * m, centred, present, s, m - s, mean, scale);
          if (s === 0) own += squares;
        }
        if (s === 0) continue;
        // As the later event: entries 0 … m − s − 1.
        count = cumCount[m - s]!;
        mean = cum[m - s]! / count;
        ss = cum2[m - s]! - count * mean * mean;
        if (ss > 0 && count >= KP_MIN_COMMON_DATES) {
          const scale = 1 / Math.sqrt(ss);
          if (complete) addStandardized(v, s * m, centred, 0, m - s, mean, scale);
          else addStandardizedWithHoles(v, s * m, centred, present, 0, m - s, mean, scale);
        }
      }
    }
    sums[0]! += dot(ringU, slot, ringU, slot, m) - own;
    for (let s = 1; s <= top && s <= a; s++) {
      if (used[(a - s) % width] === 0) continue;
      sums[s]! += dot(ringU, ((a - s) % width) * width * m + s * m, v, s * m, m - s);
    }
  }
  return sums;
}

/**
 * Adds `(values[from + k] − mean) · scale` to `target[at + k]` for k < length and returns the
 * sum of the squares added (a small function, so that the engine compiles a tight loop).
 */
function addStandardized(
  target: Float64Array,
  at: number,
  values: Float64Array,
  from: number,
  length: number,
  mean: number,
  scale: number,
): number {
  let squares = 0;
  for (let k = 0; k < length; k++) {
    const z = (values[from + k]! - mean) * scale;
    target[at + k]! += z;
    squares += z * z;
  }
  return squares;
}

/** {@link addStandardized} where `present[from + k]` is 1, nothing in the holes (0). */
function addStandardizedWithHoles(
  target: Float64Array,
  at: number,
  values: Float64Array,
  present: Float64Array,
  from: number,
  length: number,
  mean: number,
  scale: number,
): number {
  let squares = 0;
  for (let k = 0; k < length; k++) {
    if (present[from + k] === 0) continue;
    const z = (values[from + k]! - mean) * scale;
    target[at + k]! += z;
    squares += z * z;
  }
  return squares;
}

/** Σ_k a[i + k] · b[j + k] for k < length. */
function dot(a: Float64Array, i: number, b: Float64Array, j: number, length: number): number {
  let total = 0;
  for (let k = 0; k < length; k++) total += a[i + k]! * b[j + k]!;
  return total;
}
