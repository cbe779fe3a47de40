/**
 * Safety of what we read and write (issue 7): hostile header names cannot touch
 * Object.prototype, exported CSV cannot run formulas, the source has no eval, and the Node
 * loaders read only the paths they are given.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/io/parse-events';
import { parseFactors } from '../../src/io/parse-factors';
import { parsePrices } from '../../src/io/parse-prices';
import { loadPrices } from '../../src/node';
import { toCsv } from '../../src/report/to-csv';
import { eventStudy } from '../../src/study/event-study';
import { xiaomiPrices } from '../helpers/xiaomi';

const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
/** Read through a variable: the point is a key that happens to be named __proto__. */
const PROTO = hostile[0]!;

afterEach(() => {
  // nothing may have been written onto the shared prototype
  for (const name of ['polluted', 'x']) expect(name in Object.prototype, name).toBe(false);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('hostile names in inputs', () => {
  it('event columns named __proto__ or constructor are plain extra fields', () => {
    const text = `ticker,date,${hostile.join(',')}\n1810.HK,2021-03-26,${hostile.map(() => 'polluted').join(',')}\n`;
    const [event] = parseEvents(text);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    for (const name of hostile) expect(Object.hasOwn(event!.extra!, name)).toBe(true);
    expect(event!.extra![PROTO]).toBe('polluted');
  });

  it('wide-panel tickers named __proto__ and constructor are ordinary series', () => {
    const series = parsePrices('date,__proto__,constructor\n2021-03-25,10,20\n2021-03-26,11,21\n', {
      file: 'wide.csv',
    });
    expect(series.map((one) => one.ticker).sort()).toEqual(['__proto__', 'constructor']);
    const result = eventStudy({
      prices: series,
      events: [{ ticker: '__proto__', date: '2021-03-26' }],
      market: 'constructor',
      // two dates: a window wider than that is a ConfigError (issue 20), so a two-day window
      window: [0, 1],
    });
    expect(result.excluded[0]?.code).toBe('window-outside-data');
  });

  it('factor columns named __proto__ are own properties', () => {
    const table = parseFactors(',Mkt-RF,__proto__,RF\n20210325,0.10,0.20,0.01\n20210326,0.30,0.40,0.01\n');
    expect(Object.hasOwn(table.factors, '__proto__')).toBe(true);
    expect(Array.from(table.factors[PROTO]!)).toEqual([0.002, 0.004]);
  });
});

describe('formula-safe CSV export', () => {
  it('neutralises event ids and tickers a spreadsheet would evaluate', () => {
    const prices = xiaomiPrices().map((series) =>
      series.ticker === '1810.HK' ? { ...series, ticker: '=1810.HK' } : series,
    );
    const result = eventStudy({
      prices,
      events: [
        { id: '=HYPERLINK("http://evil","x")', ticker: '=1810.HK', date: '2021-03-26', market: '^HSI' },
      ],
    });
    const rows = Papa.parse<string[]>(toCsv(result)).data;
    expect(rows[1]![0]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(rows[1]![1]).toBe("'=1810.HK");
    // negative numbers stay numbers
    expect(rows.slice(1).some((row) => row[7]!.startsWith('-') && Number.isFinite(Number(row[7])))).toBe(
      true,
    );
  });
});

describe('the source', () => {
  it('has no eval or Function constructor', () => {
    const root = join(import.meta.dirname, '..', '..', 'src');
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    })(root);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/,
      );
    }
  });
});

describe('loadPrices reads only what it is given', () => {
  it('reads the files directly inside a folder, not its subfolders', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eventstudy-safety-'));
    writeFileSync(join(folder, 'A.csv'), 'date,close\n2021-03-25,10\n2021-03-26,11\n');
    mkdirSync(join(folder, 'nested'));
    writeFileSync(join(folder, 'nested', 'B.csv'), 'date,close\n2021-03-25,10\n');
    writeFileSync(join(folder, 'notes.md'), '# not prices');
    const series = await loadPrices(folder);
    expect(series.map((one) => one.ticker)).toEqual(['A']);
  });
});
