// Subgroups (METHODS.md §8) on real data: the 2016 election day for S&P 500 stocks of three GICS
// sectors, plus stocks without a group. A group's results must equal a separate study of its
// events, number for number, for every test the library has.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPrices } from '../../src/node';
import { anova } from '../../src/stats/anova';
import { kruskalWallis } from '../../src/stats/kruskal-wallis';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, PriceSeries, StudyResult, StudySpec } from '../../src/types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
// Real GICS sectors of these tickers (data/us/sp500_sectors_2018-04.csv).
const SECTORS: Record<string, string[]> = {
  Financials: ['AFL', 'AIG', 'ALL', 'AXP', 'BAC', 'BK', 'C', 'GS', 'JPM', 'MS', 'WFC', 'USB'],
  Utilities: ['AEE', 'AEP', 'DUK', 'ED', 'EXC', 'NEE', 'SO', 'XEL'],
  Energy: ['APA', 'COP', 'CVX', 'HAL', 'XOM', 'SLB'],
};
const UNGROUPED = ['AAPL', 'MSFT', 'AMZN'];

let prices: PriceSeries[];
let events: EventSpec[];
const spec = (list: EventSpec[]): StudySpec => ({
  prices,
  events: list,
  market: '^GSPC',
  carWindows: [
    [0, 0],
    [0, 1],
    [-1, 1],
  ],
  tests: 'all',
});
let result: StudyResult;

beforeAll(async () => {
  const tickers = [...Object.values(SECTORS).flat(), ...UNGROUPED];
  const files = tickers.map((t) => join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', `${t}_data.csv`));
  prices = [...(await loadPrices(files)), ...(await loadPrices(join(DATA, 'indices', 'GSPC.csv')))];
  // Interleaved, so each group's events are not contiguous in the panel; one event is excluded
  // (an unknown ticker) to check that exclusions do not shift the groups' rows.
  events = [];
  const longest = Math.max(...Object.values(SECTORS).map((list) => list.length));
  for (let k = 0; k < longest; k++) {
    for (const [sector, list] of Object.entries(SECTORS))
      if (list[k]) events.push({ ticker: list[k]!, date: '2016-11-09', group: sector });
    if (UNGROUPED[k]) events.push({ ticker: UNGROUPED[k]!, date: '2016-11-09' });
  }
  events.splice(4, 0, { ticker: 'NOPE', date: '2016-11-09', group: 'Utilities' });
  result = eventStudy(spec(events));
}, 60_000);

describe('result.groups', () => {
  test('one group per EventSpec.group, in order of first appearance; ungrouped events stay in the totals', () => {
    expect(result.groups!.map((g) => g.group)).toEqual(['Financials', 'Utilities', 'Energy']);
    expect(result.events.length).toBe(12 + 8 + 6 + 3);
    expect(result.excluded.map((e) => e.code)).toEqual(['unknown-ticker']);
  });

  test("each group equals a separate study of that group's events, number for number", () => {
    for (const group of result.groups!) {
      const alone = eventStudy(spec(events.filter((event) => event.group === group.group)));
      expect(group.n).toBe(alone.events.length);
      expect(group.aar).toEqual(alone.aar);
      expect(group.caar).toEqual(alone.caar);
      expect(group.tests).toEqual(alone.tests);
      expect(group.cars).toEqual(alone.cars);
      // Its own r̄ for kp: not the whole sample's.
      expect(group.tests['kp']!.rbar).not.toEqual(result.tests['kp']!.rbar);
    }
  });

  test('three groups: anova and kruskalWallis on each CAR window, on the groups’ CARs', () => {
    expect(result.groupComparison!.length).toBe(3);
    result.groupComparison!.forEach((comparison, w) => {
      expect(comparison.window).toEqual(result.cars[w]!.window);
      expect(comparison.groups).toEqual(['Financials', 'Utilities', 'Energy']);
      const samples = comparison.groups.map((name) =>
        result.events.filter((e) => e.event.group === name).map((e) => e.cars[w]!.car),
      );
      const { df: _f, ...f } = anova(samples);
      const { df: _h, ...h } = kruskalWallis(samples);
      expect(comparison.tests).toEqual({ anova: f, kruskalWallis: h });
    });
  });

  test('two groups: welch and mannWhitney; a group of one event has its NaNs explained', () => {
    const two = eventStudy(
      spec(events.filter((e) => e.group === 'Financials' || (e.group === 'Energy' && e.ticker === 'XOM'))),
    );
    expect(two.groups!.map((g) => [g.group, g.n])).toEqual([
      ['Financials', 12],
      ['Energy', 1],
    ]);
    const single = two.groups![1]!;
    expect(single.tests['csect']!.statistic.every(Number.isNaN)).toBe(true);
    expect(single.tests['csect']!.note).toBeTruthy();
    expect(single.cars[0]!.summary.note).toMatch(/one CAR/);
    const comparison = two.groupComparison![0]!;
    expect(Object.keys(comparison.tests)).toEqual(['welch', 'mannWhitney']);
    expect(comparison.tests['welch']!.statistic).toBeNaN();
    expect(comparison.tests['welch']!.note).toMatch(/at least two events/);
    expect(Number.isFinite(comparison.tests['mannWhitney']!.pValue)).toBe(true);
  });

  test('without any group: no groups and no comparison', () => {
    const plain = eventStudy(spec(events.map(({ group: _g, ...rest }) => rest)));
    expect(plain.groups).toBeUndefined();
    expect(plain.groupComparison).toBeUndefined();
  });
});
