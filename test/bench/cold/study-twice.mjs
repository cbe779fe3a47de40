// Cold against warm study (issue 19, item 4): the 500-event job of job.mjs, but the study run
// several times in the same process after one load, each run timed alone. The first run pays the
// JIT's warm-up (interpreter, then optimising the hot functions); the later ones show what the
// same work costs once compiled. `node test/bench/cold/study-twice.mjs [studies]` (default 3),
// after `npm run build`; prints one JSON line: ms of each study and the CPU time of each.
import { JOB_SETTINGS, jobFiles } from './sp500-job.mjs';

const root = new URL('../../../', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const { eventStudy } = await import('eventstudy');
const { loadStudy } = await import('eventstudy/node');
const inputs = await loadStudy(jobFiles(path));
const studies = Number(process.argv[2] ?? 3);
const ms = [];
const cpuMs = [];
for (let i = 0; i < studies; i++) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  eventStudy({
    ...inputs,
    ...JOB_SETTINGS,
    ...(process.env.EVENTSTUDY_TESTS === 'all' ? { tests: 'all' } : {}),
  });
  ms.push(Math.round(performance.now() - t0));
  const used = process.cpuUsage(cpu);
  cpuMs.push(Math.round((used.user + used.system) / 1000));
}
console.log(JSON.stringify({ ms, cpuMs }));
