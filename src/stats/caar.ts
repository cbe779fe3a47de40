import type { EventPanel } from './panel';
import { mean } from './panel-columns';

/**
 * Cumulative average abnormal return from the first window day through each day,
 * `CAAR_t = Σ_{s ≤ t} AAR_s` ([methods §4](../../docs/methods.md#4-cross-event-statistics)).
 * A day whose AAR is `NaN` (no usable AR) makes that day's CAAR and every later one `NaN`.
 *
 * Brown, S. J. & Warner, J. B. (1985). Using daily stock returns: the case of event studies.
 * Journal of Financial Economics 14(1), 3–31; Campbell, Lo & MacKinlay (1997), *The Econometrics
 * of Financial Markets*, ch. 4.
 *
 * @param aar - AAR_t per window day, e.g. from {@link aar}.
 * @returns CAAR_t per window day.
 *
 * @example
 * ```ts
 * caar([0.01, -0.005, 0.02]) // [0.01, 0.005, 0.025]
 * ```
 */
export function caar(aar: readonly number[]): number[] {
  let running = 0;
  return aar.map((value) => (running += value));
}

/**
 * CAAR of CAR window `w`: the mean of the events' CAR_i over the window,
 * `CAAR[t1, t2] = (1/N) Σ_i CAR_i[t1, t2]` ([methods §4](../../docs/methods.md#4-cross-event-statistics)).
 * Equal to Σ AAR_t over the window when every event has every day; `NaN` when some event's CAR
 * is missing or there are no events.
 *
 * @param panel - The cross-section, with its CAR windows.
 * @param w - The CAR window (index into `panel.carWindows`).
 * @returns The window's CAAR.
 *
 * @example
 * ```ts
 * // two events with CAR[-1, 1] = 0.03 and 0.01
 * windowCaar(panel, 0) // 0.02
 * ```
 */
export function windowCaar(panel: EventPanel, w: number): number {
  return mean(panel.car.subarray(w * panel.events), panel.events);
}
