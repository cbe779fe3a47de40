/**
 * Smoke test of example 08 (examples/08-fomc-overlaps.ts): the statement days file, and the
 * three overlap policies on the real panel checked against facts computed here from the files
 * and from the listed overlaps (not from the numbers the policies produce).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONFOUNDING_NEWS,
  FOMC_FILE,
  type FomcData,
  fomcStudy,
  GSPC_FILE,
  loadFomcData,
  POLICIES,
  TICKERS,
} from '../../examples/lib/fomc';
import { eventStudy, type OverlapPolicy, type StudyResult } from '../../src/index';

const ROOT = join(import.meta.dirname, '..', '..');

describe('example 08: FOMC statement days and overlapping windows', () => {
  let data: FomcData;
  const results = {} as Record<OverlapPolicy, StudyResult>;
  beforeAll(async () => {
    data = await loadFomcData();
    for (const policy of POLICIES) results[policy] = fomcStudy(data, policy);
  }, 60_000);

  it('lists eight scheduled statement days a year, each the last day of its meeting and an S&P 500 trading day', () => {
    const rows = readFileSync(FOMC_FILE, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const gspc = new Set(
      readFileSync(GSPC_FILE, 'utf8')
        .split('\n')
        .map((line) => line.slice(0, 10)),
    );
    expect(rows.length).toBe(32);
    for (const year of ['2014', '2015', '2016', '2017'])
      expect(rows.filter(([date]) => date!.startsWith(year)).length).toBe(8);
    for (const [date, meeting, source] of rows) {
      expect(gspc.has(date!)).toBe(true);
      // '2017-01-31/02-01' ends on 02-01; '2014-01-28/29' on 29
      expect(date!.endsWith(meeting!.split('/')[1]!)).toBe(true);
      expect(source).toBe(
        `https://www.federalreserve.gov/monetarypolicy/fomchistorical${date!.slice(0, 4)}.htm`,
      );
    }
  });

  it('flag changes no number: an event has the model it has when studied alone', () => {
    for (const id of ['FOMC 2016-01-27', 'FOMC 2017-12-13']) {
      const event = data.events.find((e) => e.id === id && e.ticker === 'JPM')!;
      const alone = eventStudy({ prices: data.prices, events: [event], market: '^GSPC', window: [-5, 5] });
      const flagged = results.flag.events.find((e) => e.id === id && e.ticker === 'JPM')!;
      expect(flagged.overlaps.length).toBeGreaterThan(0);
      expect(flagged.model).toEqual(alone.events[0]!.model);
    }
  });

  it('clean-estimation removes exactly the usable days that the listed overlaps name', () => {
    const closes = new Map(data.prices.map((series) => [series.ticker, new Set(series.dates)] as const));
    const gspc = data.prices.find((series) => series.ticker === '^GSPC')!.dates;
    const previous = new Map(gspc.map((date, i) => [date, gspc[i - 1]]));
    const cleaned = new Map(results['clean-estimation'].events.map((e) => [`${e.ticker} ${e.id}`, e]));
    for (const event of results.flag.events) {
      const dates = new Set(event.overlaps.filter((o) => o.where === 'estimation').flatMap((o) => o.dates));
      const has = closes.get(event.ticker)!;
      // a usable day: a close of the stock and of the index on it and on the calendar day before
      const usable = [...dates].filter((date) => has.has(date) && has.has(previous.get(date) ?? '')).length;
      const after = cleaned.get(`${event.ticker} ${event.id}`)!;
      expect(after.estimation.removed).toBe(usable);
      expect(after.model.n).toBe(event.model.n - usable);
    }
  });

  it('exclude drops the June and November 2016 statements, whose windows meet the confounders', () => {
    const excluded = results.exclude.excluded.filter((e) => e.code === 'overlapping-event');
    expect([...new Set(excluded.map((e) => e.event.date))]).toEqual(['2016-06-15', '2016-11-02']);
    expect(excluded.length).toBe(2 * TICKERS.length);
    expect(
      new Set(
        excluded.flatMap((e) => e.overlaps!.filter((o) => o.where === 'event-window').map((o) => o.id)),
      ),
    ).toEqual(new Set(CONFOUNDING_NEWS.map((news) => news.id)));
    expect(results.exclude.events.length).toBe(results.flag.events.length - excluded.length);
  });

  it('runs and says what changes', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'examples/08-fomc-overlaps.ts'],
      {
        cwd: ROOT,
        timeout: 120_000,
      },
    );
    expect(stdout).toContain('What changes and why');
    expect(stdout).toContain('clean-estimation removes');
  }, 120_000);
});
