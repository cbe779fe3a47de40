import type { Conventions, TestSeries, TestValue } from '../types';
import type { EventPanel } from './panel';

/** What every cross-event test returns: one value per window day and one per CAR window. */
export interface CrossEventTestResult {
  /** One statistic and p-value per relative day of the event window (`panel.days`). */
  daily: TestSeries;
  /** One statistic and p-value per CAR window, aligned with `panel.carWindows`. */
  cars: TestValue[];
}

/** The signature shared by every cross-event test in `src/stats`. */
export type CrossEventTest = (panel: EventPanel, conventions?: Conventions) => CrossEventTestResult;

/**
 * Adds a note once (notes explain where and why a value is `NaN`).
 *
 * @param notes - The notes so far; changed in place.
 * @param note - The note to add unless already there.
 *
 * @example
 * ```ts
 * const notes: string[] = [];
 * addNote(notes, 'a'); addNote(notes, 'a'); addNote(notes, 'b'); // notes = ['a', 'b']
 * ```
 */
export function addNote(notes: string[], note: string): void {
  // A set beside each list: a test notes up to one reason per window day, and a linear
  // `includes` per note made a long window quadratic (issue 20: [-5, 3000] took 0.1 s per test).
  let seen = noteSets.get(notes);
  if (seen === undefined || seen.size !== notes.length) {
    seen = new Set(notes);
    noteSets.set(notes, seen);
  }
  if (seen.has(note)) return;
  seen.add(note);
  notes.push(note);
}

const noteSets = new WeakMap<string[], Set<string>>();

/**
 * A daily series, with `note` only when there is something to say.
 *
 * @param statistic - One statistic per window day.
 * @param pValue - One p-value per window day.
 * @param notes - Joined with `'; '` into `note` when not empty.
 * @param rbar - The Kolari–Pynnönen r̄ per day, for the tests that report it.
 * @returns The series.
 *
 * @example
 * ```ts
 * makeSeries([1.5], [0.13], []) // { statistic: [1.5], pValue: [0.13] }
 * makeSeries([NaN], [NaN], ['a', 'b']) // { statistic: [NaN], pValue: [NaN], note: 'a; b' }
 * ```
 */
export function makeSeries(
  statistic: number[],
  pValue: number[],
  notes: string[],
  rbar?: number[],
): TestSeries {
  const out: TestSeries = { statistic, pValue };
  if (rbar !== undefined) out.rbar = rbar;
  if (notes.length > 0) out.note = notes.join('; ');
  return out;
}

/**
 * A single test value, with `note` only when there is something to say.
 *
 * @param statistic - The statistic.
 * @param pValue - Its p-value.
 * @param note - Why it is `NaN`, if it is; dropped when `undefined` or empty.
 * @param rbar - The Kolari–Pynnönen r̄, for the tests that report it.
 * @returns The value.
 *
 * @example
 * ```ts
 * makeValue(2, 0.05, '') // { statistic: 2, pValue: 0.05 }
 * makeValue(1, 0.3, undefined, 0.02) // { statistic: 1, pValue: 0.3, rbar: 0.02 }
 * ```
 */
export function makeValue(statistic: number, pValue: number, note?: string, rbar?: number): TestValue {
  const out: TestValue = { statistic, pValue };
  if (rbar !== undefined) out.rbar = rbar;
  if (note !== undefined && note !== '') out.note = note;
  return out;
}

/**
 * A result where nothing can be computed, for the same reason on every day and window.
 *
 * @param panel - The cross-section (window days and CAR windows).
 * @param note - The reason, set on the daily series and on every CAR value.
 * @param withRbar - Also fill `rbar` with `NaN` (for the Kolari–Pynnönen tests).
 * @returns `NaN` statistics and p-values on every day and CAR window.
 *
 * @example
 * ```ts
 * nanResult(panel, 'no estimation data').cars[0] // { statistic: NaN, pValue: NaN, note: 'no estimation data' }
 * ```
 */
export function nanResult(panel: EventPanel, note: string, withRbar = false): CrossEventTestResult {
  const t = panel.days.length;
  const nan = (): number[] => new Array<number>(t).fill(Number.NaN);
  return {
    daily: makeSeries(nan(), nan(), [note], withRbar ? nan() : undefined),
    cars: panel.carWindows.map(() =>
      makeValue(Number.NaN, Number.NaN, note, withRbar ? Number.NaN : undefined),
    ),
  };
}
