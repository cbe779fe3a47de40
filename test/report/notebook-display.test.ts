/**
 * The notebook display of results: present for Deno's Jupyter kernel, invisible to JSON, toJson,
 * spread, structuredClone and deep equality; its HTML read back with jsdom.
 */

import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import {
  eventStudy,
  formatPercent,
  formatPValue,
  JUPYTER_DISPLAY,
  summaryTables,
  toJson,
  withStudyDisplay,
} from '../../src/index';
import { loadPrices } from '../../src/node';
import type { MimeBundle } from '../../src/report/notebook-display';
import { regressCars } from '../../src/study/regress-cars';
import { DATA, xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const result = eventStudy({ prices: xiaomiPrices(), events: xiaomiEvents });

async function display(value: object): Promise<MimeBundle> {
  const render = (value as Record<symbol, () => Promise<MimeBundle>>)[Symbol.for('Jupyter.display')];
  expect(typeof render).toBe('function');
  return render!();
}

describe('the display stays out of the data', () => {
  test('a non-enumerable Symbol.for("Jupyter.display") property', () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
    const descriptor = Object.getOwnPropertyDescriptor(result, JUPYTER_DISPLAY);
    expect(descriptor).toMatchObject({ enumerable: false });
    expect(Object.keys(result)).not.toContain('Jupyter.display');
  });

  test('JSON.stringify, toJson, spread and structuredClone see plain data', () => {
    const plain = JSON.parse(JSON.stringify(result));
    expect(JSON.stringify(result)).not.toMatch(/Jupyter|display/);
    expect(toJson(result)).toBe(toJson(plain));
    expect(Object.getOwnPropertySymbols({ ...result })).toEqual([]);
    const clone = structuredClone(result);
    expect(Object.getOwnPropertySymbols(clone)).toEqual([]);
    expect(clone.caar).toEqual(result.caar);
  });

  test('deep equality ignores it', () => {
    const copy = { ...result };
    expect(result).toEqual(copy);
    expect(result).toStrictEqual(copy);
  });

  test('withStudyDisplay gives a result read back from JSON its display again', async () => {
    const back = withStudyDisplay(JSON.parse(toJson(result)));
    expect((await display(back))['text/html']).toContain('<svg');
  });
});

describe('what a notebook shows', () => {
  test('every report table as an HTML table with the report cells, and the CAAR chart as SVG', async () => {
    const bundle = await display(result);
    const { document } = new JSDOM(bundle['text/html']!).window;
    const tables = [...document.querySelectorAll('table')];
    const expected = summaryTables(result);
    expect(tables.map((t) => t.querySelector('caption')!.textContent)).toEqual(expected.map((t) => t.title));
    const days = tables[expected.findIndex((t) => t.title.startsWith('Across events, by day'))]!;
    const j = result.days.indexOf(0);
    const dayZero = [...days.querySelectorAll('tbody tr')][j]!;
    const cells = [...dayZero.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 4)).toEqual([
      '0',
      '3',
      formatPercent(result.aar[j]!),
      formatPercent(result.caar[j]!),
    ]);
    const svg = document.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).toBe('Cumulative average abnormal return (CAAR)');
    expect(svg.querySelectorAll('.marker').length).toBe(result.days.length);
    expect(bundle['text/plain']).toContain('Events (3 included, 0 excluded)');
  });

  test('text from the data is escaped', async () => {
    const hostile = eventStudy({
      prices: xiaomiPrices(),
      events: [{ ...xiaomiEvents[0]!, id: '<script>alert(1)</script>' }, xiaomiEvents[1]!],
    });
    const html = (await display(hostile))['text/html']!;
    expect(html).not.toContain('<script>');
    expect(new JSDOM(html).window.document.body.textContent).toContain('<script>alert(1)</script>');
  });

  test('a CAR regression: the coefficients and the fit', async () => {
    // S&P 500 stocks of three sectors on the day after the 2016 election, CAR[0,1] on sector
    // dummies and beta (the set-up of test/study/regress-cars.test.ts).
    const sectors: Record<string, string[]> = {
      Financials: ['AFL', 'AIG', 'ALL', 'AXP', 'BAC', 'BK', 'C', 'GS', 'JPM', 'MS'],
      Utilities: ['AEE', 'AEP', 'DUK', 'ED', 'EXC', 'NEE', 'SO', 'XEL'],
      Energy: ['APA', 'COP', 'CVX', 'HAL', 'XOM', 'SLB'],
    };
    const files = Object.values(sectors)
      .flat()
      .map((t) => join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', `${t}_data.csv`));
    const prices = [...(await loadPrices(files)), ...(await loadPrices(join(DATA, 'indices', 'GSPC.csv')))];
    const study = eventStudy({
      prices,
      market: '^GSPC',
      carWindows: [[0, 1]],
      tests: ['csect'],
      events: Object.entries(sectors).flatMap(([sector, tickers]) =>
        tickers.map((ticker) => ({ ticker, date: '2016-11-09', extra: { sector } })),
      ),
    });
    const regression = regressCars(study, { window: [0, 1], regressors: ['sector', 'beta'], se: 'hc1' });
    expect(JSON.stringify(regression)).not.toContain('display');
    expect(regression).toEqual(JSON.parse(JSON.stringify(regression)));
    const bundle = await display(regression);
    const { document } = new JSDOM(bundle['text/html']!).window;
    const [coefficients, fit] = [...document.querySelectorAll('table')];
    expect(coefficients!.querySelector('caption')!.textContent).toBe(
      'CAR[0,1] regression (n = 24, hc1 standard errors)',
    );
    const rows = [...coefficients!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows.map((row) => row[0])).toEqual(['(intercept)', 'sector=Utilities', 'sector=Energy', 'beta']);
    regression.coefficients.forEach((c, r) => {
      expect(Number(rows[r]![1])).toBeCloseTo(c.estimate, 5);
      expect(Number(rows[r]![2])).toBeCloseTo(c.se, 5);
      expect(rows[r]![4]).toBe(formatPValue(c.pValue));
    });
    const fitCells = [...fit!.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(fitCells.slice(0, 3)).toEqual(['24', '4', '20']);
    expect(Number(fitCells[3])).toBeCloseTo(regression.r2, 4);
    expect(bundle['text/html']).toContain('Dummies against the first level (sector: Financials).');
    expect(bundle['text/plain']).toContain('sector=Utilities');
  }, 60_000);
});
