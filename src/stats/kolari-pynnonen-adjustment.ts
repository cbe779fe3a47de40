import type { Conventions } from '../types';
import { kolariPynnonenRbar } from './kolari-pynnonen-rbar';
import { pValueNormal, pValueT } from './p-value';
import type { EventPanel } from './panel';
import { panelPass } from './panel-passes';
import { runNamedTest } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/**
 * √((1 − r̄)/(1 + (N − 1) r̄)), the Kolari–Pynnönen factor; `NaN` where it is not defined.
 *
 * @param rbar - The average cross-correlation r̄.
 * @param n - The number of events N.
 * @returns The factor, or `NaN` when the ratio is not positive and finite.
 *
 * @example
 * ```ts
 * kolariPynnonenFactor(0, 10) // 1
 * kolariPynnonenFactor(0.1, 10) // 0.6882… (= √(0.9 / 1.9))
 * kolariPynnonenFactor(-0.5, 10) // NaN
 * ```
 */
export function kolariPynnonenFactor(rbar: number, n: number): number {
  const f = (1 - rbar) / (1 + (n - 1) * rbar);
  return f > 0 && Number.isFinite(f) ? Math.sqrt(f) : Number.NaN;
}

/**
 * Counts of finite entries per day of an N×T matrix and per CAR window of a per-window matrix.
 *
 * @param panel - The cross-section (N, window days and CAR windows).
 * @param daily - N×T values (`panel.ar`, `panel.sar`).
 * @param car - Per-window values at `w * N + i` (`panel.car`, `panel.scar`).
 * @returns `days`, one count per window day, and `cars`, one per CAR window.
 *
 * @example
 * ```ts
 * // window days [-1, 0, 1], CAR windows [-1, 1] and [0, 0]; event 0 has ARs on all three days,
 * // event 1 only on -1 and 0
 * finiteCounts(panel, panel.ar, panel.car) // { days: [2, 2, 1], cars: [1, 2] }
 * ```
 */
export function finiteCounts(
  panel: EventPanel,
  daily: Float64Array,
  car: Float64Array,
): { days: number[]; cars: number[] } {
  const t = panel.days.length;
  const n = panel.events;
  const days: number[] = [];
  for (let j = 0; j < t; j++) {
    let c = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(daily[i * t + j]!)) c++;
    days.push(c);
  }
  const cars = panel.carWindows.map((_, w) => {
    let c = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(car[w * n + i]!)) c++;
    return c;
  });
  return { days, cars };
}

/**
 * Applies the Kolari–Pynnönen adjustment to a test's daily and CAR statistics (shared by `kp` and
 * `kpPatell`); p-values from t(N − 1) (`df: 'n-1'`) or N(0,1) (`'normal'`).
 *
 * @param panel - The cross-section, with estimation ARs and calendar dates.
 * @param base - The unadjusted test result (BMP or Patell).
 * @param conventions - `carTest`, `carDayCoverage`.
 * @param df - `'n-1'` for t(N − 1) p-values, `'normal'` for N(0,1).
 * @returns Daily statistics with `rbar`, and one value per CAR window with `rbar`.
 *
 * @example
 * ```ts
 * // what kp(panel, conventions) returns
 * adjustForCorrelation(panel, bmp(panel, { ...conventions, carTest: 'full' }), conventions, 'n-1')
 * ```
 */
export function adjustForCorrelation(
  panel: EventPanel,
  base: CrossEventTestResult,
  conventions: Conventions,
  df: 'n-1' | 'normal',
): CrossEventTestResult {
  // kp and kpPatell test the same events on the same days: one r̄ for both.
  const r = panelPass(panel, kolariPynnonenRbar);
  const counts = finiteCounts(panel, panel.sar, panel.scar);
  const p = (s: number, n: number): number => (df === 'normal' ? pValueNormal(s) : pValueT(s, n - 1));
  const notes: string[] = [];
  if (base.daily.note !== undefined) notes.push(base.daily.note);
  if (r.note !== undefined) notes.push(r.note);
  return runNamedTest(panel, conventions, {
    day: (j) => {
      const n = counts.days[j]!;
      const unadjusted = base.daily.statistic[j]!;
      const s = unadjusted * kolariPynnonenFactor(r.daily[j]!, n);
      const failed = Number.isFinite(unadjusted) && !Number.isFinite(s);
      return { statistic: s, pValue: p(s, n), note: failed ? '1 + (N − 1) r̄ ≤ 0 or r̄ undefined' : undefined };
    },
    car: (w) => {
      const v = base.cars[w]!;
      const n = counts.cars[w]!;
      const s = v.statistic * kolariPynnonenFactor(r.cars[w]!, n);
      const note = v.note ?? (Number.isFinite(s) ? r.note : '1 + (N − 1) r̄ ≤ 0 or r̄ undefined');
      return { statistic: s, pValue: p(s, n), note };
    },
    sumDaily: true,
    notes,
    // a copy: r̄ is shared with the other Kolari–Pynnönen test of the call
    rbar: { daily: r.daily.slice(), cars: r.cars },
  });
}
