// The cold one-shot job of issue 19, as a user's script runs it against the built package:
// 500 events on the S&P 500 panel (505 price files + ^GSPC), market model, estimation 250 days
// ending at day -11, window [-5, 5], CAR windows [-1, 1], [0, 0], [-5, 5], the default tests
// (`EVENTSTUDY_TESTS=all` for every test), read with `loadStudy`;
// the report (formatTable) goes to stdout. Run by cold-job.mjs as a fresh process each time;
// with EVENTSTUDY_TIMING set it prints its phases (performance.mark) as one JSON line on stderr.
import { JOB_SETTINGS, jobFiles } from './sp500-job.mjs';

const root = new URL('../../../', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const { eventStudy, formatTable } = await import('eventstudy');
const { loadStudy } = await import('eventstudy/node');
const cpuMs = () => {
  const cpu = process.cpuUsage();
  return { detail: { cpuMs: (cpu.user + cpu.system) / 1000 } };
};
performance.mark('eventstudy:imported', cpuMs());
// the events first, then only the price files of their tickers and the market
const inputs = await loadStudy(jobFiles(path));
performance.mark('eventstudy:loaded', cpuMs());
const result = eventStudy({
  ...inputs,
  ...JOB_SETTINGS,
  ...(process.env.EVENTSTUDY_TESTS === 'all' ? { tests: 'all' } : {}),
});
performance.mark('eventstudy:studied', cpuMs());
process.stdout.write(formatTable(result));
performance.mark('eventstudy:reported', cpuMs());
if (process.env.EVENTSTUDY_TIMING) {
  // the same line as the command's (src/cli/timing.ts)
  const timing = { start: performance.timeOrigin, booted: performance.nodeTiming.bootstrapComplete };
  for (const mark of performance.getEntriesByType('mark')) {
    timing[mark.name.slice(11)] = mark.startTime;
    timing[`${mark.name.slice(11)}CpuMs`] = mark.detail.cpuMs;
  }
  const cpu = process.cpuUsage();
  timing.cpuMs = (cpu.user + cpu.system) / 1000;
  process.stderr.write(`${JSON.stringify({ timing })}\n`);
}
