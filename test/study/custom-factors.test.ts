/**
 * Custom factor models and factor tables per exchange (issue 14) against
 * test/reference/custom_factor_reference.py (numpy lstsq on the uncentred design, real data):
 * every coefficient, σ, AR, SAR, CAR and SCAR to 1e-10 relative.
 *
 * A: `model: { factors: ['Mkt-RF', 'RMW', 'CMA'] }` on Ken French's 5-factor file (excess returns,
 *    the default since the table has RF).
 * B: `model: { factors: ['Mkt', 'Foreign'], excessReturns: false }` with
 *    `factors: { '.HK': HK table, US: US table }` (data/derived/regional-factors, derived from the
 *    real index files), Hong Kong and US listings in one study.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors';
import { parseFactors } from '../../src/io/parse-factors';
import { eventStudy } from '../../src/study/event-study';
import type { EventResult, StudyResult } from '../../src/types';
import { bundled, DATA } from '../helpers/xiaomi';

interface Reference {
  ticker: string;
  date: string;
  m: number;
  sigma: number;
  coefficients: Record<string, number>;
  ar: number[];
  sar: number[];
  cars: { window: [number, number]; car: number; scar: number }[];
}
const reference: Record<'A' | 'B', Reference[]> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'reference', 'custom_factor_reference.json'), 'utf8'),
);
const factorFile = (path: string) => parseFactors(readFileSync(join(DATA, path), 'utf8'), { file: path });

function near(actual: number, expected: number, what: string): void {
  const scale = Math.abs(expected);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-10 * scale);
}

function matches(result: StudyResult, want: Reference[]): void {
  expect(result.excluded).toEqual([]);
  expect(result.events.map((e) => e.ticker)).toEqual(want.map((w) => w.ticker));
  result.events.forEach((event: EventResult, i) => {
    const w = want[i]!;
    const label = `${w.ticker} ${w.date}`;
    expect(event.model.n, label).toBe(w.m);
    expect(Object.keys(event.model.coefficients!)).toEqual(Object.keys(w.coefficients));
    for (const [name, value] of Object.entries(w.coefficients))
      near(event.model.coefficients![name]!, value, `${label} ${name}`);
    near(event.model.sigma, w.sigma, `${label} sigma`);
    w.ar.forEach((v, j) => {
      near(event.ar[j]!, v, `${label} AR[${j}]`);
    });
    w.sar.forEach((v, j) => {
      near(event.sar[j]!, v, `${label} SAR[${j}]`);
    });
    w.cars.forEach((c, k) => {
      expect(event.cars[k]!.window).toEqual(c.window);
      near(event.cars[k]!.car, c.car, `${label} CAR${c.window}`);
      near(event.cars[k]!.scar, c.scar, `${label} SCAR${c.window}`);
    });
  });
}

describe('model { factors } on any columns of one table (A)', () => {
  const ff5 = factorFile('factors/F-F_Research_Data_5_Factors_2x3_daily.CSV');
  const events = reference.A.map((e) => ({ ticker: e.ticker, date: e.date }));
  const prices = [
    ...bundled('indices/GSPC.csv'),
    ...events.flatMap((e) => bundled(`us/sp500_5yr/individual_stocks_5yr/${e.ticker}_data.csv`)),
  ];
  const result = eventStudy({
    prices,
    events,
    market: '^GSPC',
    model: { factors: ['Mkt-RF', 'RMW', 'CMA'] },
    factors: ff5,
  });

  it('matches numpy to 1e-10 relative (excess returns by default: the table has RF)', () => {
    matches(result, reference.A);
    expect(result.events[0]!.model.name).toBe('factors');
  });

  it('records the model in the settings', () => {
    expect(result.settings.model).toBe('factors');
    expect(result.settings.factorModel).toEqual({ factors: ['Mkt-RF', 'RMW', 'CMA'] });
  });

  it('names a missing column, RF when excess returns are asked of a table without it', () => {
    expect(() =>
      eventStudy({ prices, events, market: '^GSPC', model: { factors: ['Mkt-RF', 'Mom'] }, factors: ff5 }),
    ).toThrow(/needs factor columns Mom/);
    const noRf = { dates: ff5.dates, factors: { 'Mkt-RF': ff5.factors['Mkt-RF']! } };
    expect(() =>
      eventStudy({
        prices,
        events,
        market: '^GSPC',
        model: { factors: ['Mkt-RF'], excessReturns: true },
        factors: noRf,
      }),
    ).toThrow(/needs factor columns RF/);
    expect(() =>
      eventStudy({ prices, events, market: '^GSPC', model: { factors: [] }, factors: ff5 }),
    ).toThrow(ConfigError);
    expect(() =>
      eventStudy({ prices, events, market: '^GSPC', model: { factors: ['SMB', 'SMB'] }, factors: ff5 }),
    ).toThrow(/twice/);
  });
});

describe('factors per exchange (B): a US and a Hong Kong listing each with its own table', () => {
  const hk = factorFile('derived/regional-factors/HK.csv');
  const us = factorFile('derived/regional-factors/US.csv');
  const events = reference.B.map((e) => ({ ticker: e.ticker, date: e.date }));
  const prices = [
    ...bundled('indices/HSI.csv'),
    ...bundled('indices/GSPC.csv'),
    ...bundled('hk/1810.HK.csv'),
    ...bundled('hk/2333.HK.csv'),
    ...bundled('hk/0175.HK.csv'),
    ...bundled('us/BIDU.csv'),
    ...bundled('us/ev/NIO.csv'),
  ];
  const spec = {
    prices,
    events,
    benchmarks: { '.HK': '^HSI', US: '^GSPC' },
    model: { factors: ['Mkt', 'Foreign'], excessReturns: false },
    factors: { '.HK': hk, US: us },
  };

  it('matches numpy to 1e-10 relative', () => {
    matches(eventStudy(spec), reference.B);
  });

  it('finds tables by exchange code as well as suffix', () => {
    const byCode = eventStudy({ ...spec, factors: { HKEX: hk, NYSE: us } });
    matches(byCode, reference.B);
  });

  it('excludes a listing whose exchange has no table, saying which tables there are', () => {
    const result = eventStudy({ ...spec, factors: { '.HK': hk } });
    expect(result.events.map((e) => e.ticker)).toEqual(['1810.HK', '2333.HK', '0175.HK']);
    expect(result.excluded.map((x) => [x.event.ticker, x.code])).toEqual([
      ['BIDU', 'factors-missing'],
      ['NIO', 'factors-missing'],
    ]);
    expect(result.excluded[0]!.reason).toContain('no factor table for BIDU');
    expect(result.excluded[0]!.reason).toContain('.HK');
  });

  it('runs the built-in ff3 with one table per exchange too', () => {
    const ff3 = factorFile('factors/F-F_Research_Data_Factors_daily.CSV');
    const one = eventStudy({ ...spec, events: [events[3]!], model: 'ff3', factors: ff3 });
    const keyed = eventStudy({ ...spec, events: [events[3]!], model: 'ff3', factors: { US: ff3 } });
    expect(keyed.events[0]!.ar).toEqual(one.events[0]!.ar);
  });
});

describe('the JSON of a custom factor study', () => {
  it('validates against the strict result schema', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { toJson } = await import('../../src/report/to-json');
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'src', 'schema', 'result.schema.json'), 'utf8'),
    );
    const strict = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strict);
      if (node === null || typeof node !== 'object') return node;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) out[key] = strict(value);
      if ('properties' in out && !('additionalProperties' in out)) out['additionalProperties'] = false;
      return out;
    };
    const hk = factorFile('derived/regional-factors/HK.csv');
    const result = eventStudy({
      prices: [...bundled('indices/HSI.csv'), ...bundled('hk/1810.HK.csv')],
      events: [{ ticker: '1810.HK', date: '2021-03-26' }],
      market: '^HSI',
      model: { factors: ['Mkt', 'Foreign'] },
      factors: { '.HK': hk },
    });
    const validate = new Ajv2020({ allErrors: true }).compile(strict(schema) as object);
    expect(validate(JSON.parse(toJson(result))), JSON.stringify(validate.errors)).toBe(true);
  });
});
