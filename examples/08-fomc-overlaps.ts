/**
 * Example 8 — FOMC statement days: repeated events whose windows overlap.
 *
 * The Federal Open Market Committee releases a statement at the end of each of its eight
 * scheduled meetings a year. This script studies the 32 statement days of 2014–2017
 * (data/us/fomc-statements-2014-2017.csv, from the Federal Reserve's FOMC meeting calendars) on
 * 23 rate-sensitive stocks of the bundled S&P 500 panel — banks, insurers, utilities and REITs —
 * with the market model against the S&P 500 (estimation days [-260, -11], event window [-5, 5]).
 *
 * The point to watch is the estimation window. Statements come about six weeks apart, so a
 * 250-day estimation window holds the event windows of about seven earlier statements: nearly
 * 80 of its 250 days are themselves FOMC reaction days. The market model fitted on them
 * takes part of the FOMC reaction into α, β and σ, and the event's AR (R − α − β·Rm) is then
 * measured against a benchmark that already contains what it is looking for. Two market-wide
 * news days of 2016 are given as confounders (the EU-referendum result and the US election),
 * which meet the June and November 2016 statements' windows.
 *
 * The study runs three times, once per overlap policy ([methods §11](../docs/methods.md#11-overlapping-and-confounding-events)):
 * - `flag` lists every overlap on `EventResult.overlaps` and changes no number;
 * - `clean-estimation` drops the other statements' (and the confounders') event-window days
 *   from each estimation window: M shrinks, the window is not extended;
 * - `exclude` also excludes the events whose event window meets another's or a confounder's.
 *
 * Run: npm run example:fomc
 */
import {
  formatPercent,
  formatPValue,
  formatStatistic,
  type OverlapPolicy,
  type StudyResult,
  textTable,
} from 'eventstudy';
import {
  CONFOUNDING_NEWS,
  fomcStudy,
  loadFomcData,
  POLICIES,
  SECTORS,
  type Sector,
  sectorOf,
  TICKERS,
  WINDOW,
} from './lib/fomc';

const started = performance.now();
const data = await loadFomcData();
const results = {} as Record<OverlapPolicy, StudyResult>;
for (const policy of POLICIES) results[policy] = fomcStudy(data, policy);

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const events = (policy: OverlapPolicy, sector?: Sector) =>
  results[policy].events.filter((event) => sector === undefined || sectorOf(event.ticker) === sector);

console.log('FOMC statement days 2014–2017 on rate-sensitive S&P 500 stocks, and the windows they share');
console.log(
  `${data.statements.length} statement days × ${TICKERS.length} stocks = ${data.events.length} events; ` +
    `market model vs ^GSPC, estimation days [-260, -11], event window [${WINDOW.join(', ')}]`,
);
console.log(
  `Confounders: ${CONFOUNDING_NEWS.map((news) => `${news.id} (${news.date})`).join(', ')}, on every stock\n`,
);

// What the overlap pass found (the same under every policy: detection does not depend on it).
const flagged = results.flag;
const inEstimation = flagged.events.map((event) => event.overlaps.filter((o) => o.where === 'estimation'));
const statementsIn = inEstimation.map((list) => list.filter((o) => o.source === 'event').length);
console.log(
  textTable(
    ['', 'value'],
    [
      ['events flagged', `${flagged.overlaps.flagged} of ${flagged.events.length + flagged.excluded.length}`],
      ['other statements in an estimation window (mean)', mean(statementsIn).toFixed(1)],
      [
        'estimation days inside their windows and the confounders’ (mean)',
        mean(inEstimation.map((list) => new Set(list.flatMap((o) => o.dates)).size)).toFixed(1),
      ],
      [
        'events whose event window meets a confounder',
        String(flagged.events.filter((e) => e.overlaps.some((o) => o.where === 'event-window')).length),
      ],
    ],
    ['left', 'right'],
  ),
);

