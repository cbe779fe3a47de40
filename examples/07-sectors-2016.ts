/**
 * Example 7 — The second stage: who reacted to the 2016 US election, and why?
 *
 * Every S&P 500 stock of the bundled panel that has a GICS sector (data/us/sp500_sectors_2018-04.csv)
 * on 2016-11-09, the first session after the vote, market model against the S&P 500. The
 * first stage (example 03) says the average stock moved; the second asks which ones:
 *
 * 1. CAAR by sector (`result.groups`, each sector tested on its own events, its own r̄);
 * 2. Financials vs Utilities (Welch t and Mann–Whitney on their CAR[0,1]), and all sectors at once
 *    (ANOVA and Kruskal–Wallis, `result.groupComparison`);
 * 3. CAR[0,1] regressed on sector dummies and the market-model beta with HC3 standard errors —
 *    with the single-date caveat: every event is on one date, so the CARs are cross-correlated,
 *    and clustering by date is impossible (one cluster). The Kolari–Pynnönen adjustment is what
 *    speaks to that correlation;
 * 4. a multi-date study where clustering does make sense: the Fed's five rate rises of 2015–2017,
 *    the same regression clustered by ticker, by date, and both.
 *
 * Run: npm run example:sectors
 */
import {
  ConfigError,
  formatPercent,
  formatPValue,
  formatRegression,
  formatStatistic,
  mannWhitney,
  regressCars,
  type TestValue,
  textTable,
  welch,
} from 'eventstudy';
import { electionBySector, loadSectorData, RATE_RISES, rateRisesBySector } from './lib/sectors';

const cell = (v: TestValue | undefined) =>
  v === undefined || !Number.isFinite(v.statistic)
    ? '–'
    : `${formatStatistic(v.statistic)} (${formatPValue(v.pValue)})`;

const data = await loadSectorData();
const election = electionBySector(data);
const w = election.cars.findIndex((car) => car.window[0] === 0 && car.window[1] === 1);
console.log('The 2016 US election by GICS sector: S&P 500 stocks on 2016-11-09, market model vs ^GSPC\n');
console.log(
  `${data.tickers.length} panel stocks have a sector (${data.withoutSector.length} do not: ${data.withoutSector.join(' ')});` +
    ` ${election.events.length} studied, ${election.excluded.length} excluded.\n`,
);

// 1. CAAR[0,1] by sector.
console.log('1. CAAR[0,1] by sector (each sector tested on its own events)\n');
const groups = [...election.groups!].sort((a, b) => b.cars[w]!.caar - a.cars[w]!.caar);
console.log(
  textTable(
    ['sector', 'N', 'CAAR[0,1]', 'median', 'share > 0', 'csect t (p)', 'kp t (p)', 'r̄'],
    groups.map((g) => {
      const car = g.cars[w]!;
      return [
        g.group,
        String(g.n),
        formatPercent(car.caar),
        formatPercent(car.summary.median),
        `${(car.summary.positive * 100).toFixed(0)} %`,
        cell(car.tests['csect']),
        cell(car.tests['kp']),
        formatStatistic(car.tests['kp']?.rbar ?? Number.NaN, 3),
      ];
    }),
    ['left'],
  ),
);

// 2. Financials vs Utilities, and every sector at once.
const carsOf = (sector: string) =>
  election.events.filter((e) => e.event.group === sector).map((e) => e.cars[w]!.car);
const financials = carsOf('Financials');
const utilities = carsOf('Utilities');
const comparison = election.groupComparison![w]!;
console.log('\n2. Sectors compared on CAR[0,1]\n');
console.log(
  textTable(
    ['test', 'groups', 'statistic (p)'],
    [
      ['Welch t', 'Financials vs Utilities', cell(welch(financials, utilities))],
      ['Mann–Whitney U', 'Financials vs Utilities', cell(mannWhitney(financials, utilities))],
      ['one-way ANOVA F', `all ${comparison.groups.length} sectors`, cell(comparison.tests['anova'])],
      [
        'Kruskal–Wallis H',
        `all ${comparison.groups.length} sectors`,
        cell(comparison.tests['kruskalWallis']),
      ],
    ],
    ['left', 'left'],
  ),
);

// 3. The cross-sectional regression, HC3, and the single-date caveat.
console.log('\n3. CAR[0,1] on sector dummies and the market beta (HC3)\n');
const regression = regressCars(election, { window: [0, 1], regressors: ['sector', 'beta'], se: 'hc3' });
console.log(formatRegression(regression));
console.log('Clustering by date on a one-date sample:');
try {
  regressCars(election, { window: [0, 1], regressors: ['sector', 'beta'], cluster: 'day0' });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.log(`  ConfigError: ${error.message}`);
}
const all = election.cars[w]!;
console.log(
  `What the KP adjustment says instead (CAR[0,1], all ${all.n} events): the average correlation of the events'` +
    ` estimation ARs is r̄ = ${formatStatistic(all.tests['kp']!.rbar!, 3)},\nso BMP's ${cell(all.tests['bmp'])} shrinks to` +
    ` kp ${cell(all.tests['kp'])}: √((1 − r̄)/(1 + (N − 1) r̄)) = ${formatStatistic(all.tests['kp']!.statistic / all.tests['bmp']!.statistic, 3)}.` +
    '\nThe HC3 standard errors above assume independent events, which one shared date makes doubtful: read them as' +
    '\ndescriptive, and the sector differences with the caution of the KP factor.',
);

// 4. A multi-date study: the Fed's five rate rises, clustered by ticker, by date, and both.
const rises = rateRisesBySector(data);
console.log(
  `\n4. Five FOMC rate rises (${RATE_RISES.join(', ')}): ${rises.events.length} stock-dates, CAR[0,1] on sector and beta\n`,
);
const rows = [
  { label: 'HC1', options: { se: 'hc1' as const } },
  { label: 'clustered by ticker', options: { cluster: 'ticker' } },
  { label: 'clustered by date', options: { cluster: 'day0' } },
  { label: 'two-way (ticker, date)', options: { cluster: ['ticker', 'day0'] as [string, string] } },
].map(({ label, options }) => ({
  label,
  fit: regressCars(rises, { window: [0, 1], regressors: ['sector', 'beta'], ...options }),
}));
const names = ['(intercept)', 'sector=Financials', 'sector=Utilities', 'sector=Real Estate', 'beta'];
console.log(
  textTable(
    ['coefficient (%)', 'estimate', ...rows.map((r) => `se, ${r.label}`)],
    names.map((name) => {
      const at = rows[0]!.fit.coefficients.findIndex((c) => c.name === name);
      return [
        name,
        formatStatistic(rows[0]!.fit.coefficients[at]!.estimate * 100, 3),
        ...rows.map((r) => {
          const c = r.fit.coefficients[at]!;
          return `${formatStatistic(c.se * 100, 3)} (p ${formatPValue(c.pValue)})`;
        }),
      ];
    }),
    ['left'],
  ),
);
for (const r of rows) {
  console.log(
    `  ${r.label}: df ${r.fit.df}, F(${r.fit.fDf.join(', ')}) = ${formatStatistic(r.fit.f)}${r.fit.note ? `; note: ${r.fit.note}` : ''}`,
  );
}
console.log(
  '\nWith five dates there are five date clusters: t on 4 df, and no Wald F for 11 slopes (the clustered' +
    '\ncovariance has rank at most G − 1). The reference level of the sector dummies is the first sector in event order' +
    ` (${rows[0]!.fit.baseLevels?.['sector']}).`,
);
