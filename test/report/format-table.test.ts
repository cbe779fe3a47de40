import { describe, expect, test } from 'vitest';
import { eventStudy, formatTable, toMarkdown } from '../../src/index';
import { reportLegend, summaryTables } from '../../src/report/summary-tables';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const result = eventStudy({
  prices: xiaomiPrices(),
  events: [...xiaomiEvents, { ticker: 'HSI', date: '2021-03-26' }],
});

describe('summaryTables', () => {
  const tables = summaryTables(result);

  test('study, events, estimation, days, CAR windows, CAR distribution and exclusions, in that order', () => {
    expect(tables.map((table) => table.title.split(' ')[0])).toEqual([
      'Study',
      'Events',
      'Estimation',
      'Across',
      'CAR',
      'CAR',
      'Excluded',
    ]);
    expect(tables[5]!.title).toMatch(/^CAR distribution/);
    expect(tables[1]!.title).toBe('Events (3 included, 1 excluded)');
  });

  test('the events table marks the significant day-0 ARs', () => {
    const rows = tables[1]!.rows;
    expect(rows.map((row) => row[1])).toEqual(['1810.HK', '2333.HK', '601633.SS']);
    expect(rows[0]![5]).toBe('+4.21 %');
    expect(rows[1]![5]).toBe('+7.83 %**');
  });

  test('the CAR table shows every test with its p-value', () => {
    const car = tables[4]!;
    expect(car.header).toEqual(['', '[-1,1]', '[0,0]', '[-5,5]']);
    expect(car.rows.map((row) => row[0])).toEqual([
      'N',
      'CAAR',
      'ABHAR',
      ...Object.keys(result.cars[0]!.tests),
    ]);
    const patell = car.rows.find((row) => row[0] === 'patell')!;
    expect(patell[2]).toMatch(/^3\.18 \(0\.001 \*\*\*\)$/);
  });

  test('the exclusion names the code and suggests the ticker', () => {
    const excluded = tables[6]!.rows[0]!;
    expect(excluded.slice(0, 4)).toEqual(['3', 'HSI', '2021-03-26', 'unknown-ticker']);
    expect(excluded[4]).toContain('^HSI');
  });
});

describe('formatTable and toMarkdown', () => {
  test('the console text has aligned columns and the legend with every test', () => {
    const text = formatTable(result);
    expect(text).toContain('Significance (two-sided): *** p < 0.01, ** p < 0.05, * p < 0.10.');
    for (const name of Object.keys(result.tests)) expect(text).toMatch(new RegExp(`^  ${name}: `, 'm'));
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('day  N'));
    expect(lines[header + 1]!.length).toBe(lines[header]!.length);
    expect(lines.slice(header + 2, header + 13).map((line) => line.trim().split(/\s+/)[0])).toEqual(
      result.days.map(String),
    );
  });

  test('Markdown has one table per section with a header rule and right-aligned numbers', () => {
    const md = toMarkdown(result);
    expect(md.match(/^### /gm)).toHaveLength(7);
    expect(md).toContain('| --- | ---: | ---: | ---: |'); // CAR windows table
    const dayRows = md.split('\n').filter((line) => /^\| -?\d+ \| 3 \|/.test(line));
    expect(dayRows).toHaveLength(11);
    expect(md).toContain('- wilcoxon: Wilcoxon signed rank');
  });

  test('a pipe in an id cannot break a Markdown table', () => {
    const piped = eventStudy({ prices: xiaomiPrices(), events: [{ ...xiaomiEvents[0]!, id: 'a|b' }] });
    expect(toMarkdown(piped)).toContain('a\\|b');
  });

  test('with no included event only the settings and the exclusions are shown', () => {
    const none = eventStudy({ prices: xiaomiPrices(), events: [{ ticker: 'NOPE', date: '2021-03-26' }] });
    expect(summaryTables(none).map((table) => table.title)).toEqual(['Study', 'Excluded events']);
    expect(reportLegend(none)).toHaveLength(1);
  });

  test('notes that repeat every day are written once', () => {
    const one = eventStudy({ prices: xiaomiPrices(), events: [xiaomiEvents[0]!] });
    const legend = reportLegend(one).join('\n');
    expect(legend).toContain('csect, daily: fewer than 2 events (every day)');
    expect(legend).toContain('csect, CAR [-1,1] [0,0] [-5,5]: fewer than 2 events');
  });
});
