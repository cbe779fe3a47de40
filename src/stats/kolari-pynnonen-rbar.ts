import type { EventPanel } from './panel';

/** Clusters larger than this use per-date sums of standardized residuals instead of pairs. */
export const KP_PAIRWISE_MAX_CLUSTER = 500;

/** Fewer common estimation dates than this make ρ_ij = 0 (METHODS.md §4). */
export const KP_MIN_COMMON_DATES = 30;

/** The average cross-correlation r̄ of Kolari & Pynnönen (2010), per day and per CAR window. */
export interface KolariPynnonenRbar {
  /** r̄_t per window day, over the N_t events usable that day (`NaN` when N_t < 2). */
  daily: number[];
  /** r̄ per CAR window, over the events with a usable CAR-window value (`NaN` when N < 2). */
  cars: number[];
  /** Set when per-date sums replaced pairwise correlations for a large cluster. */
  note?: string;
}

/**
 * Kolari & Pynnönen's (2010) average cross-correlation of abnormal returns, on calendar dates
 * (METHODS.md §4): `r̄ = Σ_{i≠j} ω_ij ρ_ij / (N(N − 1))`, ρ_ij the Pearson correlation of the
 * events' estimation-window ARs on their common calendar dates (0 with fewer than 30 or when
 * undefined), ω_ij the share of the tested window's L calendar dates that both events' windows
 * contain (daily: 1 exactly when both day-t dates coincide). Only pairs with ω_ij > 0 are visited:
 * events are grouped by calendar date, `Σ_{i≠j} ω_ij ρ_ij = (1/L) Σ_dates Σ_{i≠j in the date's
 * group} ρ_ij`, and each ρ_ij is computed once (cost O(N·T + Σ_g n_g² T)). A group larger than
 * {@link KP_PAIRWISE_MAX_CLUSTER} uses `Σ_{i≠j} ρ_ij = (Σ_τ Z_τ² − Σ_i Σ_τ z_iτ²)/(M − 1)` with
 * z the standardized estimation ARs and Z_τ their per-date sum: exact when the group's estimation
 * dates coincide, an approximation otherwise (said in `note`).
 *
 * Kolari, J. W. & Pynnönen, S. (2010). Event study testing with cross-sectional correlation of
 * abnormal returns. Review of Financial Studies 23(11), 3996–4025. https://doi.org/10.1093/rfs/hhq072
 *
 * @param panel - The cross-section, with estimation ARs and calendar dates.
 * @param daily - N×T values whose finiteness decides which events a day uses (default `panel.sar`).
 * @param car - Per-window values whose finiteness decides which events a CAR window uses (default
 * `panel.scar`).
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
): KolariPynnonenRbar {
  const n = panel.events;
  const t = panel.days.length;
  const { offsets, ar } = panel.estimation;

  // Per event: mean and sd (n − 1) of its usable estimation ARs, for the per-date-sum shortcut.
  const mu = new Float64Array(n);
  const sd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let c = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (Number.isFinite(ar[k]!)) {
        s += ar[k]!;
        c++;
      }
    }
    mu[i] = s / c;
    let ss = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (Number.isFinite(ar[k]!)) ss += (ar[k]! - mu[i]!) ** 2;
    }
    sd[i] = Math.sqrt(ss / (c - 1));
  }

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

  let shortcut: 'exact' | 'approximate' | undefined;
  const clusterSum = (members: number[]): number => {
    const g = members.length;
    if (g < 2) return 0;
    if (g <= KP_PAIRWISE_MAX_CLUSTER) {
      let s = 0;
      for (let a = 0; a < g; a++) for (let b = a + 1; b < g; b++) s += 2 * rho(members[a]!, members[b]!);
      return s;
    }
    const r = perDateSum(panel, members, mu, sd);
    if (r.exact && shortcut === undefined) shortcut = 'exact';
    if (!r.exact) shortcut = 'approximate';
    return r.sum;
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

  const out: KolariPynnonenRbar = { daily: dailyRbar, cars };
  if (shortcut === 'exact') {
    out.note = `r̄ of clusters over ${KP_PAIRWISE_MAX_CLUSTER} events from per-date sums of standardized estimation ARs (exact: identical estimation dates)`;
  } else if (shortcut === 'approximate') {
    out.note = `r̄ of clusters over ${KP_PAIRWISE_MAX_CLUSTER} events from per-date sums of standardized estimation ARs (approximate: estimation dates differ)`;
  }
  return out;
}

/** Pearson correlation of events i and j's estimation ARs on their common calendar dates. */
export function pearsonOnCommonDates(panel: EventPanel, i: number, j: number): number {
  const { offsets, ar, date } = panel.estimation;
  const walk = (visit: (x: number, y: number) => void): void => {
    let a = offsets[i]!;
    let b = offsets[j]!;
    const aEnd = offsets[i + 1]!;
    const bEnd = offsets[j + 1]!;
    while (a < aEnd && b < bEnd) {
      const da = date[a]!;
      const db = date[b]!;
      if (da < db) a++;
      else if (db < da) b++;
      else {
        const x = ar[a]!;
        const y = ar[b]!;
        if (Number.isFinite(x) && Number.isFinite(y)) visit(x, y);
        a++;
        b++;
      }
    }
  };
  let c = 0;
  let sx = 0;
  let sy = 0;
  walk((x, y) => {
    c++;
    sx += x;
    sy += y;
  });
  if (c < KP_MIN_COMMON_DATES) return 0;
  const mx = sx / c;
  const my = sy / c;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  walk((x, y) => {
    sxx += (x - mx) * (x - mx);
    syy += (y - my) * (y - my);
    sxy += (x - mx) * (y - my);
  });
  const r = sxy / Math.sqrt(sxx * syy);
  return Number.isFinite(r) ? r : 0;
}

/** Σ_{i≠j} ρ_ij of a large group from per-date sums of standardized estimation ARs. */
function perDateSum(
  panel: EventPanel,
  members: number[],
  mu: Float64Array,
  sd: Float64Array,
): { sum: number; exact: boolean } {
  const { offsets, ar, date } = panel.estimation;
  const first = members[0]!;
  const len = offsets[first + 1]! - offsets[first]!;
  let exact = true;
  let totalM = 0;
  const sums = new Map<number, number>();
  let own = 0;
  let used = 0;
  for (const i of members) {
    const start = offsets[i]!;
    const m = offsets[i + 1]! - start;
    if (m !== len) exact = false;
    else {
      for (let k = 0; k < m; k++) {
        if (date[start + k]! !== date[offsets[first]! + k]! || !Number.isFinite(ar[start + k]!)) {
          exact = false;
          break;
        }
      }
    }
    if (!(sd[i]! > 0) || m < KP_MIN_COMMON_DATES) continue; // ρ = 0 for this event
    used++;
    totalM += m;
    for (let k = start; k < start + m; k++) {
      if (!Number.isFinite(ar[k]!)) continue;
      const z = (ar[k]! - mu[i]!) / sd[i]!;
      own += z * z;
      sums.set(date[k]!, (sums.get(date[k]!) ?? 0) + z);
    }
  }
  if (used < 2) return { sum: 0, exact };
  let total = 0;
  for (const s of sums.values()) total += s * s;
  return { sum: (total - own) / (totalM / used - 1), exact };
}
