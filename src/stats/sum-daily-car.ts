import type { Conventions, TestSeries, TestValue } from '../types';
import { pValueNormal } from './p-value';
import type { EventPanel } from './panel';
import { usableCounts } from './panel-columns';
import { makeValue } from './test-result';

/**
 * CAR tests the estudy2 way (`carTest: 'sum-daily'`; Rudnytskyi, estudy2 `car_brown_warner_1985`,
 * `car_lamb`): the sum of the daily statistics over the D days of the CAR window on which more
 * than `carDayCoverage` of the events have a usable AR, divided by √D, against N(0,1).
 *
 * @param panel - The event panel (for the CAR windows and the daily coverage).
 * @param daily - The daily statistics of the test.
 * @param conventions - Read for `carDayCoverage`.
 * @returns One value per CAR window; `NaN` with a note when no day qualifies or a kept day has no
 * statistic.
 *
 * @example
 * ```ts
 * sumDailyCar(panel, bw1985Daily, estudy2Conventions)[0].statistic
 * ```
 */
export function sumDailyCar(panel: EventPanel, daily: TestSeries, conventions: Conventions): TestValue[] {
  const counts = usableCounts(panel);
  const coverage = conventions.carDayCoverage;
  return panel.carWindows.map(({ first, last }) => {
    let sum = 0;
    let d = 0;
    let missing = false;
    for (let j = first; j <= last; j++) {
      const n = counts[j]!;
      if (n === 0 || n / panel.events <= coverage) continue;
      const s = daily.statistic[j]!;
      if (!Number.isFinite(s)) missing = true;
      sum += s;
      d++;
    }
    if (d === 0) {
      return makeValue(
        Number.NaN,
        Number.NaN,
        `no day of the CAR window has more than ${coverage * 100}% of the events with an AR`,
      );
    }
    if (missing) {
      return makeValue(Number.NaN, Number.NaN, 'a day kept in the CAR window has no daily statistic');
    }
    const statistic = sum / Math.sqrt(d);
    return makeValue(statistic, pValueNormal(statistic));
  });
}
