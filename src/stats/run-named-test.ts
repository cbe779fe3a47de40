import type { Conventions, TestValue } from '../types';
import { pValueNormal } from './p-value';
import type { EventPanel } from './panel';
import { sumDailyCar } from './sum-daily-car';
import { addNote, type CrossEventTestResult, makeSeries, makeValue } from './test-result';

/** A statistic with its p-value, or `NaN`s and the reason. */
export interface Computed {
  statistic: number;
  pValue: number;
  note?: string;
}

/**
 * A statistic tested against N(0,1): the statistic with its two-sided normal p-value.
 *
 * @param r - The statistic, and the reason when it is `NaN`.
 * @returns The statistic, its p-value and the note.
 *
 * @example
 * ```ts
 * withNormalPValue({ statistic: 1.96 }) // { statistic: 1.96, pValue: 0.04999…, note: undefined }
 * ```
 */
export function withNormalPValue(r: { statistic: number; note?: string }): Computed {
  return { statistic: r.statistic, pValue: pValueNormal(r.statistic), note: r.note };
}

/**
 * What a named cross-event test supplies to {@link runNamedTest}: its statistic on one window day
 * and on one CAR window. Everything else (the loops, the notes, `carTest: 'sum-daily'`) is the
 * same for every test and lives in the runner.
 *
 * @example
 * ```ts
 * const statistics: NamedTestStatistics = {
 *   day: (j) => ({ statistic: z[j], pValue: pValueNormal(z[j]) }),
 *   car: (w) => ({ statistic: zc[w], pValue: pValueNormal(zc[w]) }),
 *   sumDaily: true,
 * };
 * ```
 */
export interface NamedTestStatistics {
  /** The statistic on window day `j` (the index into `panel.days`); its `note` is prefixed with the day. */
  day: (j: number) => Computed;
  /** The statistic on CAR window `w` (the index into `panel.carWindows`). */
  car: (w: number) => Computed;
  /**
   * `true` when the test follows `carTest: 'sum-daily'` (the CAR-window statistic becomes Σ daily
   * statistics / √D, estudy2's form, and `car` is not called); `false` for tests whose CAR form is
   * their own whatever `carTest` (W⁺, GRANK, the bootstrap …).
   */
  sumDaily: boolean;
  /** Notes on the whole series, placed before the per-day ones (e.g. the unadjusted test's). */
  notes?: readonly string[];
  /** The Kolari–Pynnönen r̄ per window day and per CAR window, for the tests that report it. */
  rbar?: { daily: number[]; cars: number[] };
}

/**
 * Runs a named cross-event test: its statistic on every window day, in order, with one note per
 * day where it is `NaN` (`day −3: fewer than 2 events`), then on every CAR window (or the sum of
 * the daily statistics under `carTest: 'sum-daily'` where the test follows it).
 *
 * @param panel - The cross-section (its window days and CAR windows).
 * @param conventions - `carTest`, `carDayCoverage`.
 * @param statistics - The test's statistic per day and per CAR window.
 * @returns Daily statistics and one value per CAR window.
 *
 * @example
 * ```ts
 * runNamedTest(panel, conventions, {
 *   day: (j) => crossSectionalT(dayValues(j), n),
 *   car: (w) => crossSectionalT(carValues(w), n),
 *   sumDaily: true,
 * }).daily.statistic
 * ```
 */
export function runNamedTest(
  panel: EventPanel,
  conventions: Conventions,
  statistics: NamedTestStatistics,
): CrossEventTestResult {
  const statistic: number[] = [];
  const pValue: number[] = [];
  const notes = [...(statistics.notes ?? [])];
  for (let j = 0; j < panel.days.length; j++) {
    const r = statistics.day(j);
    statistic.push(r.statistic);
    pValue.push(r.pValue);
    if (r.note !== undefined) addNote(notes, `day ${panel.days[j]}: ${r.note}`);
  }
  const rbar = statistics.rbar;
  const daily = makeSeries(statistic, pValue, notes, rbar?.daily);
  if (statistics.sumDaily && conventions.carTest === 'sum-daily') {
    const cars = sumDailyCar(panel, daily, conventions);
    return { daily, cars: rbar ? cars.map((v, w): TestValue => ({ ...v, rbar: rbar.cars[w]! })) : cars };
  }
  const cars = panel.carWindows.map((_, w) => {
    const r = statistics.car(w);
    return makeValue(r.statistic, r.pValue, r.note, rbar?.cars[w]);
  });
  return { daily, cars };
}
