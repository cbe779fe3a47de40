/**
 * CAPM, Fama–French 3, Carhart and Fama–French 5 on real S&P 500 events against
 * test/reference/factor_reference.py (numpy lstsq on the uncentred design; C_t and Var(CAR)
 * from (X'X)⁻¹): every coefficient, σ, AR, SAR, CAR, SCAR and BHAR to 1e-9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinFactors } from '../../src/io/join-factors';
import { parseFactors } from '../../src/io/parse-factors';
import { eventStudy } from '../../src/study/event-study';
import type { FactorTable, ModelName } from '../../src/types';
import { bundled, DATA } from '../helpers/xiaomi';

interface Reference {
  ticker: string;
  date: string;
  m: number;
  df: number;
  sigma: number;
  coefficients: Record<string, number>;
  ar: number[];
  sar: number[];
  cars: { window: [number, number]; car: number; scar: number; bhar: number; pValue: number }[];
}
const reference: Record<string, Reference[]> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'reference', 'factor_reference.json'), 'utf8'),
);
const french = (name: string) =>
  parseFactors(readFileSync(join(DATA, 'factors', name), 'utf8'), { file: name });
const ff3 = french('F-F_Research_Data_Factors_daily.CSV');
const ff5 = french('F-F_Research_Data_5_Factors_2x3_daily.CSV');
const momentum = french('F-F_Momentum_Factor_daily.CSV');
const factorsFor: Record<string, FactorTable> = { capm: ff3, ff3, carhart: joinFactors(ff3, momentum), ff5 };

const events = reference['ff3']!.map((event) => ({ ticker: event.ticker, date: event.date }));
const prices = [
  ...bundled('indices/GSPC.csv'),
  ...[...new Set(events.map((event) => event.ticker))].flatMap((ticker) =>
    bundled(`us/sp500_5yr/individual_stocks_5yr/${ticker}_data.csv`),
  ),
];

const near = (actual: number, expected: number) =>
  expect(
    Math.abs(actual - expected) / Math.max(1, Math.abs(expected)),
    `${actual} vs ${expected}`,
  ).toBeLessThan(1e-9);

describe.each(['capm', 'ff3', 'carhart', 'ff5'] as ModelName[])('%s on S&P 500 events', (model) => {
  const result = eventStudy({ prices, events, market: '^GSPC', model, factors: factorsFor[model]! });

  it('keeps every event', () => {
    expect(result.excluded).toEqual([]);
  });

  it('matches coefficients by name, σ and M', () => {
    result.events.forEach((event, i) => {
      const want = reference[model]![i]!;
      expect(event.model.n).toBe(want.m);
      expect(event.model.df).toBe(want.df);
      near(event.model.sigma, want.sigma);
      expect(Object.keys(event.model.coefficients!)).toEqual(Object.keys(want.coefficients));
      for (const [name, value] of Object.entries(want.coefficients))
        near(event.model.coefficients![name]!, value);
    });
  });

  it('matches AR, SAR, CAR, SCAR, BHAR and p', () => {
    result.events.forEach((event, i) => {
      const want = reference[model]![i]!;
      event.ar.forEach((value, j) => {
        near(value, want.ar[j]!);
      });
      event.sar.forEach((value, j) => {
        near(value, want.sar[j]!);
      });
      event.cars.forEach((car, w) => {
        near(car.car, want.cars[w]!.car);
        near(car.scar, want.cars[w]!.scar);
        near(car.bhar, want.cars[w]!.bhar);
        near(car.pValue, want.cars[w]!.pValue);
      });
    });
  });
});
