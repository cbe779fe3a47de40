/**
 * Smoke test of example 03 (examples/03-us-election-2016.ts): rebuilds its three studies from
 * examples/lib/election-2016.ts and checks them against facts counted straight from the files.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ElectionData,
  type ElectionModel,
  EVENT_DATE,
  electionStudy,
  GSPC_FILE,
  loadElectionData,
  MODELS,
  PANEL_DIR,
  WINDOW,
} from '../../examples/lib/election-2016';
import { carChart, type StudyResult } from '../../src/index';
import { carFan } from '../../src/report/car-fan';
import { quantileSorted } from '../../src/stats/quantile-sorted';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The panel tickers a [-5, 5] study on 2016-11-09 can use, counted from the CSV text alone: a
 * close on every S&P 500 trading day from day -6 to day +5 (so every window day has a return),
 * and at least 100 days in [-260, -11] with a close on that day and the one before.
 */
function completeTickers(): { complete: string[]; all: string[] } {
  const gspcDates = readFileSync(GSPC_FILE, 'utf8')
    .split(/\r?\n/)
    .slice(3)
    .filter((line) => /^\d{4}-\d{2}-\d{2},\d/.test(line))
    .map((line) => line.slice(0, 10));
  const zero = gspcDates.indexOf(EVENT_DATE);
  expect(zero).toBeGreaterThan(260);
  const complete: string[] = [];
  const all: string[] = [];
  for (const file of readdirSync(PANEL_DIR).filter((name) => name.endsWith('.csv'))) {
    const lines = readFileSync(join(PANEL_DIR, file), 'utf8').split(/\r?\n/);
    const header = lines[0]!.split(',');
    const closeAt = header.indexOf('close');
    const nameAt = header.indexOf('Name');
    const priced = new Set<string>();
    let ticker = '';
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      if (cells.length <= nameAt) continue;
      ticker = cells[nameAt]!;
      const close = cells[closeAt]!;
      if (close !== '' && Number(close) > 0) priced.add(cells[0]!);
    }
    all.push(ticker);
    const has = (t: number) => t >= 0 && priced.has(gspcDates[t]!);
    let window = true;
    for (let t = zero + WINDOW[0] - 1; t <= zero + WINDOW[1]; t++) window &&= has(t);
    let estimation = 0;
    for (let t = zero - 260; t <= zero - 11; t++) if (has(t) && has(t - 1)) estimation++;
    if (window && estimation >= 100) complete.push(ticker);
  }
  return { complete: complete.sort(), all: all.sort() };
}

describe('example 03: the 2016 US election', () => {
  let data: ElectionData;
  const results = {} as Record<ElectionModel, StudyResult>;

  beforeAll(async () => {
    data = await loadElectionData();
    for (const model of MODELS) results[model] = electionStudy(data, model);
  }, 120_000);

  it('keeps exactly the panel tickers with complete data around 2016-11-09', () => {
    const { complete, all } = completeTickers();
    expect(all.length).toBe(505);
    expect(complete.length).toBeGreaterThan(450);
    expect(complete.length).toBeLessThan(all.length);
    for (const model of MODELS) {
      const r = results[model];
      expect(r.events.map((event) => event.ticker).sort()).toEqual(complete);
      expect(r.events.length + r.excluded.length).toBe(all.length);
      expect(r.n.every((n) => n === complete.length)).toBe(true);
      expect(r.events.every((event) => event.day0 === EVENT_DATE && event.reason === 'date-only')).toBe(true);
      for (const exclusion of r.excluded) {
        expect(['event-window-gap', 'estimation-too-short', 'window-outside-data']).toContain(exclusion.code);
      }
    }
  });

  it("each model's day-0 AAR is the mean of its events' ARs, and CAR[0,0] agrees", () => {
    for (const model of MODELS) {
      const r = results[model];
      const j = r.days.indexOf(0);
      const mean = r.events.reduce((sum, event) => sum + event.ar[j]!, 0) / r.events.length;
      expect(r.aar[j]).toBeCloseTo(mean, 14);
      const car00 = r.cars.find((car) => car.window[0] === 0 && car.window[1] === 0)!;
      expect(car00.caar).toBeCloseTo(mean, 14);
    }
  });

  it('the models differ: factor models fit more parameters and see a different day 0', () => {
    const j = results.market.days.indexOf(0);
    expect(Object.keys(results.ff3.events[0]!.model.coefficients!)).toEqual(
      expect.arrayContaining(['alpha', 'Mkt-RF', 'SMB', 'HML']),
    );
    expect(Object.keys(results.carhart.events[0]!.model.coefficients!)).toContain('Mom');
    expect(results.ff3.aar[j]).not.toBeCloseTo(results.market.aar[j]!, 3);
  });

  it('on one shared date, r̄ > 0 and the KP-adjusted BMP is smaller than BMP', () => {
    for (const model of MODELS) {
      const r = results[model];
      const j = r.days.indexOf(0);
      const rbar = r.tests.kp!.rbar![j]!;
      const bmp = r.tests.bmp!.statistic[j]!;
      const kp = r.tests.kp!.statistic[j]!;
      expect(rbar).toBeGreaterThan(0);
      expect(Math.abs(kp)).toBeLessThanOrEqual(Math.abs(bmp));
      const n = r.n[j]!;
      expect(kp).toBeCloseTo(bmp * Math.sqrt((1 - rbar) / (1 + (n - 1) * rbar)), 12);
      expect(Math.abs(kp)).toBeLessThan(0.5 * Math.abs(bmp)); // N ≈ 500: the factor is about 0.4
    }
  });

  it('the per-event CAR chart of 497 events is a percentile fan with the extremes labelled', () => {
    const r = results.market;
    const svg = carChart(r);
    const last = r.days.length - 1;
    // The three highest and three lowest CARs on day +5, found here by sorting the events.
    const ranked = [...r.events].sort((a, b) => b.car[last]! - a.car[last]!).map((e) => e.ticker);
    const labelled = [...svg.matchAll(/class="end-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labelled.sort()).toEqual([...ranked.slice(0, 3), ...ranked.slice(-3)].sort());
    // Eight lines (median, six events, CAAR) and two bands, not 497 paths.
    expect(svg.match(/class="line"/g)).toHaveLength(8);
    expect(svg.match(/class="band"/g)).toHaveLength(2);
    // The fan's middle band on day 0 is the 25th–75th percentile of the day-0 CARs.
    const j = r.days.indexOf(0);
    const cars = r.events.map((e) => e.car[j]!).sort((a, b) => a - b);
    const fan = carFan(r, [0.25, 0.75]);
    expect(fan.quantiles[0]![j]).toBeCloseTo(quantileSorted(cars, 0.25), 15);
    expect(fan.n[j]).toBe(r.events.length);
    expect(fan.quantiles[0]![j]!).toBeLessThan(fan.quantiles[1]![j]!);
  });

  it('the script runs and prints its tables', { timeout: 120_000 }, async () => {
    // execFile rejects unless the script exits with code 0
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'examples/03-us-election-2016.ts'],
      {
        cwd: ROOT,
        timeout: 120_000,
      },
    );
    expect(stdout.split('\n')[0]).toBe(
      'The day after the 2016 US election: every S&P 500 stock in the panel on 2016-11-09',
    );
    expect(stdout).toContain('KP-adjusted BMP');
    expect(stdout).toMatch(/Run time: \d+\.\d\d s/);
  });
});
