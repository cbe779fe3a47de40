/**
 * The notebook display of results: present for Deno's Jupyter kernel, invisible to JSON, toJson,
 * spread, structuredClone and deep equality; its HTML read back with jsdom.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import {
  eventStudy,
  formatPercent,
  JUPYTER_DISPLAY,
  summaryTables,
  toJson,
  withStudyDisplay,
} from '../../src/index';
import type { MimeBundle } from '../../src/report/notebook-display';
import { withRegressionDisplay } from '../../src/report/notebook-display';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

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
    // Synthetic numbers in DESIGN.md §6's CarRegression shape (regressCars is issue 15's).
    const regression = withRegressionDisplay({
      n: 40,
      k: 2,
      df: 38,
      se: 'hc1',
      coefficients: [
        { name: '(intercept)', estimate: 0.0123, se: 0.004, t: 3.075, pValue: 0.0039 },
        { name: 'size', estimate: -0.002, se: 0.0015, t: -1.333, pValue: 0.19 },
      ],
      r2: 0.045,
      adjR2: 0.0199,
      f: 1.78,
      fPValue: 0.19,
    });
    expect(JSON.stringify(regression)).not.toContain('display');
    const bundle = await display(regression);
    const { document } = new JSDOM(bundle['text/html']!).window;
    const rows = [...document.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['(intercept)', '0.01230', '0.00400', '3.08', '0.004 ***'],
      ['size', '-0.00200', '0.00150', '-1.33', '0.190'],
    ]);
    expect(bundle['text/plain']).toContain('hc1 standard errors');
  });
});
