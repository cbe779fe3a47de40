/**
 * The whole pipeline on real data against test/reference/xiaomi_reference.py, an independent
 * numpy/scipy computation from the matrix formulas (X'X)⁻¹ of METHODS.md §3 (the library uses
 * centred closed forms), for the market, mean-adjusted and market-adjusted models.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventStudy } from '../../src/study/event-study';
import type { ModelName } from '../../src/types';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

interface ReferenceEvent {
  m: number;
  df: number;
  sigma: number;
  alpha: number | null;
  beta: number | null;
  returns: number[];
  marketReturns: number[];
  ar: number[];
  sar: number[];
  pValue: number[];
  cars: { window: [number, number]; car: number; scar: number; bhar: number; pValue: number }[];
}
type ReferenceTests = Record<string, { statistic: number[]; pValue: number[] }>;
interface Reference {
  events: ReferenceEvent[];
  daily: ReferenceTests;
  cars: ReferenceTests[];
}

const reference: Record<string, Reference> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'reference', 'xiaomi_reference.json'), 'utf8'),
);
const prices = xiaomiPrices();

function close(actual: readonly number[], expected: readonly number[], tolerance = 1e-10): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((value, i) => {
    const scale = Math.max(1, Math.abs(expected[i]!));
    expect(Math.abs(value - expected[i]!) / scale, `entry ${i}: ${value} vs ${expected[i]}`).toBeLessThan(
      tolerance,
    );
  });
}

describe.each(['market', 'mean-adjusted', 'market-adjusted'] as ModelName[])(
  '%s model, Xiaomi / Great Wall',
  (model) => {
    const expected = reference[model]!;
    const result = eventStudy({ prices, events: xiaomiEvents, model });

    it('includes all three listings', () => {
      expect(result.excluded).toEqual([]);
      expect(result.events.map((event) => event.day0)).toEqual(['2021-03-26', '2021-03-26', '2021-03-26']);
    });

    it('matches the per-event fit, AR, SAR, p, CAR, SCAR and BHAR', () => {
      result.events.forEach((event, i) => {
        const want = expected.events[i]!;
        expect(event.model.n).toBe(want.m);
        expect(event.model.df).toBe(want.df);
        close([event.model.sigma], [want.sigma]);
        if (want.alpha !== null) close([event.model.alpha!], [want.alpha]);
        if (want.beta !== null) close([event.model.beta!], [want.beta]);
        close(event.returns, want.returns);
        close(event.marketReturns!, want.marketReturns);
        close(event.ar, want.ar);
        close(event.sar, want.sar);
        close(event.t, want.sar);
        close(event.pValue, want.pValue, 1e-8);
        event.cars.forEach((car, w) => {
          const ref = want.cars[w]!;
          expect(car.window).toEqual(ref.window);
          close([car.car, car.scar, car.bhar], [ref.car, ref.scar, ref.bhar]);
          close([car.pValue], [ref.pValue], 1e-8);
        });
      });
    });

    it('matches the daily cross-event tests', () => {
      for (const name of ['csect', 'patell', 'bmp', 'sign', 'generalizedSign'] as const) {
        close(result.tests[name]!.statistic, expected.daily[name]!.statistic);
        close(result.tests[name]!.pValue, expected.daily[name]!.pValue, 1e-8);
      }
    });

    it('matches the CAR-window cross-event tests', () => {
      result.cars.forEach((car, w) => {
        for (const name of ['csect', 'patell', 'bmp', 'sign', 'generalizedSign'] as const) {
          close([car.tests[name]!.statistic], expected.cars[w]![name]!.statistic);
          close([car.tests[name]!.pValue], expected.cars[w]![name]!.pValue, 1e-8);
        }
      });
    });
  },
);
