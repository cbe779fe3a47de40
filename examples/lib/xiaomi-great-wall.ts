/**
 * Shared body of example 01 (the Xiaomi / Great Wall story of 2021-03-26): the study and its
 * printed report. The script `examples/01-xiaomi-great-wall.ts` (`npm run example`) and the
 * notebook `examples/notebooks/01-xiaomi-great-wall.ipynb` both call these, so the two cannot
 * drift apart.
 */
import { join } from 'node:path';
import {
  eventStudy,
  formatPercent,
  formatPValue,
  formatStatistic,
  type StudyResult,
  textTable,
} from 'eventstudy';
import { loadPrices } from 'eventstudy/node';

const DATA = join(import.meta.dirname, '..', '..', 'data');

/**
 * Runs the market-model study on the bundled real prices: each listing against its home index
 * (Hang Seng for Hong Kong, SSE Composite for Shanghai, using the Shanghai file's
 * previous-close column), estimation window days [-260, -11], event window [-5, 5].
 */
export async function xiaomiStudy(): Promise<StudyResult> {
  const prices = [
    ...(await loadPrices([join(DATA, 'indices', 'HSI.csv'), join(DATA, 'indices', '000001.SS.csv')])),
    ...(await loadPrices([join(DATA, 'hk', '1810.HK.csv'), join(DATA, 'hk', '2333.HK.csv')])),
    // The Shanghai vendor file names the stock 'sh601633'; we call it by its Yahoo ticker.
    ...(await loadPrices(join(DATA, 'cn', 'sh601633.csv'), { ticker: '601633.SS' })),
  ];
  return eventStudy({
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
}

/** The report the example prints: per listing, across listings by day, per CAR window. */
export function xiaomiReport(result: StudyResult): string {
  const dayZero = result.days.indexOf(0);
  const lines: string[] = [
    'Reuters, 2021-03-26: Xiaomi to build EVs at a Great Wall Motor plant',
    'Market model, estimation days [-260, -11], event window [-5, 5]\n',
    textTable(
      [
        'listing',
        'vs',
        'day 0 return',
        'index',
        'α',
        'β',
        'AR',
        't',
        'p',
        'CAR[-1,1]',
        't',
        'CAR[-5,5]',
        't',
      ],
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
  ];
  // kp: BMP adjusted for the three listings sharing the same calendar date (Kolari & Pynnönen 2010)
  const testNames = ['csect', 'patell', 'bmp', 'kp', 'generalizedSign'] as const;
  lines.push(
    `\nAcross the ${result.events.length} listings (AAR on each day, CAAR cumulated from day -5):\n`,
  );
  lines.push(
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
  lines.push('');
  lines.push(
    textTable(
      ['window', 'CAAR', 'ABHAR', ...testNames.map((name) => `${name} (p)`)],
      result.cars.map((car) => [
        `[${car.window.join(', ')}]`,
        formatPercent(car.caar),
        formatPercent(car.abhar),
        ...testNames.map(
          (name) =>
            `${formatStatistic(car.tests[name]!.statistic)} (${formatPValue(car.tests[name]!.pValue)})`,
        ),
      ]),
    ),
  );
  lines.push(
    `\nHow to read it: AR is the day-0 return the index and the stock's beta do not explain; t and p ask whether ` +
      `it is larger than the stock's ordinary daily noise (*** p < 0.01, ** p < 0.05, * p < 0.10).`,
  );
  if (result.excluded.length > 0) {
    lines.push('\nExcluded:');
    for (const exclusion of result.excluded)
      lines.push(`  ${exclusion.event.ticker}: ${exclusion.code} — ${exclusion.reason}`);
  }
  return lines.join('\n');
}
