/**
 * Test of example 05 (examples/05-crsp.ts): the CRSP-style study on the derived CRSP-layout
 * file. Its numbers are checked against facts computed here from the raw files (the panel's
 * closes, the Fama–French CSV, the delisting file) with an OLS fit written out in the test, not
 * against the numbers the library prints.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CrspData,
  DELIST_FILE,
  delistingStudies,
  FF3_FILE,
  loadCrspData,
  PANEL_DIR,
  placeboStudies,
  type SideBySide,
} from '../../examples/lib/crsp';
import type { EventResult, StudyResult } from '../../src/index';

const ROOT = join(import.meta.dirname, '..', '..');

/** Date → close of one panel file. */
function closes(ticker: string): Map<string, number> {
  const lines = readFileSync(join(PANEL_DIR, `${ticker}_data.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(lines.map((line) => [line.split(',')[0]!, Number(line.split(',')[4])]));
}

/** Date (YYYY-MM-DD) → Mkt-RF + RF, in decimals, read from the Fama–French CSV by hand. */
function ffMarket(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(FF3_FILE, 'utf8').split(/\r?\n/)) {
    const m = /^(\d{4})(\d\d)(\d\d),\s*([-\d.]+),\s*[-\d.]+,\s*[-\d.]+,\s*([-\d.]+)/.exec(line);
    if (m) out.set(`${m[1]}-${m[2]}-${m[3]}`, (Number(m[4]) + Number(m[5])) / 100);
  }
  return out;
}

/** Market-model AR on day 0, refitted here by OLS on the event's estimation dates. */
function handAr0(
  event: EventResult,
  close: Map<string, number>,
  market: Map<string, number>,
  r0: number,
): number {
  const dates = [...close.keys()];
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i]!;
    if (d < event.estimation.start || d > event.estimation.end) continue;
    y.push(close.get(d)! / close.get(dates[i - 1]!)! - 1);
    x.push(market.get(d)!);
  }
  expect(y.length).toBe(event.estimation.n);
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
  });
  const beta = sxy / sxx;
  return r0 - (my - beta * mx) - beta * market.get(event.day0)!;
}

function relative(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** Largest relative difference of the ARs, CAARs and test statistics of two studies. */
function largestDifference(a: StudyResult, b: StudyResult): number {
  let worst = 0;
  a.events.forEach((e, i) => {
    e.ar.forEach((x, t) => {
      worst = Math.max(worst, relative(x, b.events[i]!.ar[t]!));
    });
  });
  a.cars.forEach((car, k) => {
    worst = Math.max(worst, relative(car.caar, b.cars[k]!.caar));
    for (const [name, test] of Object.entries(car.tests))
      worst = Math.max(
        worst,
        relative(test!.statistic, b.cars[k]!.tests[name as keyof typeof car.tests]!.statistic),
      );
  });
  return worst;
}

describe('example 05: a CRSP-style study with delistings against the Fama–French market', () => {
  let data: CrspData;
  let placebo: SideBySide;
  let delisting: ReturnType<typeof delistingStudies>;
  const market = ffMarket();
  beforeAll(async () => {
    data = await loadCrspData();
    placebo = placeboStudies(data);
    delisting = delistingStudies(data);
  }, 120_000);

  it('the benchmark is Mkt-RF + RF of the Fama–French file', () => {
    data.market.dates.forEach((d, i) => {
      if (i % 997 === 0) expect(data.market.returns![i]).toBeCloseTo(market.get(d)!, 15);
    });
    expect(data.market.dates.length).toBe(market.size);
  });

  it('the 500 random events: the returns file gives the prices study (≤ 1e-12)', () => {
    expect(placebo.fromReturns.events.length).toBe(placebo.fromPrices.events.length);
    expect(placebo.fromPrices.events.length).toBeGreaterThan(490);
    expect(placebo.fromReturns.excluded.map((e) => e.code)).toEqual(
      placebo.fromPrices.excluded.map((e) => e.code),
    );
    expect(largestDifference(placebo.fromPrices, placebo.fromReturns)).toBeLessThanOrEqual(1e-12);
  });

  it('AAL: day 0 is (1 + RET)(1 + DLRET) − 1 from the closes and DLRET = −25 %, AR by a hand OLS fit', () => {
    expect(readFileSync(DELIST_FILE, 'utf8')).toContain('10001,20180207,233,-0.25');
    const close = closes('AAL');
    const ret = close.get('2018-02-07')! / close.get('2018-02-06')! - 1;
    const r0 = (1 + ret) * (1 - 0.25) - 1;
    const event = delisting.fromReturns.events.find((e) => e.ticker === '10001')!;
    expect(event.day0).toBe('2018-02-07');
    expect(event.returns.at(-1)!).toBeCloseTo(r0, 14);
    expect(relative(event.ar.at(-1)!, handAr0(event, close, market, r0))).toBeLessThan(1e-10);
    // without DLRET the study is the prices study; the delisting moves day 0 only
    const without = delisting.withoutDelistings.events.find((e) => e.ticker === '10001')!;
    const prices = delisting.fromPrices.events.find((e) => e.ticker === 'AAL')!;
    expect(relative(without.ar.at(-1)!, prices.ar.at(-1)!)).toBeLessThanOrEqual(1e-12);
    expect(event.car.at(-1)! - without.car.at(-1)!).toBeCloseTo(r0 - ret, 14);
  });

  it('ABC: delisted the day after its last row, studied from DLRET alone, excluded from prices', () => {
    expect(
      delisting.fromPrices.excluded.find((e) => e.ticker === 'ABC')?.code,
      'the prices end the day before',
    ).toBeDefined();
    expect(delisting.withoutDelistings.events.some((e) => e.ticker === '10005')).toBe(false);
    const event = delisting.fromReturns.events.find((e) => e.ticker === '10005')!;
    expect(event.day0).toBe('2018-02-08');
    expect(event.returns.at(-1)).toBe(0.05);
  });

  it('ABT: a missing DLRET (S) changes nothing and is counted', () => {
    const a = delisting.fromReturns.events.find((e) => e.ticker === '10006')!;
    const b = delisting.withoutDelistings.events.find((e) => e.ticker === '10006')!;
    expect(a.ar).toEqual(b.ar);
    const abt = delisting.fromReturns.events.find((e) => e.ticker === '10006')!;
    expect(abt.returns.at(-1)).toBeCloseTo(
      closes('ABT').get('2018-02-07')! / closes('ABT').get('2018-02-06')! - 1,
      14,
    );
  });

  it('the script runs and prints both tables', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'examples/05-crsp.ts'],
      {
        cwd: ROOT,
        maxBuffer: 1 << 22,
      },
    );
    expect(stdout).toContain('505 PERMNOs read from RET');
    expect(stdout).toContain('delistings: 3 in the file, 2 applied, missing DLRET S ×1');
    expect(stdout).toMatch(/AAL \(10001\)\s+2018-02-07\s+-25\.00 %/);
    expect(stdout).toContain('largest relative difference of any AR');
  }, 120_000);
});
