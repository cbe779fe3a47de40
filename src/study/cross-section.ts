import { aar } from '../stats/aar';
import { abhar } from '../stats/abhar';
import { caar, windowCaar } from '../stats/caar';
import { carStatistics } from '../stats/car-statistics';
import { crossEventTests } from '../stats/cross-event-tests';
import type { EventPanel } from '../stats/panel';
import { carColumn } from '../stats/panel-columns';
import type { CarSummary, Conventions, TestSeries } from '../types';

/** The cross-event statistics of one panel: what the top level of a result and each group show. */
export interface CrossSection {
  aar: number[];
  caar: number[];
  /** Events with a usable AR on each window day. */
  n: number[];
  tests: Record<string, TestSeries>;
  cars: CarSummary[];
}

/**
 * AAR, CAAR, the daily and CAR-window tests and the CAR summaries of a panel ([methods §4](../../docs/methods.md#4-cross-event-statistics)):
 * the study's whole cross-section, or one group's (§8) when given that group's panel.
 *
 * @param panel - The events' abnormal returns.
 * @param conventions - The study's conventions.
 * @param names - The tests to run.
 * @returns The cross-section.
 *
 * @example
 * ```ts
 * const { caar, cars } = crossSection(panel, resolveConventions('default'), defaultTestNames);
 * ```
 */
export function crossSection(
  panel: EventPanel,
  conventions: Conventions,
  names: readonly string[],
): CrossSection {
  const tests = crossEventTests(panel, conventions, names);
  const n = panel.events;
  const daily = aar(panel);
  const column = new Float64Array(n);
  const cars: CarSummary[] = panel.carWindows.map(({ window }, w) => {
    const usable = carColumn(panel.car, n, w, column);
    return {
      window,
      caar: windowCaar(panel, w),
      abhar: abhar(panel, w),
      n,
      tests: tests.cars[w] ?? {},
      summary: carStatistics(column.subarray(0, usable)),
    };
  });
  return { aar: daily.aar, caar: caar(daily.aar), n: daily.n, tests: tests.daily, cars };
}
