/**
 * Example 6 — One story, two markets, a model per market.
 *
 * The Reuters story of 2021-03-26 (Xiaomi to build EVs at a Great Wall Motor plant) moved
 * listings in Hong Kong (1810.HK, 2333.HK) and Shanghai (601633.SS). Example 1 measured each
 * against its home index alone. Asian markets also open on what New York did overnight, so here
 * each exchange gets its own two-factor table:
 *
 *   Mkt      the home index's return (Hang Seng for Hong Kong, SSE Composite for Shanghai);
 *   Foreign  the S&P 500 sessions that closed since the home market's previous close.
 *
 * Both tables are DERIVED from the real index files in data/indices by
 * data/derived/regional-factors/make_regional_factors.py. An HKD/CNY exchange-rate factor would
 * be the other natural choice, but the bundled data holds no FX series, so this example uses
 * the real regional market instead and says so. The fit is `model: { factors: ['Mkt',
 * 'Foreign'], excessReturns: false }` with `factors: { '.HK': …, '.SS': … }`, checked against
 * numpy in test/reference/custom_factor_reference.py.
 *
 * Run: npm run example:international
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventStudy, formatPercent, formatStatistic, parseFactors, textTable } from 'eventstudy';
import { loadPrices } from 'eventstudy/node';

const data = join(import.meta.dirname, '..', 'data');
const regional = (name: string) => {
  const file = join(data, 'derived', 'regional-factors', name);
  return parseFactors(readFileSync(file, 'utf8'), { file });
};
const prices = [
  ...(await loadPrices([join(data, 'indices', 'HSI.csv'), join(data, 'indices', '000001.SS.csv')])),
  ...(await loadPrices([join(data, 'hk', '1810.HK.csv'), join(data, 'hk', '2333.HK.csv')])),
  ...(await loadPrices(join(data, 'cn', 'sh601633.csv'), { ticker: '601633.SS' })),
];
const events = [
  { id: 'reuters-2021-03-26', ticker: '1810.HK', date: '2021-03-26' },
  { id: 'reuters-2021-03-26', ticker: '2333.HK', date: '2021-03-26' },
  { id: 'reuters-2021-03-26', ticker: '601633.SS', date: '2021-03-26' },
];
// the benchmarks give each listing its home calendar (and the market model its index)
const benchmarks = { '.HK': '^HSI', '.SS': '000001.SS' };
const carWindows: [number, number][] = [
  [0, 0],
  [-1, 1],
];

const market = eventStudy({ prices, events, benchmarks, model: 'market', carWindows });
const regionalModel = eventStudy({
  prices,
  events,
  benchmarks,
  model: { factors: ['Mkt', 'Foreign'], excessReturns: false },
  factors: { '.HK': regional('HK.csv'), '.SS': regional('SS.csv') },
  carWindows,
});

console.log('Reuters, 2021-03-26: Xiaomi to build EVs at a Great Wall Motor plant');
console.log('Estimation days [-260, -11]; the regional model: R = α + b·Mkt + c·Foreign + ε per exchange\n');
console.log(
  textTable(
    ['listing', 'table', 'b (Mkt)', 'c (Foreign)', 'AR day 0', 't', 'market-model AR', 't', 'CAR[-1,1]', 't'],
    regionalModel.events.map((event, i) => {
      const plain = market.events[i]!;
      const c = event.model.coefficients!;
      return [
        event.ticker,
        event.ticker.endsWith('.HK') ? '.HK' : '.SS',
        formatStatistic(c['Mkt']!),
        formatStatistic(c['Foreign']!),
        formatPercent(event.cars[0]!.car),
        formatStatistic(event.cars[0]!.t),
        formatPercent(plain.cars[0]!.car),
        formatStatistic(plain.cars[0]!.t),
        formatPercent(event.cars[1]!.car),
        formatStatistic(event.cars[1]!.t),
      ];
    }),
  ),
);
const caar = (r: typeof market) => formatPercent(r.cars[1]!.caar);
console.log(`\nCAAR[-1,1]: regional model ${caar(regionalModel)}, market model ${caar(market)}`);
const loadings = regionalModel.events.map((event) => Math.abs(event.model.coefficients!['Foreign']!));
console.log(
  `Largest |c| (S&P 500 overnight): ${formatStatistic(Math.max(...loadings))}; the day-0 ARs move by at most ${formatPercent(
    Math.max(
      ...regionalModel.events.map((event, i) =>
        Math.abs(event.cars[0]!.car - market.events[i]!.cars[0]!.car),
      ),
    ),
    3,
  )} against the market model.`,
);
