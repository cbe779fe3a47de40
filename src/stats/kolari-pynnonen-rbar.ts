import {
  KP_MIN_COMMON_DATES,
  type SharedDateLayout,
  sharedDateLayout,
  shiftedCorrelationSums,
} from './kolari-pynnonen-date-sums';
import type { EventPanel } from './panel';

export { KP_MIN_COMMON_DATES } from './kolari-pynnonen-date-sums';

/** The average cross-correlation r̄ of Kolari & Pynnönen (2010), per day and per CAR window. */
export interface KolariPynnonenRbar {
  /** r̄_t per window day, over the N_t events usable that day (`NaN` when N_t < 2). */
  daily: number[];
  /** r̄ per CAR window, over the events with a usable CAR-window value (`NaN` when N < 2). */
  cars: number[];
  /** Set when r̄ came from per-date sums (the `'sums'` method) rather than pairs. */
  note?: string;
}

/** How r̄ is computed: visiting the pairs (the reference), or from per-date sums (the fast path). */
export type KpRbarMethod = 'auto' | 'pairs' | 'sums';

/**
 * Kolari & Pynnönen's (2010) average cross-correlation of abnormal returns, on calendar dates
 * ([methods §4](../../docs/methods.md#4-cross-event-statistics)): `r̄ = Σ_{i≠j} ω_ij ρ_ij / (N(N − 1))`, ρ_ij the Pearson correlation of the
 * events' estimation-window ARs on their common calendar dates (0 with fewer than 30 or when
 * undefined), ω_ij the share of the tested window's L calendar dates that both events' windows
 * contain (daily: 1 exactly when both day-t dates coincide).
 *
 * Two ways to the same sum (they agree to rounding, ~1e-15 relative; the test beside this file
 * checks it on real clusters and random calendars):
 * - `'pairs'`, the plain reference: only pairs with ω_ij > 0 are visited: events are grouped by
 *   calendar date, `Σ_{i≠j} ω_ij ρ_ij = (1/L) Σ_dates Σ_{i≠j in the date's group} ρ_ij`, each ρ_ij
 *   computed once (cost O(N·T + Σ_g n_g² M)).
 * - `'sums'`, the fast path: events with complete estimation data on the shared date index (see
 *   `sharedDateLayout`) take their ρ from per-date sums of standardized estimation ARs
 *   (`shiftedCorrelationSums`), in O(N·L·M) whatever the clusters; pairs involving any other
 *   event are visited one by one as in `'pairs'`. Said in `note`.
 * `'auto'` (default) takes whichever visits fewer numbers, so small studies keep the pairwise
 * sums and large ones stay linear in N.
 *
 * Kolari, J. W. & Pynnönen, S. (2010). Event study testing with cross-sectional correlation of
 * abnormal returns. Review of Financial Studies 23(11), 3996–4025. https://doi.org/10.1093/rfs/hhq072
 *
 * @param panel - The cross-section, with estimation ARs and calendar dates.
 * @param daily - N×T values whose finiteness decides which events a day uses (default `panel.sar`).
 * @param car - Per-window values whose finiteness decides which events a CAR window uses (default
 * `panel.scar`).
 * @param method - `'auto'` (default), or force `'pairs'` or `'sums'`.
 * @returns r̄ per day and per CAR window.
 *
 * @example
 * ```ts
 * kolariPynnonenRbar(panel).daily // r̄_t
 * ```
 */
export function kolariPynnonenRbar(
  panel: EventPanel,
  daily: Float64Array = panel.sar,
  car: Float64Array = panel.scar,
  method: KpRbarMethod = 'auto',
): KolariPynnonenRbar {
  if (method === 'pairs') return pairwiseRbar(panel, daily, car);
  const n = panel.events;
  const t = panel.days.length;
  // Only events that every tested day and window uses can share the per-date sums.
  const everywhere = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let ok = 1;
    for (let j = 0; j < t && ok === 1; j++) if (!Number.isFinite(daily[i * t + j]!)) ok = 0;
    for (let w = 0; w < panel.carWindows.length && ok === 1; w++)
      if (!Number.isFinite(car[w * n + i]!)) ok = 0;
    everywhere[i] = ok;
  }
  const layout = sharedDateLayout(panel, everywhere);
  let longest = 1;
  for (const { first, last } of panel.carWindows) longest = Math.max(longest, last - first + 1);
  if (method === 'auto') {
    if (layout.count === 0) return pairwiseRbar(panel, daily, car);
    // Numbers visited: each pair visit reads two estimation windows (≈ 2M); the sums read each
    // regular event once per shift and role (2·(L − 1) + 1 windows) plus their group sums.
    const pairCost = pairVisits(panel, layout.windowPosition, layout.positions, daily, car) * 2;
    const sumCost = layout.count * (2 * longest - 1) + layout.positions * longest;
    if (pairCost <= sumCost) return pairwiseRbar(panel, daily, car);
  }
  return summedRbar(panel, daily, car, layout, longest);
}

