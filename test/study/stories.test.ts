/** One story on several listings, benchmarks by exchange, and timestamped day 0 in the pipeline. */
import { describe, expect, it } from 'vitest';
import { eventStudy } from '../../src/study/event-study';
import { bundled, xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const benchmarks = { '.HK': '^HSI', '.SS': '000001.SS' };

describe('stories across listings', () => {
  const story = eventStudy({
    prices,
    benchmarks,
    events: [
      {
        id: 'reuters',
        ticker: '1810.HK',
        tickers: ['2333.HK', '601633.SS'],
        date: '2021-03-26T10:15:00+08:00',
      },
    ],
  });

  it('studies every listing with its own benchmark and keeps the story id and index', () => {
    expect(story.events.map((event) => [event.ticker, event.market, event.id, event.index])).toEqual([
      ['1810.HK', '^HSI', 'reuters', 0],
      ['2333.HK', '^HSI', 'reuters', 0],
      ['601633.SS', '000001.SS', 'reuters', 0],
    ]);
  });

  it('places a Hong Kong morning story inside that day’s return on both exchanges', () => {
    expect(story.events.map((event) => [event.day0, event.reason])).toEqual([
      ['2021-03-26', 'intraday'],
      ['2021-03-26', 'intraday'],
      ['2021-03-26', 'intraday'],
    ]);
  });

  it('gives the same numbers as three date-only events with explicit markets', () => {
    const plain = eventStudy({ prices, events: xiaomiEvents });
    expect(story.aar).toEqual(plain.aar);
    expect(story.events.map((event) => event.ar)).toEqual(plain.events.map((event) => event.ar));
  });

  it('an after-close announcement reacts on the next trading day', () => {
    const result = eventStudy({
      prices,
      benchmarks,
      events: [{ ticker: '1810.HK', date: '2021-03-30T16:30:00+08:00' }],
    });
    expect([result.events[0]!.day0, result.events[0]!.reason, result.events[0]!.shift]).toEqual([
      '2021-03-31',
      'after-close',
      1,
    ]);
  });

  it('an event’s own market wins over the exchange map, which wins over the default', () => {
    const result = eventStudy({
      prices,
      market: '000001.SS',
      benchmarks: { HKEX: '^HSI' },
      window: [-3, 3], // Hong Kong closed on Good Friday 2021-04-02, Shanghai did not
      events: [
        { ticker: '1810.HK', date: '2021-03-26', market: '000001.SS' },
        { ticker: '2333.HK', date: '2021-03-26' },
        { ticker: '601633.SS', date: '2021-03-26' },
      ],
    });
    expect(result.events.map((event) => event.market)).toEqual(['000001.SS', '^HSI', '000001.SS']);
  });
});

describe('exchanges and benchmarks of a story', () => {
  const us = [
    ...xiaomiPrices(),
    ...bundled('indices/GSPC.csv'),
    ...bundled('hk/0175.HK.csv'),
    ...bundled('us/BIDU.csv', 'BIDU'),
  ];
  const story = {
    id: 'baidu-geely',
    ticker: 'BIDU',
    tickers: ['0175.HK'],
    date: '2021-01-07T10:48:00-05:00',
    exchange: 'NASDAQ',
  };

  it('an event’s exchange names its own listing only; the story’s other tickers keep their suffix', () => {
    const result = eventStudy({
      prices: us,
      events: [story],
      benchmarks: { '.HK': '^HSI', NASDAQ: '^GSPC' },
    });
    expect(result.events.map((event) => [event.ticker, event.market, event.day0, event.reason])).toEqual([
      ['BIDU', '^GSPC', '2021-01-07', 'intraday'],
      ['0175.HK', '^HSI', '2021-01-08', 'after-close'],
    ]);
  });

  it('a plain US ticker finds a benchmark keyed NYSE, NASDAQ or US', () => {
    for (const key of ['NYSE', 'NASDAQ', 'US']) {
      const { exchange: _exchange, ...withoutExchange } = story;
      const result = eventStudy({
        prices: us,
        events: [withoutExchange],
        benchmarks: { '.HK': '^HSI', [key]: '^GSPC' },
      });
      expect(result.events[0]?.market, key).toBe('^GSPC');
    }
  });
});
