import { describe, expect, test } from 'vitest';
import { eventStudy } from '../../src/index';
import { neutraliseFormula } from '../../src/report/neutralise-formula';
import { toCsv } from '../../src/report/to-csv';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

describe('neutraliseFormula', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")'])(
    'prefixes %j with an apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  test.each(['1810.HK', '^HSI', 'a=b', ' =1', ''])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  test('numbers and null are not text and stay as they are', () => {
    expect(neutraliseFormula(-0.012)).toBe(-0.012);
    expect(neutraliseFormula(null)).toBeNull();
  });
});

describe('toCsv formula safety', () => {
  const hostile = ['=HYPERLINK("http://evil","x")', '+cmd', '-cmd', '@SUM(1)', '\tcmd', '\rcmd'];
  const result = eventStudy({
    prices: xiaomiPrices(),
    events: hostile.map((id, k) => ({ ...xiaomiEvents[k % 3]!, id })),
  });

  test('every hostile id is written as text, never as a formula', () => {
    const csv = toCsv(result);
    const lines = csv.split('\n');
    const body = lines.slice(1).join('\n');
    for (const id of hostile) expect(body).toContain(id.includes('"') || /[\r\t]/.test(id) ? "'" : `'${id}`);
    // No line (or quoted cell) starts with a formula trigger.
    const cells = lines.slice(1).flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'@SUM(1)`);
  });

  test('negative numbers stay numbers', () => {
    const csv = toCsv(result, { table: 'days' });
    const rows = csv.split('\n').map((line) => line.split(','));
    expect(rows[0]!.slice(0, 4)).toEqual(['day', 'aar', 'caar', 'n']);
    expect(rows[1]![0]).toBe('-5');
    expect(Number(rows[1]![1])).toBeCloseTo(result.aar[0]!, 12);
  });

  test('the cars table has one row per CAR window', () => {
    const csv = toCsv(result, { table: 'cars' }).split('\n');
    expect(csv).toHaveLength(1 + result.cars.length);
    expect(csv[1]!.startsWith('-1,1,')).toBe(true);
  });
});
