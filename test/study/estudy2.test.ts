/**
 * The estudy2 worked example (COVID-19 lockdown, 7 US stocks vs the S&P 500) end to end:
 * parse the published prices, run the market model with log returns, estimation 2019-04-01 ..
 * 2020-03-13 and event window 2020-03-16 .. 2020-03-20, and compare with the numbers estudy2
 * 0.10 itself produced (test/fixtures/estudy2, README there): α, β and every abnormal return
 * to 1e-10, and the preset's tests to 1e-6.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { keyToDate } from '../../src/calendar/date-key';
import { parsePrices } from '../../src/io/parse-prices';
import { abnormalReturn } from '../../src/models/linear-model';
import { resolveConventions } from '../../src/stats/conventions';
import { eventStudy } from '../../src/study/event-study';
import { resolveSettings } from '../../src/study/settings';
import { createStudyData } from '../../src/study/study-data';
import { studyEvent } from '../../src/study/study-event';
import type { EventSpec, StudySpec, TestName } from '../../src/types';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'estudy2');
const read = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(FIXTURE, name), 'utf8').trim(), { header: true }).data;

const TICKERS = ['AMZN', 'ZM', 'UBER', 'NFLX', 'SHOP', 'FB', 'UPWK'];
const prices = parsePrices(readFileSync(join(FIXTURE, 'estudy2_prices.csv'), 'utf8'), {
  file: 'estudy2_prices.csv',
});
const events: EventSpec[] = TICKERS.map((ticker) => ({ ticker, date: '2020-03-16', market: 'GSPC' }));
// Day 0 = 2020-03-16 is the 242nd date; relative days -241..-1 are 2019-04-01..2020-03-13.
const estudy2Spec: StudySpec = {
  prices,
  events,
  returns: 'log',
  model: 'market',
  window: [0, 4],
  estimation: { end: -1, length: 241, minObservations: 100 },
  carWindows: [[0, 4]],
  conventions: 'estudy2',
  tests: 'all',
};

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

describe('estudy2 worked example: market model', () => {
  const result = eventStudy(estudy2Spec);
  const params = read('expected_market_model_params.csv');

  it('includes all seven stocks with estudy2’s estimation lengths', () => {
    expect(result.excluded).toEqual([]);
    expect(result.events.map((event) => event.model.n)).toEqual(
      params.map((row) => Number(row['estimation_length'])),
    );
  });

  it('matches α, β and the residual sd (n − 1) to 1e-10', () => {
    result.events.forEach((event, i) => {
      const row = params[i]!;
      expect(row['ticker']).toBe(event.ticker);
      expect(relativeError(event.model.alpha!, Number(row['alpha']))).toBeLessThan(1e-10);
      expect(relativeError(event.model.beta!, Number(row['beta']))).toBeLessThan(1e-10);
      expect(relativeError(event.model.sigma, Number(row['sd_est_abnormal']))).toBeLessThan(1e-10);
    });
  });

  it('matches every abnormal return, estimation and event days, to 1e-10', () => {
    const expected = read('expected_abnormal_returns_all_days.csv');
    const settings = resolveSettings(estudy2Spec);
    const context = {
      data: createStudyData(prices, 'log'),
      settings,
      conventions: resolveConventions('estudy2'),
    };
    let compared = 0;
    events.forEach((event, i) => {
      const outcome = studyEvent({ index: i, event, ticker: event.ticker }, context);
      if (!outcome.included) throw new Error(outcome.exclusion.reason);
      const byDate = new Map<string, number>();
      const { row } = outcome;
      for (const t of row.estimationRows) byDate.set(keyToDate(row.keys[t]!), abnormalReturn(row.model, t));
      row.result.dates.forEach((date, j) => {
        byDate.set(date, row.result.ar[j]!);
      });
      for (const line of expected) {
        if (line['date']! > '2020-03-20') continue; // estudy2 also printed days after the window
        const want = line[event.ticker]!;
        if (want === 'NA') {
          expect(byDate.has(line['date']!)).toBe(false);
          continue;
        }
        const actual = byDate.get(line['date']!);
        expect(actual, `${event.ticker} ${line['date']}`).toBeDefined();
        expect(Math.abs(actual! - Number(want))).toBeLessThan(1e-10 * Math.max(1, Math.abs(Number(want))));
        compared++;
      }
    });
    expect(compared).toBe(1674); // every non-NA AR of the fixture from 2019-04-02 to 2020-03-20
  });
});

describe('estudy2 worked example: every published test through eventStudy', () => {
  const result = eventStudy(estudy2Spec);
  const parametric = read('expected_parametric_tests.csv');
  const nonparametric = read('expected_nonparametric_tests.csv');
  // estudy2 column → our result name
  const daily: [Record<string, string>[], string, TestName][] = [
    [parametric, 'bw_1980_stat', 'bw1980'],
    [parametric, 'bw_1985_stat', 'cda'],
    [parametric, 't_test_stat', 'csect'],
    [parametric, 'pt_stat', 'patell'],
    [parametric, 'bh_stat', 'bmp'],
    [parametric, 'lmb_stat', 'lamb'],
    [nonparametric, 'sign_stat', 'sign'],
    [nonparametric, 'gsign_stat', 'generalizedSign'],
    [nonparametric, 'csign_stat', 'corradoSign'],
    [nonparametric, 'rank_stat', 'corradoRank'],
    [nonparametric, 'mrank_stat', 'rank'],
    [nonparametric, 'wlcx_stat', 'wilcoxon'],
  ];

  it.each(daily.map(([table, column, name]) => [column, name, table] as const))(
    '%s = %s to 1e-6',
    (column, name, table) => {
      expect(table.map((row) => row['date'])).toEqual(result.events[0]!.dates);
      table.forEach((row, j) => {
        expect(relativeError(result.tests[name]!.statistic[j]!, Number(row[column]))).toBeLessThan(1e-6);
      });
    },
  );

  it('the mean AAR column is our AAR', () => {
    parametric.forEach((row, j) => {
      expect(relativeError(result.aar[j]!, Number(row['mean']))).toBeLessThan(1e-10);
    });
  });

  it('the three CAR tests (Σ daily statistic / √D)', () => {
    const car = result.cars[0]!;
    const carParametric = read('expected_car_parametric_tests.csv');
    const carNonparametric = read('expected_car_nonparametric_tests.csv');
    const want = (table: Record<string, string>[], name: string) =>
      Number(table.find((row) => row['name'] === name)!['statistic']);
    expect(relativeError(car.tests['lamb']!.statistic, want(carParametric, 'car_lamb'))).toBeLessThan(1e-6);
    expect(
      relativeError(car.tests['cda']!.statistic, want(carParametric, 'car_brown_warner_1985')),
    ).toBeLessThan(1e-6);
    expect(
      relativeError(car.tests['corradoRank']!.statistic, want(carNonparametric, 'car_rank_test')),
    ).toBeLessThan(1e-6);
    // estudy2's car_mean is the mean of the daily AARs, i.e. our CAAR / 5
    expect(relativeError(car.caar / 5, Number(carParametric[0]!['car_mean']))).toBeLessThan(1e-10);
  });
});
