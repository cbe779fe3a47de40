/**
 * The fixed study behind `test/golden/sp500-300-events.json`, a regression snapshot (see
 * sp500-regression-snapshot.test.ts): 300 events sampled (seed 300) from the S&P 500 panel,
 * market model, every test. The golden file was written once, from the code
 * before the speed-ups of issue 5, by `npx tsx test/golden/write-sp500-golden.mts`; rewrite it
 * only for a deliberate change of results, and say so in the commit.
 */
import { fileURLToPath } from 'node:url';
import { toJson } from '../../src/report/to-json';
import { eventStudy } from '../../src/study/event-study';
import { benchmarkSpec, type Sp500Panel, sampleEvents } from '../bench/sp500-panel';

/** Where the golden JSON lives. */
export const GOLDEN_FILE = fileURLToPath(new URL('./sp500-300-events.json', import.meta.url));

/** The golden study's JSON (`toJson`, indent 1 to keep the file small but diffable). */
export function goldenStudyJson(panel: Sp500Panel): string {
  const events = sampleEvents(panel.listings, 300, 300);
  return toJson(eventStudy(benchmarkSpec(panel, events, { tests: 'all' })), 1);
}
