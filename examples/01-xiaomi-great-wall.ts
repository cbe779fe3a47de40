/**
 * Example 1 — How much of the 2021-03-26 move was the news?
 *
 * On Friday 2021-03-26 Reuters reported that Xiaomi would build electric cars at a Great Wall
 * Motor plant. Xiaomi (1810.HK) closed +6.28 %, Great Wall +10.38 % in Hong Kong (2333.HK) and
 * +9.99 %, limit-up, in Shanghai (601633.SS), on a day the Hang Seng rose 1.57 %.
 *
 * This script runs a market-model event study on the bundled real prices: each listing
 * against its home index (Hang Seng for Hong Kong, SSE Composite for Shanghai, using the
 * Shanghai file's previous-close column), estimation window days [-260, -11], event window
 * [-5, 5].
 *
 * Run: npm run example (writes the charts out/xiaomi-caar.svg and out/xiaomi-cars.svg)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caarChart,
  carChart,
  eventStudy,
  formatPercent,
  formatPValue,
  formatStatistic,
  textTable,
} from '../src/index';
import { loadPrices } from '../src/node';

const data = join(import.meta.dirname, '..', 'data');
const prices = [
  ...(await loadPrices([join(data, 'indices', 'HSI.csv'), join(data, 'indices', '000001.SS.csv')])),
  ...(await loadPrices([join(data, 'hk', '1810.HK.csv'), join(data, 'hk', '2333.HK.csv')])),
  // The Shanghai vendor file names the stock 'sh601633'; we call it by its Yahoo ticker.
  ...(await loadPrices(join(data, 'cn', 'sh601633.csv'), { ticker: '601633.SS' })),
];

const result = eventStudy({
  prices,
  events: [
    { id: 'reuters-2021-03-26', ticker: '1810.HK', date: '2021-03-26', market: '^HSI' },
    { id: 'reuters-2021-03-26', ticker: '2333.HK', date: '2021-03-26', market: '^HSI' },
    { id: 'reuters-2021-03-26', ticker: '601633.SS', date: '2021-03-26', market: '000001.SS' },
  ],
  model: 'market',
  window: [-5, 5],
  carWindows: [
    [-1, 1],
    [-5, 5],
  ],
});

const dayZero = result.days.indexOf(0);
console.log('Reuters, 2021-03-26: Xiaomi to build EVs at a Great Wall Motor plant');
console.log(`Market model, estimation days [-260, -11], event window [-5, 5]\n`);
console.log(
  textTable(
    ['listing', 'vs', 'day 0 return', 'index', 'α', 'β', 'AR', 't', 'p', 'CAR[-1,1]', 't', 'CAR[-5,5]', 't'],
    result.events.map((event) => [
      event.ticker,
      event.market ?? '',
      formatPercent(event.returns[dayZero]!),
      formatPercent(event.marketReturns![dayZero]!),
      formatPercent(event.model.alpha!, 3),
      formatStatistic(event.model.beta!),
      formatPercent(event.ar[dayZero]!),
      formatStatistic(event.t[dayZero]!),
      formatPValue(event.pValue[dayZero]!),
      formatPercent(event.cars[0]!.car),
      formatStatistic(event.cars[0]!.t),
      formatPercent(event.cars[1]!.car),
      formatStatistic(event.cars[1]!.t),
    ]),
  ),
);

// kp: BMP adjusted for the three listings sharing the same calendar date (Kolari & Pynnönen 2010)
const testNames = ['csect', 'patell', 'bmp', 'kp', 'generalizedSign'] as const;
console.log(`\nAcross the ${result.events.length} listings (AAR on each day, CAAR cumulated from day -5):\n`);
console.log(
  textTable(
    ['day', 'date (HK)', 'AAR', 'CAAR', ...testNames.map((name) => `${name} (p)`)],
    result.days.map((day, j) => [
      String(day),
      result.events[0]!.dates[j]!,
      formatPercent(result.aar[j]!),
      formatPercent(result.caar[j]!),
      ...testNames.map(
        (name) =>
          `${formatStatistic(result.tests[name]!.statistic[j]!)} (${formatPValue(result.tests[name]!.pValue[j]!)})`,
      ),
    ]),
  ),
);
console.log('');
console.log(
  textTable(
    ['window', 'CAAR', 'ABHAR', ...testNames.map((name) => `${name} (p)`)],
    result.cars.map((car) => [
      `[${car.window.join(', ')}]`,
      formatPercent(car.caar),
      formatPercent(car.abhar),
      ...testNames.map(
        (name) => `${formatStatistic(car.tests[name]!.statistic)} (${formatPValue(car.tests[name]!.pValue)})`,
      ),
    ]),
  ),
);
console.log(
  `\nHow to read it: AR is the day-0 return the index and the stock's beta do not explain; t and p ask whether ` +
    `it is larger than the stock's ordinary daily noise (*** p < 0.01, ** p < 0.05, * p < 0.10).`,
);
if (result.excluded.length > 0) {
  console.log('\nExcluded:');
  for (const exclusion of result.excluded)
    console.log(`  ${exclusion.event.ticker}: ${exclusion.code} — ${exclusion.reason}`);
}

// The CAAR path with its 95 % band, and each listing's CAR, as SVG charts (open them in a browser).
const out = join(import.meta.dirname, '..', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'xiaomi-caar.svg'), caarChart(result));
writeFileSync(join(out, 'xiaomi-cars.svg'), carChart(result));
console.log('\nCharts: out/xiaomi-caar.svg (CAAR with its 95 % band), out/xiaomi-cars.svg (CAR per listing)');