/** Σ over tested days and windows of Σ_dates g(g − 1)/2: the pair visits of `'pairs'`. */
function pairVisits(
  panel: EventPanel,
  windowPosition: Int32Array,
  positions: number,
  daily: Float64Array,
  car: Float64Array,
): number {
  const n = panel.events;
  const t = panel.days.length;
  const counts = new Int32Array(positions);
  let visits = 0;
  const add = (): void => {
    for (let p = 0; p < positions; p++) visits += (counts[p]! * (counts[p]! - 1)) / 2;
    counts.fill(0);
  };
  for (let j = 0; j < t; j++) {
    for (let i = 0; i < n; i++) if (Number.isFinite(daily[i * t + j]!)) counts[windowPosition[i * t + j]!]!++;
    add();
  }
  panel.carWindows.forEach(({ first, last }, w) => {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(car[w * n + i]!)) continue;
      for (let j = first; j <= last; j++) counts[windowPosition[i * t + j]!]!++;
    }
    add();
  });
  return visits;
}

/**
 * The `'sums'` method: regular pairs from {@link shiftedCorrelationSums}; pairs involving any
 * other event one by one (each ρ once, applied to every day and window the pair shares). When
 * those pairs would cost more than the sums themselves (a few events with holes in their
 * estimation data among very many), the events with holes join the sums instead, an
 * approximation for their pairs that the note states ([methods §4](../../docs/methods.md#4-cross-event-statistics)).
 */
