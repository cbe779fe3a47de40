/**
 * toRows on the Xiaomi / Great Wall study (real prices), read back by two independent
 * consumers: Observable Plot (rendered in jsdom) and DuckDB (which recomputes AAR and CAAR
 * from the tidy event rows with SQL).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { eventStudy } from '../../src/index';
import { toCsv } from '../../src/report/to-csv';
import { toRows } from '../../src/report/to-rows';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const result = eventStudy({ prices: xiaomiPrices(), events: xiaomiEvents });
const tables = ['events', 'days', 'cars'] as const;

describe('toRows', () => {
  test.each(tables)('%s: the columns and values of toCsv, numbers as numbers', (table) => {
    const rows = toRows(result, table);
    const [header, ...csv] = Papa.parse<string[]>(toCsv(result, { table }), { skipEmptyLines: true }).data;
    expect(rows.length).toBe(csv.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const [k, row] of rows.entries()) {
      expect(Object.keys(row)).toEqual(header);
      header!.forEach((name, c) => {
        const value = row[name]!;
        const cell = csv[k]![c]!;
        if (typeof value === 'number') {
          // CSV writes a number with JavaScript's shortest round-trip form, so it parses back exactly.
          if (Number.isFinite(value)) expect(Number(cell)).toBe(value);
          else expect(cell).toBe('');
        } else {
          expect(value).toBe(cell);
        }
      });
    }
  });

  test('events: one row per event and window day with the result values', () => {
    const rows = toRows(result, 'events');
    expect(rows.length).toBe(result.events.length * result.days.length);
    const j = result.days.indexOf(0);
    const row = rows.find((r) => r.ticker === '2333.HK' && r.day === 0)!;
    const event = result.events.find((e) => e.ticker === '2333.HK')!;
    expect(row).toMatchObject({ id: 'xiaomi-ev', market: '^HSI', date: '2021-03-26' });
    expect(row.ar).toBe(event.ar[j]);
    expect(row.car).toBe(event.car[j]);
    expect(typeof row.day).toBe('number');
  });

  test('a missing number is NaN and missing text is empty, so every row has every column', () => {
    const adjusted = eventStudy({
      prices: xiaomiPrices(),
      events: [{ ticker: '1810.HK', date: '2021-03-26' }],
      model: 'mean-adjusted',
      window: [-2, 2],
    });
    const [row] = toRows(adjusted, 'events');
    expect(row!.market).toBe('');
    expect(row!.market_return).toBeNaN();
    // One event: the cross-sectional t has no variance.
    const day = toRows(adjusted, 'days')[0]!;
    expect(day.csect).toBeNaN();
    expect(JSON.parse(JSON.stringify(day)).csect).toBeNull();
  });

  test('groups: one row per group and CAR window, the cars columns after the group', () => {
    const grouped = eventStudy({
      prices: xiaomiPrices(),
      events: xiaomiEvents.map((event) => ({ ...event, group: event.ticker.endsWith('.HK') ? 'HK' : 'SH' })),
    });
    const rows = toRows(grouped, 'groups');
    expect(rows.map((r) => [r.group, r.window_start, r.window_end, r.n])).toEqual([
      ['HK', -1, 1, 2],
      ['HK', 0, 0, 2],
      ['HK', -5, 5, 2],
      ['SH', -1, 1, 1],
      ['SH', 0, 0, 1],
      ['SH', -5, 5, 1],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(['group', ...Object.keys(toRows(grouped, 'cars')[0]!)]);
    // The Shanghai group is one listing: its CAAR is that listing's CAR.
    const sh = grouped.events.find((e) => e.ticker === '601633.SS')!;
    expect(rows[3]!.caar).toBe(sh.cars[0]!.car);
    expect(rows[3]!.car_median).toBe(sh.cars[0]!.car);
    expect(toRows(result, 'groups')).toEqual([]);
  });

  test("cars: the distribution of the events' CARs after the tests", () => {
    const [row] = toRows(result, 'cars');
    const cars = result.events.map((e) => e.cars[0]!.car).sort((a, b) => a - b);
    expect(row!.car_median).toBe(cars[1]);
    expect(row!.car_min).toBe(cars[0]);
    expect(row!.car_max).toBe(cars[2]);
    expect(row!.car_positive).toBeCloseTo(cars.filter((c) => c > 0).length / 3, 15);
  });
});

describe('Observable Plot reads the rows', () => {
  test('a CAAR line over the days: a linear x and y scale spanning the values', () => {
    const { document } = new JSDOM('').window;
    const rows = toRows(result, 'days');
    const chart = Plot.plot({
      document,
      marks: [Plot.lineY(rows, { x: 'day', y: 'caar' }), Plot.dot(rows, { x: 'day', y: 'caar' })],
    });
    // Numbers give continuous scales whose domain is the data's extent (text would be ordinal).
    expect(chart.scale('x')).toMatchObject({ type: 'linear', domain: [-5, 5] });
    expect(chart.scale('y')).toMatchObject({
      type: 'linear',
      domain: [Math.min(...result.caar), Math.max(...result.caar)],
    });
    expect(chart.querySelectorAll('circle').length).toBe(result.days.length);
  });

  test('per-event CAR lines: one path per ticker', () => {
    const { document } = new JSDOM('').window;
    const chart = Plot.plot({
      document,
      marks: [Plot.lineY(toRows(result, 'events'), { x: 'day', y: 'car', stroke: 'ticker' })],
    });
    expect(chart.querySelectorAll('path').length).toBeGreaterThanOrEqual(result.events.length);
    expect(chart.scale('color')!.domain).toEqual(['1810.HK', '2333.HK', '601633.SS']);
  });
});

describe('DuckDB reads the rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventstudy-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function query(sql: string): Promise<Record<string, unknown>[]> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS();
    } finally {
      connection.closeSync();
    }
  }

  function writeRows(name: string, rows: unknown[]): string {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(rows));
    return file.replace(/'/g, "''");
  }

  test('AAR and CAAR recomputed in SQL from the event rows equal the result', async () => {
    const file = writeRows('events', toRows(result, 'events'));
    const rows = await query(
      `SELECT day, avg(ar) AS aar, count(*) AS n, typeof(any_value(ar)) AS type
       FROM read_json('${file}', format = 'array') GROUP BY day ORDER BY day`,
    );
    expect(rows.map((r) => Number(r.day))).toEqual(result.days);
    expect(rows.map((r) => r.type)).toEqual(result.days.map(() => 'DOUBLE'));
    rows.forEach((row, j) => {
      expect(row.aar as number).toBeCloseTo(result.aar[j]!, 14);
      expect(Number(row.n)).toBe(result.n[j]);
    });
    // CAAR is the running sum of AAR (METHODS.md: CAAR = Σ AAR when every event has every day).
    const caar = await query(
      `SELECT day, sum(avg(ar)) OVER (ORDER BY day) AS caar
       FROM read_json('${file}', format = 'array') GROUP BY day ORDER BY day`,
    );
    caar.forEach((row, j) => {
      expect(row.caar as number).toBeCloseTo(result.caar[j]!, 14);
    });
  });

  test('the CAR-window rows keep their numbers, and a NaN becomes NULL', async () => {
    const single = eventStudy({
      prices: xiaomiPrices(),
      events: [xiaomiEvents[0]!],
    });
    const file = writeRows('cars', toRows(single, 'cars'));
    const rows = await query(
      `SELECT window_start::DOUBLE AS window_start, window_end::DOUBLE AS window_end, caar, csect FROM read_json('${file}', format = 'array')`,
    );
    expect(rows).toEqual(
      single.cars.map((car) => ({
        window_start: car.window[0],
        window_end: car.window[1],
        caar: car.caar,
        csect: null,
      })),
    );
  });
});
