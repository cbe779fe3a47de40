import type { EventPanel } from './panel';
import { mean } from './panel-columns';

/**
 * Average buy-and-hold abnormal return of CAR window `w`, `ABHAR = (1/N) Σ_i BHAR_i`, BHAR_i the
 * event's compounded return over the window less its compounded expected return
 * ([methods §3](../../docs/methods.md#3-expected-return-models) and
 * [§4](../../docs/methods.md#4-cross-event-statistics)); `NaN` when some event's BHAR is missing
 * or there are no events.
 *
 * Barber, B. M. & Lyon, J. D. (1997). Detecting long-run abnormal stock returns: the empirical
 * power and specification of test statistics. Journal of Financial Economics 43(3), 341–372.
 *
 * @param panel - The cross-section, with its CAR windows and each event's BHAR over them.
 * @param w - The CAR window (index into `panel.carWindows`).
 * @returns The window's ABHAR.
 *
 * @example
 * ```ts
 * // two events with BHAR[0, 5] = 0.04 and -0.01
 * abhar(panel, 2) // 0.015
 * ```
 */
export function abhar(panel: EventPanel, w: number): number {
  return mean(panel.bhar.subarray(w * panel.events), panel.events);
}
