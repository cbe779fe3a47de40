import type { EventPanel } from './panel';

/** The average abnormal return of each window day, with the events it averages. */
export interface AverageAbnormalReturns {
  /** AAR_t, one per window day (aligned with `panel.days`); `NaN` on a day with no usable AR. */
  aar: number[];
  /** N_t, the events with a usable AR on each window day. */
  n: number[];
}

/**
 * Average abnormal return of each window day, `AAR_t = (1/N_t) Σ_i AR_it`, over the N_t events
 * with a usable AR that day ([methods §4](../../docs/methods.md#4-cross-event-statistics)). Under
 * `thinTrading: 'exclude'` every included event has every day, so N_t = N; under
 * `'trade-to-trade'` an event with no return on a day does not count in that day's AAR or N_t.
 *
 * Brown, S. J. & Warner, J. B. (1985). Using daily stock returns: the case of event studies.
 * Journal of Financial Economics 14(1), 3–31; Campbell, Lo & MacKinlay (1997), *The Econometrics
 * of Financial Markets*, ch. 4.
 *
 * @param panel - The cross-section of abnormal returns.
 * @returns AAR_t and N_t per window day.
 *
 * @example
 * ```ts
 * // window days [0, 1]; event 0 has ARs [0.01, NaN], event 1 [0.03, 0.02]
 * aar(panel) // { aar: [0.02, 0.02], n: [2, 1] }
 * ```
 */
export function aar(panel: EventPanel): AverageAbnormalReturns {
  const width = panel.days.length;
  const events = panel.events;
  const n = panel.days.map(() => 0);
  const averages = panel.days.map((_, j) => {
    let sum = 0;
    for (let i = 0; i < events; i++) {
      const value = panel.ar[i * width + j]!;
      if (Number.isNaN(value)) continue;
      sum += value;
      n[j]!++;
    }
    return n[j]! > 0 ? sum / n[j]! : Number.NaN;
  });
  return { aar: averages, n };
}
