/**
 * Example 2 — News timestamps to day 0 on each exchange.
 *
 * A story has one publication instant but many listings, each trading in its own time zone. A
 * Reuters exclusive published in New York mid-morning on 2021-01-07 (Baidu to make EVs at a Geely
 * plant) reaches Baidu's ADR while New York is trading, but Geely (0175.HK) only after the Hong
 * Kong close: Geely's first chance to react is the next Hong Kong session, 2021-01-08. This
 * script gives each event an ISO 8601 timestamp with its offset and lets the library choose day 0
 * per listing from that exchange's session (pre-open / intraday / after-close / non-trading day),
 * then measures each listing's reaction with a market model against its home index.
 *
 * Stories (one event each; a story on several listings names them in `tickers`):
 * - Reuters exclusive, Baidu / Geely: 2021-01-07 10:48 am EST (published time) → BIDU, 0175.HK.
 * - Reuters, Xiaomi to build EVs at a Great Wall plant: Friday 2021-03-26 during Hong Kong
 *   trading hours (time approximate: 11:00 HKT) → 1810.HK, 2333.HK, 601633.SS.
 * - Xiaomi's formal EV announcement: 2021-03-30 after the Hong Kong close (time approximate:
 *   17:30 HKT) → 1810.HK.
 *
 * Benchmarks by exchange: Hang Seng for `.HK`, SSE Composite for `.SS`, S&P 500 for US tickers.
 * Market model, estimation days [-260, -11], event window [-5, 5], CAR[-1, 1].
 *
 * Run: npm run example:timestamps
 */
import {
  type EventResult,
  eventStudy,
  exchangeForTicker,
  formatPercent,
  formatPValue,
  formatStatistic,
  textTable,
} from 'eventstudy';
import { loadEvNewsPrices, SETTINGS, STORIES } from './lib/ev-news';

const started = performance.now();
const prices = await loadEvNewsPrices();
const result = eventStudy({ prices, events: STORIES.map((story) => story.event), ...SETTINGS });

/** The wall-clock time of an instant at a listing's exchange, `YYYY-MM-DD HH:MM`. */
function localTime(timestamp: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(timestamp));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const day0 = result.days.indexOf(0);
const dayPlus1 = result.days.indexOf(1);
const arCell = (event: EventResult, j: number) =>
  `${formatPercent(event.ar[j]!)} (${formatStatistic(event.t[j]!)}, ${formatPValue(event.pValue[j]!)})`;

console.log('EV news, timestamped: day 0 chosen per listing from its exchange session');
console.log('Market model vs home index, estimation days [-260, -11], event window [-5, 5]\n');

console.log(
  textTable(
    ['story', 'timestamp', 'time is', 'headline'],
    STORIES.map((story) => [story.event.id!, story.event.date, story.timing, story.headline]),
    ['left', 'left', 'left', 'left'],
  ),
);
for (const story of STORIES) console.log(`  ${story.event.id}: ${story.note}`);

console.log('\nEach listing: where the story landed in its exchange session, and the reaction on day 0\n');
console.log(
  textTable(
    [
      'story',
      'listing',
      'local time at exchange',
      'reason',
      'day 0',
      'shift',
      'return',
      'index return',
      'AR (t, p)',
      'CAR[-1,1]',
    ],
    result.events.map((event) => {
      const exchange = exchangeForTicker(event.ticker)!;
      return [
        event.id,
        event.ticker,
        `${localTime(event.event.date, exchange.timeZone)} ${exchange.code} (${exchange.open}–${exchange.close})`,
        event.reason,
        event.day0,
        `+${event.shift}d`,
        formatPercent(event.returns[day0]!),
        `${event.market ?? ''} ${formatPercent(event.marketReturns![day0]!)}`,
        arCell(event, day0),
        `${formatPercent(event.cars[0]!.car)} (${formatStatistic(event.cars[0]!.t)})`,
      ];
    }),
    ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
  ),
);
console.log(
  '\nshift: calendar days from the exchange-local date of the timestamp to day 0. BIDU trades on Nasdaq;' +
    '\na plain US ticker resolves to the NYSE session, which is the same 09:30–16:00 New York.',
);
if (result.excluded.length > 0) {
  console.log('\nExcluded:');
  for (const exclusion of result.excluded)
    console.log(`  ${exclusion.ticker}: ${exclusion.code} — ${exclusion.reason}`);
}

// The same Baidu story, dated by its New York calendar date only (what a date-only study does).
const baidu = STORIES[0]!.event;
const dateOnly = eventStudy({ prices, events: [{ ...baidu, date: baidu.date.slice(0, 10) }], ...SETTINGS });
const timed = result.events.filter((event) => event.id === baidu.id);

console.log('\nWhy day 0 matters: the Baidu story dated 2021-01-07 with no time of day\n');
console.log(
  textTable(
    ['listing', 'dating', 'day 0', 'AR day 0 (t, p)', 'AR day +1 (t, p)', 'CAR[-1,1]'],
    timed.flatMap((event) => {
      const plain = dateOnly.events.find((e) => e.ticker === event.ticker)!;
      return [
        [
          event.ticker,
          'date only',
          plain.day0,
          arCell(plain, day0),
          arCell(plain, dayPlus1),
          formatPercent(plain.cars[0]!.car),
        ],
        [
          '',
          `timestamp (${event.reason})`,
          event.day0,
          arCell(event, day0),
          arCell(event, dayPlus1),
          formatPercent(event.cars[0]!.car),
        ],
      ];
    }),
    ['left', 'left', 'left', 'right', 'right', 'right'],
  ),
);

const geelyTimed = timed.find((event) => event.ticker === '0175.HK')!;
const geelyPlain = dateOnly.events.find((event) => event.ticker === '0175.HK')!;
const bidu = timed.find((event) => event.ticker === 'BIDU')!;
console.log(
  `
Reuters published the Baidu story at 10:48 in New York, 23:48 in Hong Kong: nearly eight hours
after the Hong Kong close. A date-only study puts day 0 on 2021-01-07 for every listing, so for
Geely it tests a session that ended before the story existed (AR ${formatPercent(geelyPlain.ar[day0]!)}: whatever moved
Geely that day, it was not this report) and leaves the reaction on day +1 (AR ${formatPercent(geelyPlain.ar[dayPlus1]!)}).
With the timestamp, Geely's day 0 is 2021-01-08 and its ${formatPercent(geelyTimed.ar[day0]!)} abnormal return is where
the day-0 test looks. A CAR window wide enough catches the move either way (CAR[-1,1]
${formatPercent(geelyPlain.cars[0]!.car)} date-only vs ${formatPercent(geelyTimed.cars[0]!.car)} timestamped, over different days), but only the
timestamp puts the news on day 0.
For BIDU the timestamp changes nothing (intraday in New York), but its move is not on day 0
either: AR ${formatPercent(bidu.ar[day0]!)} on 2021-01-07, ${formatPercent(bidu.ar[dayPlus1]!)} on 2021-01-08, the New York session after
Geely's ${formatPercent(geelyTimed.returns[day0]!)} day in Hong Kong.`,
);
console.log(`\nRun time: ${((performance.now() - started) / 1000).toFixed(2)} s`);
