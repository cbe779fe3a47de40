/**
 * Example 5 — a CRSP-style study: returns files, PERMNOs, missing codes, delistings and the
 * Fama–French market.
 *
 * Most academic event studies start from CRSP: the daily stock file (`PERMNO, date, PRC, RET`),
 * the delisting file (`PERMNO, DLSTDT, DLRET`) and, as the benchmark, the value-weighted market
 * of the Fama–French factors (Mkt-RF + RF, built from CRSP). CRSP itself cannot be bundled, so
 * this script reads a CRSP-layout copy of the S&P 500 panel (data/crsp-derived, made by
 * make_crsp_panel.py: derived, not CRSP; RET computed from the panel's closes, CRSP missing
 * codes on the dates a listing has no row, one negative PRC, three invented delistings).
 *
 * Two studies, each printed side by side from the returns file and from the panel's own price
 * files (market model, estimation days [-260, -11], benchmark `Mkt` = the FF market return):
 * 1. 500 events drawn at random from the panel (a placebo: no abnormal return is expected). The
 *    two columns must agree to the last digits: the returns are the prices' returns.
 * 2. An event on each delisting date, event window [-5, 0]: here the columns differ, and only
 *    the returns file with the delisting returns folded in (`applyDelistings`, Shumway 1997)
 *    sees the day-0 loss or gain the prices cannot show. A delisting with a missing `DLRET`
 *    (code `S`) changes nothing and is counted.
 *
 * Run: npm run example:crsp
 */
import { formatPercent, formatPValue, formatStatistic, type StudyResult, textTable } from 'eventstudy';
import {
  DELISTING_WINDOW,
  delistedReturns,
  delistingStudies,
  loadCrspData,
  MARKET,
  PLACEBO_WINDOW,
  placeboStudies,
  TESTS,
} from './lib/crsp';

const started = performance.now();
const data = await loadCrspData();
const placebo = placeboStudies(data);
const delisting = delistingStudies(data);

const codes: Record<string, number> = {};
for (const s of data.returns)
  for (const [code, n] of Object.entries(s.source?.missingReturns ?? {}))
    codes[code] = (codes[code] ?? 0) + n;
const applied = delistedReturns(data).reduce((n, s) => n + (s.source?.delistings?.applied ?? 0), 0);
const missingDlret = delistedReturns(data).flatMap((s) =>
  Object.entries(s.source?.delistings?.missing ?? {}),
);

console.log(
  'A CRSP-style study on the derived CRSP-layout S&P 500 file (data/crsp-derived; derived, not CRSP)',
);
console.log(
  `${data.returns.length} PERMNOs read from RET (gzip, YYYYMMDD dates, EXCHCD → ${[...new Set(data.returns.map((s) => s.exchange))].join('/')}); ` +
    `missing RET codes: ${Object.entries(codes)
      .map(([code, n]) => `${code || 'empty'} ×${n}`)
      .join(', ')}`,
);
console.log(
  `delistings: ${data.delistings.length} in the file, ${applied} applied, missing DLRET ${missingDlret.map(([c, n]) => `${c} ×${n}`).join(', ') || 'none'}; ` +
    `benchmark ${MARKET} = Mkt-RF + RF (Fama–French daily factors)`,
);

/** One row per statistic, the two studies' values side by side. */
function sideBySide(a: StudyResult, b: StudyResult): string[][] {
  const rows: string[][] = [
    ['events studied', String(a.events.length), String(b.events.length)],
    ['excluded', String(a.excluded.length), String(b.excluded.length)],
  ];
  a.cars.forEach((car, k) => {
    const other = b.cars[k]!;
    const w = `[${car.window.join(',')}]`;
    rows.push([`CAAR${w}`, formatPercent(car.caar, 4), formatPercent(other.caar, 4)]);
    for (const test of TESTS) {
      const x = car.tests[test];
      const y = other.tests[test];
      if (!x || !y) continue;
      rows.push([
        `  ${test} ${w}`,
        `${formatStatistic(x.statistic)} (${formatPValue(x.pValue)})`,
        `${formatStatistic(y.statistic)} (${formatPValue(y.pValue)})`,
      ]);
    }
  });
  return rows;
}

/** Largest relative difference between the two studies' ARs. */
function largestArDifference(a: StudyResult, b: StudyResult): number {
  let worst = 0;
  a.events.forEach((e, i) => {
    e.ar.forEach((x, t) => {
      const y = b.events[i]!.ar[t]!;
      if (x !== y) worst = Math.max(worst, Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)));
    });
  });
  return worst;
}

console.log(
  `\n1. ${data.placebo.length} random events, window [${PLACEBO_WINDOW.join(', ')}]: from the price files and from the returns file\n`,
);
console.log(
  textTable(['', 'from prices', 'from CRSP returns'], sideBySide(placebo.fromPrices, placebo.fromReturns), [
    'left',
    'right',
    'right',
  ]),
);
console.log(
  `largest relative difference of any AR: ${largestArDifference(placebo.fromPrices, placebo.fromReturns).toExponential(1)}`,
);

console.log(`\n2. An event on each delisting date, window [${DELISTING_WINDOW.join(', ')}]\n`);
const studies = [
  ['prices', delisting.fromPrices],
  ['RET only', delisting.withoutDelistings],
  ['RET + DLRET', delisting.fromReturns],
] as const;
const rows = data.delistings.map((d) => {
  const ticker = [...data.permnoOf].find(([, permno]) => permno === d.ticker)![0];
  const cells = studies.flatMap(([, result]) => {
    const event = result.events.find((e) => e.ticker === ticker || e.ticker === d.ticker);
    if (!event) return ['excluded', ''];
    return [formatPercent(event.returns.at(-1)!, 2), formatPercent(event.cars.at(-1)!.car, 2)];
  });
  const dlret = Number.isNaN(d.return) ? `missing (${d.missingCode})` : formatPercent(d.return, 2);
  return [`${ticker} (${d.ticker})`, d.date, dlret, ...cells];
});
console.log(
  textTable(
    [
      'listing',
      'DLSTDT',
      'DLRET',
      ...studies.flatMap(([name]) => [`R day 0, ${name}`, `CAR[${DELISTING_WINDOW.join(',')}]`]),
    ],
    rows,
    ['left', 'left'],
  ),
);
const reason = delisting.fromPrices.excluded[0]?.reason;
if (reason) console.log(`\nfrom prices, excluded: ${reason}`);
console.log(
  '\nOn the delisting date the return is (1 + RET)(1 + DLRET) − 1; where the listing has no row that day,',
);
console.log('DLRET alone (a row is added); a missing DLRET adds nothing and is counted.');
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
