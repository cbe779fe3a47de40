// Writes test/reference/second_stage_input.json (derived data: real S&P 500 CARs), the input of
// second_stage_reference.py and of test/stats/second-stage-reference.test.ts. Not run by the
// test suite. Run: npx tsx test/reference/second_stage_input.mts
//
// The studies are those of example 07 (examples/lib/sectors.ts): the 2016 election (one date,
// by GICS sector) and the Fed's five rate rises of 2015–2017 (five dates), market model against
// ^GSPC. What is written is the per-event output the second stage reads: CARs, SCARs, BHARs,
// the market-model beta and sigma, ticker, day 0 and sector, and some real p-values.
import { writeFile } from 'node:fs/promises';
import { electionBySector, loadSectorData, rateRisesBySector } from '../../examples/lib/sectors';
import type { StudyResult } from '../../src/types';

const OUT = new URL('./second_stage_input.json', import.meta.url);
const data = await loadSectorData();
const election = electionBySector(data);
const rises = rateRisesBySector(data);

/** The per-event rows of one CAR window. */
function rows(result: StudyResult, window: [number, number]) {
  const w = result.cars.findIndex((car) => car.window[0] === window[0] && car.window[1] === window[1]);
  return result.events.map((event) => ({
    ticker: event.ticker,
    day0: event.day0,
    sector: event.event.group!,
    car: event.cars[w]!.car,
    scar: event.cars[w]!.scar,
    bhar: event.cars[w]!.bhar,
    beta: event.model.beta!,
    sigma: event.model.sigma,
  }));
}

const electionRows = rows(election, [0, 1]);
const carsOf = (sector: string) => electionRows.filter((row) => row.sector === sector).map((row) => row.car);
// p-values across the event window's days and across events; two NaN are put in (synthetic, to
// check that NaN stays NaN and does not count in m).
const dailyP = election.tests['bmp']!.pValue;
const eventP = rises.events.slice(0, 60).map((event) => event.cars[1]!.pValue);
eventP[7] = Number.NaN;
eventP[31] = Number.NaN;

const input = {
  source: 'examples/lib/sectors.ts: electionBySector and rateRisesBySector, CAR window [0, 1]',
  groups: {
    financials: carsOf('Financials'),
    utilities: carsOf('Utilities'),
    // Small groups, no ties: the exact Mann–Whitney distribution.
    financialsFirst12: carsOf('Financials').slice(0, 12),
    utilitiesFirst9: carsOf('Utilities').slice(0, 9),
    bySector: [...new Set(electionRows.map((row) => row.sector))].map((sector) => carsOf(sector)),
  },
  regression: rows(rises, [0, 1]),
  pValues: { daily: dailyP, events: eventP.map((p) => (Number.isNaN(p) ? null : p)) },
};
await writeFile(OUT, `${JSON.stringify(input)}\n`);
console.log(`wrote ${OUT.pathname}: ${input.regression.length} regression rows`);