function summedRbar(
  panel: EventPanel,
  daily: Float64Array,
  car: Float64Array,
  layout: SharedDateLayout,
  longest: number,
): KolariPynnonenRbar {
  const n = panel.events;
  const t = panel.days.length;
  const windows = panel.carWindows;

  // Events by window date (position on the shared index), to find the partners of the events
  // that the sums leave out.
  const starts = new Int32Array(layout.positions + 1);
  for (let k = 0; k < n * t; k++) starts[layout.windowPosition[k]! + 1]!++;
  for (let p = 0; p < layout.positions; p++) starts[p + 1]! += starts[p]!;
  const fill = starts.slice(0, layout.positions);
  const owner = new Int32Array(n * t);
  for (let k = 0; k < n * t; k++) owner[fill[layout.windowPosition[k]!]!++] = Math.floor(k / t);
  const seen = new Int32Array(n).fill(-1);
  const partnersOf = (i: number, inSums: (k: number) => boolean, out: number[]): void => {
    out.length = 0;
    for (let j = 0; j < t; j++) {
      const p = layout.windowPosition[i * t + j]!;
      for (let q = starts[p]!; q < starts[p + 1]!; q++) {
        const k = owner[q]!;
        // each pair once: an event outside the sums takes its partners in the sums and the
        // later ones outside
        if (k === i || seen[k] === i || (!inSums(k) && k < i)) continue;
        seen[k] = i;
        out.push(k);
      }
    }
  };
  const partners: number[] = [];
  const isRegular = (k: number): boolean => layout.regular[k] === 1;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    if (isRegular(i)) continue;
    partnersOf(i, isRegular, partners);
    pairs += partners.length;
  }
  // In units of one pass over an estimation window: a pair takes about three, an event in the
  // sums two per shift.
  const approximate = layout.placed > layout.count && 3 * pairs > layout.count * (2 * longest - 1);
  const inSums = approximate ? (k: number): boolean => layout.anchor[k]! >= 0 : isRegular;

  const shifted = shiftedCorrelationSums(panel, layout, longest - 1, approximate);
  // Σ_{i≠j} ω_ij ρ_ij · L per day and window; pairs s apart in the sums share L − s of L dates.
  const dailySum = new Float64Array(t).fill(shifted[0]!);
  const carSum = windows.map(({ first, last }) => {
    const length = last - first + 1;
    let s = shifted[0]! * length;
    for (let shift = 1; shift < length; shift++) s += 2 * (length - shift) * shifted[shift]!;
    return s;
  });

  let outside = 0;
  let longestEstimation = 0;
  for (let i = 0; i < n; i++) {
    longestEstimation = Math.max(
      longestEstimation,
      panel.estimation.offsets[i + 1]! - panel.estimation.offsets[i]!,
    );
  }
  const x = new Float64Array(longestEstimation);
  const y = new Float64Array(longestEstimation);
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    if (inSums(i)) continue;
    outside++;
    partnersOf(i, inSums, partners);
    for (const k of partners) {
      const c = isRegular(k)
        ? valuesAgainstRegular(panel, layout, i, k, x, y)
        : commonValues(panel, Math.min(i, k), Math.max(i, k), x, y);
      const rho = pearson(x, y, c);
      if (rho === 0) continue;
      for (let j = 0; j < t; j++) {
        if (panel.windowDate[i * t + j] !== panel.windowDate[k * t + j]) continue;
        if (Number.isFinite(daily[i * t + j]!) && Number.isFinite(daily[k * t + j]!)) dailySum[j]! += 2 * rho;
      }
      for (let w = 0; w < windows.length; w++) {
        if (!Number.isFinite(car[w * n + i]!) || !Number.isFinite(car[w * n + k]!)) continue;
        const { first, last } = windows[w]!;
        carSum[w]! += 2 * rho * sharedDates(panel.windowDate, i * t, k * t, first, last);
      }
    }
  }

  const dailyUsed = new Float64Array(t);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < t; j++) if (Number.isFinite(daily[i * t + j]!)) dailyUsed[j]!++;
  const dailyRbar = Array.from(dailySum, (s, j) => {
    const used = dailyUsed[j]!;
    return used < 2 ? Number.NaN : s / (used * (used - 1));
  });
  const cars = windows.map(({ first, last }, w) => {
    let used = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(car[w * n + i]!)) used++;
    return used < 2 ? Number.NaN : carSum[w]! / ((last - first + 1) * used * (used - 1));
  });
  const holes = layout.placed - layout.count;
  const parts = [
    approximate
      ? `approximate for the ${holes} events with holes in their estimation data, standardized over the days they have`
      : 'exact',
  ];
  if (outside > 0) parts.push(`pairs with the ${outside} other events one by one`);
  const note = `r̄ from per-date sums of standardized estimation ARs on the shared date index (${parts.join('; ')})`;
  return { daily: dailyRbar, cars, note };
}

/**
 * `commonValues` for an irregular event i and a regular event k: k's estimation ARs sit at
 * consecutive positions of the shared date index, so i's entries find theirs by position. The
 * pairs come out in the same (date) order as from `commonValues`, so ρ is the same number.
 */
function valuesAgainstRegular(
  panel: EventPanel,
  layout: SharedDateLayout,
  i: number,
  k: number,
  x: Float64Array,
  y: Float64Array,
): number {
  const { offsets, ar, date } = panel.estimation;
  const anchor = layout.anchor[k]!;
  const start = offsets[k]!;
  const first = i < k; // pearson(x, y) takes the lower-numbered event as x
  let c = 0;
  for (let a = offsets[i]!; a < offsets[i + 1]!; a++) {
    const q = layout.position[date[a]! - layout.firstKey]! - anchor;
    if (q < 0 || q >= layout.m || !Number.isFinite(ar[a]!)) continue;
    x[c] = first ? ar[a]! : ar[start + q]!;
    y[c] = first ? ar[start + q]! : ar[a]!;
    c++;
  }
  return c;
}

/** How many of the dates of window days first … last two events share (both lists ascend). */
function sharedDates(dates: Int32Array, a: number, b: number, first: number, last: number): number {
  let x = a + first;
  let y = b + first;
  let shared = 0;
  while (x <= a + last && y <= b + last) {
    if (dates[x]! < dates[y]!) x++;
    else if (dates[y]! < dates[x]!) y++;
    else {
      shared++;
      x++;
      y++;
    }
  }
  return shared;
}

