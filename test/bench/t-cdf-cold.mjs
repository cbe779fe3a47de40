// What the per-event t p-values of the 500-event S&P 500 job cost, cold and warm (issue 19, item 5):
// `node test/bench/t-cdf-cold.mjs [runs] [checkout]` (after `npm run build`; `checkout` defaults to
// this one, give another checkout's root to compare). First, in this process, the job's study
// (test/bench/cold/job.mjs's settings) gives every (t, df) of its per-event p-values: the AR t of
// each day and the CAR t of each window. Then each run is a fresh process that loads `pValueT`
// from the checkout's `src/stats/p-value.ts` (through tsx: it is internal) and calls it on all of them once (cold: the first calls run in V8's interpreter
// and baseline code before the optimizing compiler takes over) and 20 times more (warm).
// Prints min / median / max over the runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JOB_SETTINGS, jobFiles } from './cold/sp500-job.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

if (process.argv[2] === '--child') {
  const { pValueT } = await import(pathToFileURL(join(process.argv[4], 'src/stats/p-value.ts')).href);
  const calls = new Float64Array(readFileSync(process.argv[3]).buffer);
  const n = calls.length / 2;
  let sum = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) sum += pValueT(calls[2 * i], calls[2 * i + 1]);
  const cold = performance.now() - start;
  let warm = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 20; r++) {
    const from = performance.now();
    for (let i = 0; i < n; i++) sum += pValueT(calls[2 * i], calls[2 * i + 1]);
    warm = Math.min(warm, performance.now() - from);
  }
  process.stdout.write(JSON.stringify({ n, cold, warm, sum }));
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 15);
const checkout = process.argv[3] ?? root;
const { eventStudy } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { loadStudy } = await import(pathToFileURL(join(root, 'dist/node.js')).href);
const inputs = await loadStudy(jobFiles((relative) => join(root, relative)));
const result = eventStudy({
  ...inputs,
  ...JOB_SETTINGS,
});
const pairs = [];
for (const event of result.events) {
  for (const t of event.t) if (Number.isFinite(t)) pairs.push(t, event.model.df);
  for (const car of event.cars) if (Number.isFinite(car.t)) pairs.push(car.t, event.model.df);
}
const folder = mkdtempSync(join(tmpdir(), 't-cdf-cold-'));
const file = join(folder, 'calls.f64');
writeFileSync(file, new Float64Array(pairs));
const cold = [];
const warm = [];
for (let r = 0; r < runs; r++) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, checkout],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const out = JSON.parse(child.stdout);
  cold.push(out.cold);
  warm.push(out.warm);
}
rmSync(folder, { recursive: true });
const summary = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return `${s[0].toFixed(2)} / ${s[s.length >> 1].toFixed(2)} / ${s[s.length - 1].toFixed(2)} ms`;
};
console.log(`${pairs.length / 2} pValueT calls of the 500-event job (${checkout}), ${runs} fresh processes`);
console.log(`cold, first pass (min / median / max): ${summary(cold)}`);
console.log(`warm, best of 20 passes:               ${summary(warm)}`);
