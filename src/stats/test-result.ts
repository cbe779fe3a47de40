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

/** Adds a note once (notes explain where and why a value is `NaN`). */
export function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}

/** A daily series, with `note` only when there is something to say. */
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

/** A single test value, with `note` only when there is something to say. */
export function makeValue(statistic: number, pValue: number, note?: string, rbar?: number): TestValue {
  const out: TestValue = { statistic, pValue };
  if (rbar !== undefined) out.rbar = rbar;
  if (note !== undefined && note !== '') out.note = note;
  return out;
}

/** A result where nothing can be computed, for the same reason on every day and window. */
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