/** The `'pairs'` method of {@link kolariPynnonenRbar}. */
function pairwiseRbar(panel: EventPanel, daily: Float64Array, car: Float64Array): KolariPynnonenRbar {
  const n = panel.events;
  const t = panel.days.length;
  const cache = new Map<number, number>();
  const rho = (a: number, b: number): number => {
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const key = i * n + j;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = pearsonOnCommonDates(panel, i, j);
    cache.set(key, value);
    return value;
  };

  // Σ_{i≠j} ρ_ij over the events of one calendar date.
  const clusterSum = (members: number[]): number => {
    let s = 0;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) s += 2 * rho(members[a]!, members[b]!);
    return s;
  };

  const dailyRbar: number[] = [];
  for (let j = 0; j < t; j++) {
    const groups = new Map<number, number[]>();
    let used = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(daily[i * t + j]!)) continue;
      used++;
      const d = panel.windowDate[i * t + j]!;
      const g = groups.get(d);
      if (g === undefined) groups.set(d, [i]);
      else g.push(i);
    }
    if (used < 2) {
      dailyRbar.push(Number.NaN);
      continue;
    }
    let s = 0;
    for (const members of groups.values()) s += clusterSum(members);
    dailyRbar.push(s / (used * (used - 1)));
  }

  const cars = panel.carWindows.map(({ first, last }, w) => {
    const groups = new Map<number, number[]>();
    let used = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(car[w * n + i]!)) continue;
      used++;
      for (let j = first; j <= last; j++) {
        const d = panel.windowDate[i * t + j]!;
        const g = groups.get(d);
        if (g === undefined) groups.set(d, [i]);
        else if (g[g.length - 1] !== i) g.push(i);
      }
    }
    if (used < 2) return Number.NaN;
    let s = 0;
    for (const members of groups.values()) s += clusterSum(members);
    return s / ((last - first + 1) * used * (used - 1));
  });

  return { daily: dailyRbar, cars };
}

/**
 * Pearson correlation of events i and j's estimation ARs on their common calendar dates.
 *
 * @param panel - The cross-section, with estimation ARs and their calendar dates.
 * @param i - One event (row).
 * @param j - The other event.
 * @returns ρ_ij; 0 with fewer than {@link KP_MIN_COMMON_DATES} common dates or when undefined.
 *
 * @example
 * ```ts
 * // event 1's estimation ARs are twice event 0's on the same 60 dates; event 2 shares only 20
 * pearsonOnCommonDates(panel, 0, 1) // 1
 * pearsonOnCommonDates(panel, 0, 2) // 0
 * ```
 */
export function pearsonOnCommonDates(panel: EventPanel, i: number, j: number): number {
  const length = Math.min(
    panel.estimation.offsets[i + 1]! - panel.estimation.offsets[i]!,
    panel.estimation.offsets[j + 1]! - panel.estimation.offsets[j]!,
  );
  const x = new Float64Array(length);
  const y = new Float64Array(length);
  return pearson(x, y, commonValues(panel, i, j, x, y));
}

/**
 * Copies events i and j's finite estimation ARs on their common calendar dates into x and y
 * (in date order) and returns how many there are.
 */
function commonValues(panel: EventPanel, i: number, j: number, x: Float64Array, y: Float64Array): number {
  const { offsets, ar, date } = panel.estimation;
  let a = offsets[i]!;
  let b = offsets[j]!;
  const aEnd = offsets[i + 1]!;
  const bEnd = offsets[j + 1]!;
  let c = 0;
  while (a < aEnd && b < bEnd) {
    const da = date[a]!;
    const db = date[b]!;
    if (da < db) a++;
    else if (db < da) b++;
    else {
      if (Number.isFinite(ar[a]!) && Number.isFinite(ar[b]!)) {
        x[c] = ar[a]!;
        y[c] = ar[b]!;
        c++;
      }
      a++;
      b++;
    }
  }
  return c;
}

/** Pearson correlation of the first c pairs (two passes: means, then centred sums); 0 when c < 30 or undefined. */
function pearson(x: Float64Array, y: Float64Array, c: number): number {
  if (c < KP_MIN_COMMON_DATES) return 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < c; k++) {
    sx += x[k]!;
    sy += y[k]!;
  }
  const mx = sx / c;
  const my = sy / c;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < c; k++) {
    sxx += (x[k]! - mx) * (x[k]! - mx);
    syy += (y[k]! - my) * (y[k]! - my);
    sxy += (x[k]! - mx) * (y[k]! - my);
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Number.isFinite(r) ? r : 0;
}
