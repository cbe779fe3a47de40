/**
 * Event studies on the S&P 500 panel (issue 5): 1,000, 10,000 and 100,000 events sampled with a
 * fixed seed, market model, window [-5, 5], estimation 250 days, the default tests (with `kp`),
 * CAR windows [-1, 1], [0, 0], [-5, 5]; and a Fama–French three-factor run of 10,000 events.
 * `npm run bench`; peak memory of the largest run: `npm run bench:memory`. Last, the 500-event job
 * of `test/bench/cold/job.mjs` (the bundled S&P 500 events) with the default tests and with
 * `tests: 'all'`, side by side (issue 19: the optional tests share the default ones' passes).
 */

import { fileURLToPath } from 'node:url';
import { beforeAll, bench, describe } from 'vitest';
import { loadStudy } from '../../src/node/load-study';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, FactorTable, StudySpec } from '../../src/types';
import { JOB_SETTINGS, jobFiles } from './cold/sp500-job.mjs';
import { benchmarkSpec, loadFf3, loadSp500Panel, type Sp500Panel, sampleEvents } from './sp500-panel';

let panel: Sp500Panel;
let ff3: FactorTable;
let job: StudySpec;
const events = new Map<number, EventSpec[]>();
const root = fileURLToPath(new URL('../../', import.meta.url));
beforeAll(async () => {
  job = {
    ...(await loadStudy(jobFiles((relative) => `${root}${relative}`))),
    ...JOB_SETTINGS,
  };
  panel = await loadSp500Panel();
  ff3 = await loadFf3();
  for (const count of [1_000, 10_000, 100_000]) events.set(count, sampleEvents(panel.listings, count, 5));
});

describe('event study, market model', () => {
  bench('1,000 events', () => {
    eventStudy(benchmarkSpec(panel, events.get(1_000)!));
  });
  bench(
    '10,000 events',
    () => {
      eventStudy(benchmarkSpec(panel, events.get(10_000)!));
    },
    { iterations: 5, time: 0 },
  );
  bench(
    '100,000 events',
    () => {
      eventStudy(benchmarkSpec(panel, events.get(100_000)!));
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

describe('event study, Fama–French three factors', () => {
  bench(
    '10,000 events, ff3',
    () => {
      eventStudy(benchmarkSpec(panel, events.get(10_000)!, { model: 'ff3', factors: ff3 }));
    },
    { iterations: 5, time: 0 },
  );
});

describe('the 500-event job: default tests and every test', () => {
  bench('default tests', () => {
    eventStudy(job);
  });
  bench("tests: 'all'", () => {
    eventStudy({ ...job, tests: 'all' });
  });
});
