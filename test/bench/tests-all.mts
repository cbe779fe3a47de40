/**
 * What `tests: 'all'` costs beside the default tests (issue 19 item 4), in-process and warm: the
 * 500-event S&P 500 job of `test/bench/cold/job.mjs` (market model, estimation 250 days ending at
 * day −11, window [−5, 5], CAR windows [−1, 1], [0, 0], [−5, 5]) studied `runs` times with each
 * setting in turn after two warm-ups, min / median / max, then each test alone on the job's panel.
 * `npx tsx test/bench/tests-all.mts [runs]` (default 7).
 */
import { fileURLToPath } from 'node:url';
import { loadStudy } from '../../src/node/load-study';
import { resolveConventions } from '../../src/stats/conventions';
import { allTestNames, crossEventTestRegistry } from '../../src/stats/cross-event-tests';
import { buildPanel } from '../../src/study/build-panel';
import { eventStudy } from '../../src/study/event-study';
import { expandEvents } from '../../src/study/expand-events';
import { resolveSettings } from '../../src/study/settings';
import { createStudyData } from '../../src/study/study-data';
import { type EventRow, studyEvent } from '../../src/study/study-event';
import type { StudySpec } from '../../src/types';
import { JOB_SETTINGS, jobFiles } from './cold/sp500-job.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const inputs = await loadStudy(jobFiles((relative) => `${root}${relative}`));
const spec: StudySpec = { ...inputs, ...JOB_SETTINGS };
const settings: Record<string, StudySpec> = { default: spec, all: { ...spec, tests: 'all' } };
const times = new Map<string, number[]>();
// Wall time, and the CPU time of the process beside it (`cpu …` rows): on a shared machine a run
// that waits for a core shows in the first and not in the second.
const time = (name: string, run: () => unknown): void => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  for (const [key, ms] of [
    [name, performance.now() - start],
    [`cpu ${name}`, (used.user + used.system) / 1000],
  ] as const) {
    const list = times.get(key) ?? [];
    list.push(ms);
    times.set(key, list);
  }
};
for (let r = 0; r < runs + 2; r++) {
  if (r === 2) times.clear(); // two warm-ups
  for (const [name, s] of Object.entries(settings)) time(`study, tests ${name}`, () => eventStudy(s));
}
// Each test alone on the job's panel: a test that shares a pass with others (the rank sums, r̄)
// computes it here itself, so these rows add up to more than the study's difference.
const resolved = resolveSettings(spec);
const conventions = resolveConventions(spec.conventions);
const data = createStudyData(spec.prices, resolved.returns, spec.factors);
const rows: EventRow[] = [];
for (const listing of expandEvents(spec.events)) {
  const outcome = studyEvent(listing, { data, settings: resolved, conventions });
  if (outcome.included) rows.push(outcome.row);
}
const panel = buildPanel(rows, resolved);
for (let r = 0; r < runs + 2; r++) {
  for (const name of allTestNames) {
    // a fresh copy each time, so nothing a test caches on its panel is reused
    const fresh = { ...panel };
    if (r < 2) crossEventTestRegistry[name]!(fresh, conventions);
    else time(`test ${name}`, () => crossEventTestRegistry[name]!(fresh, conventions));
  }
}
const stats = (list: number[]): string => {
  const s = [...list].sort((a, b) => a - b);
  const f = (v: number): string => v.toFixed(1).padStart(8);
  return `${f(s[0]!)} ${f(s[s.length >> 1]!)} ${f(s[s.length - 1]!)}`;
};
console.log(`500 events, ${runs} warm runs (ms):        min   median      max`);
for (const [name, list] of times)
  if (!name.startsWith('cpu test')) console.log(`${name.padEnd(28)} ${stats(list)}`);
const median = (name: string): number => [...times.get(name)!].sort((a, b) => a - b)[runs >> 1]!;
const ratio = (prefix: string): string =>
  (median(`${prefix}study, tests all`) / median(`${prefix}study, tests default`)).toFixed(2);
console.log(`all / default (medians): wall ${ratio('')}, CPU ${ratio('cpu ')}`);