// σ, β, α and M per sector and policy.
console.log('\nThe fitted market model (means over the included events; α in basis points a day)\n');
const sectorRows: string[][] = [];
for (const sector of [...(Object.keys(SECTORS) as Sector[]), undefined]) {
  for (const policy of POLICIES) {
    const list = events(policy, sector);
    sectorRows.push([
      sector ?? 'all',
      policy,
      String(list.length),
      mean(list.map((e) => e.model.n)).toFixed(1),
      formatPercent(mean(list.map((e) => e.model.sigma)), 3).replace(/^\+/, ''),
      formatStatistic(mean(list.map((e) => e.model.beta!))),
      (mean(list.map((e) => e.model.alpha!)) * 1e4).toFixed(2),
    ]);
  }
}
console.log(textTable(['sector', 'policy', 'N', 'M', 'σ', 'β', 'α (bp)'], sectorRows, ['left', 'left']));

// CAAR and the Kolari–Pynnönen test (the events share calendar dates, so kp is the one to read).
console.log('\nCAAR by window, with the kp test (statistic and p-value)\n');
const carRows = POLICIES.map((policy) => [
  policy,
  String(results[policy].cars[0]!.n),
  ...results[policy].cars.flatMap((car) => [
    formatPercent(car.caar, 3),
    `${formatStatistic(car.tests.kp!.statistic)} (${formatPValue(car.tests.kp!.pValue)})`,
  ]),
]);
const windows = results.flag.cars.map((car) => `[${car.window.join(',')}]`);
console.log(textTable(['policy', 'N', ...windows.flatMap((w) => [`CAAR${w}`, 'kp'])], carRows, ['left']));

const excluded = results.exclude.excluded.filter((e) => e.code === 'overlapping-event');
const excludedDays = [...new Set(excluded.map((e) => e.event.date))];
// For each statement day excluded: the confounder and the days its window shares with the statement's.
const meetings = excludedDays.map((date) => {
  const overlap = excluded
    .find((e) => e.event.date === date)!
    .overlaps!.find((o) => o.where === 'event-window')!;
  const days = overlap.dates;
  return `  ${date}: the window of ${overlap.id} covers its days ${days[0]} to ${days[days.length - 1]}`;
});
const sigma = (policy: OverlapPolicy) => mean(events(policy).map((e) => e.model.sigma));
const alpha = (policy: OverlapPolicy) => mean(events(policy).map((e) => e.model.alpha!));
const car = (policy: OverlapPolicy) => results[policy].cars.find((c) => c.window[0] === -5)!.caar;
console.log(`
What changes and why:
- flag: the numbers of a study that ignores overlaps; ${flagged.overlaps.flagged} events are flagged because
  earlier statements' windows sit in their estimation windows.
- clean-estimation removes ${results['clean-estimation'].overlaps.daysRemoved} estimation days in all (M falls from ${mean(events('flag').map((e) => e.model.n)).toFixed(0)} to ${mean(events('clean-estimation').map((e) => e.model.n)).toFixed(0)} on average).
  σ moves from ${formatPercent(sigma('flag'), 3).replace(/^\+/, '')} to ${formatPercent(sigma('clean-estimation'), 3).replace(/^\+/, '')}: FOMC days (and the confounders') are ${sigma('clean-estimation') < sigma('flag') ? 'more' : 'less'} volatile than the days
  left, so a window full of them ${sigma('clean-estimation') < sigma('flag') ? 'inflates' : 'deflates'} the residual σ that every standardized test divides by.
  α moves from ${(alpha('flag') * 1e4).toFixed(2)} to ${(alpha('clean-estimation') * 1e4).toFixed(2)} bp a day: the model fitted on FOMC days had taken part of the FOMC
  reaction into its intercept, and subtracted it again from every event-window day. CAAR[-5,5] goes
  from ${formatPercent(car('flag'), 3)} to ${formatPercent(car('clean-estimation'), 3)}.
- exclude also drops ${excluded.length} events whose event windows meet a confounder's:
${meetings.join('\n')}
  Statements never meet each other (they are weeks apart), so only the confounders exclude here;
  the other events are treated as under clean-estimation.
`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
