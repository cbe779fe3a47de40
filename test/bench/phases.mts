/**
 * Where a study's time goes, phase by phase, in steady state (after warm-up runs): the per-event
 * loop, laying out the panel, and each default cross-event test. The profile behind issue 5's
 * speed-ups. `npm run bench:phases -- [events] [runs]` (default 10,000 events, 5 runs).
 */
import { resolveConventions } from '../../src/stats/conventions';
import { crossEventTestRegistry, defaultTestNames } from '../../src/stats/cross-event-tests';
import { sharePanelPasses } from '../../src/stats/panel-passes';
import { buildPanel } from '../../src/study/build-panel';
import { eventStudy } from '../../src/study/event-study';
import { expandEvents } from '../../src/study/expand-events';
import { resolveSettings } from '../../src/study/settings';
import { createStudyData } from '../../src/study/study-data';
import { type EventRow, studyEvent } from '../../src/study/study-event';
import { benchmarkSpec, loadSp500Panel, sampleEvents } from './sp500-panel';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const panelData = await loadSp500Panel();
const spec = benchmarkSpec(panelData, sampleEvents(panelData.listings, count, 5));
const times = new Map<string, number[]>();
const time = <T,>(name: string, run: () => T): T => {
  const start = performance.now();
  const out = run();
  const list = times.get(name) ?? [];
  list.push(performance.now() - start);
  times.set(name, list);
  return out;
};

for (let r = 0; r < runs + 2; r++) {
  if (r === 2) times.clear(); // two warm-up runs
  time('eventStudy (whole)', () => eventStudy(spec));
  const settings = resolveSettings(spec);
  const conventions = resolveConventions(spec.conventions);
  const data = createStudyData(spec.prices, settings.returns, spec.factors);
  const context = { data, settings, conventions };
  const rows = time('per-event loop', () => {
    const out: EventRow[] = [];
    for (const listing of expandEvents(spec.events)) {
      const outcome = studyEvent(listing, context);
      if (outcome.included) out.push(outcome.row);
    }
    return out;
  });
  const panel = sharePanelPasses(time('buildPanel', () => buildPanel(rows, settings)));
  for (const name of defaultTestNames)
    time(`test ${name}`, () => crossEventTestRegistry[name]!(panel, conventions));
}
// The fastest run is the least disturbed by the rest of the machine; the median says how typical it is.
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
console.log(`${count} events, ${runs} runs after 2 warm-ups:   fastest    median`);
for (const [name, list] of times) {
  const [fastest, median] = [sorted(list)[0]!, sorted(list)[list.length >> 1]!];
  console.log(`${name.padEnd(24)} ${fastest.toFixed(1).padStart(9)} ms ${median.toFixed(1).padStart(9)} ms`);
}
