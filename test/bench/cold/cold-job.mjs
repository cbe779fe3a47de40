// The cold one-shot benchmark of issue 19 (`npm run bench:cold -- [runs]`): the 500-event S&P 500
// job run as a fresh process, the way a user waits for it, in three forms taken in turn
// (interleaved, so a busy moment of a shared machine hits all three alike):
//   script  `node test/bench/cold/job.mjs` (the built package, imported as `eventstudy`)
//   cli     `node dist/cli.js run …`
//   npx     `npx eventstudy run …` (npx's own start-up included)
// For each: minimum / median / maximum over the runs of every phase — node start (spawn to the
// end of Node's bootstrap; for npx, npm's start-up too), import (to our first line of code),
// load, study, report (formatting the table), exit —
// and of the total (spawn to exit), plus the CPU time of the process tree (from /proc, so it
// counts npx's children too) and of the process up to import and in load and study (read at each
// mark: on a busy shared machine the wall times wait for a core, the CPU times do not). Needs `npm run build` first (bench:cold does it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const only = process.argv[3]; // optional: one form
const cliArgs = [
  'run',
  '--prices',
  'data/us/sp500_5yr/individual_stocks_5yr',
  '--prices',
  'data/indices/GSPC.csv',
  '--events',
  'data/us/sp500-500-events.csv',
  '--market',
  '^GSPC',
  '--model',
  'market',
  '--estimation',
  '-11,250',
  '--window',
  '-5,5',
  '--car',
  '-1,1',
  '--car',
  '0,0',
  '--car',
  '-5,5',
  '--quiet',
];
const forms = {
  script: ['node', ['test/bench/cold/job.mjs']],
  cli: ['node', ['dist/cli.js', ...cliArgs]],
  npx: ['npx', ['--no-install', 'eventstudy', ...cliArgs]],
};

/** CPU time (ms) of this process's waited-for children so far: cutime + cstime of /proc/self/stat. */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // clock ticks at 100 Hz
  } catch {
    return Number.NaN;
  }
}

function runOnce(name) {
  const [command, args] = forms[name];
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const spawned = performance.timeOrigin + performance.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, EVENTSTUDY_TIMING: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const exited = performance.timeOrigin + performance.now();
      if (code !== 0) return reject(new Error(`${name} exited with ${code}: ${stderr}`));
      const line = stderr.split('\n').find((l) => l.startsWith('{"timing"'));
      if (!line) return reject(new Error(`${name}: no timing line in ${stderr}`));
      const t = JSON.parse(line).timing;
      const firstLine = t.start - spawned; // spawn → this process's time origin
      resolve({
        'node start': firstLine + t.booted, // spawn → Node's bootstrap done (npx: npm's start-up too)
        import: t.imported - t.booted, // → our first line: importing the package
        load: t.loaded - t.imported,
        study: t.studied - t.loaded,
        report: t.reported - t.studied,
        exit: exited - (t.start + t.reported),
        total: exited - spawned,
        'cpu (process)': t.cpuMs,
        'cpu: import': t.importedCpuMs,
        'cpu: load': t.loadedCpuMs - t.importedCpuMs,
        'cpu: study': t.studiedCpuMs - t.loadedCpuMs,
        'cpu (tree)': childrenCpuMs() - cpuBefore,
      });
    });
  });
}

const names = only ? [only] : Object.keys(forms);
const samples = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < runs; r++) for (const name of names) samples[name].push(await runOnce(name));

const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return [s[0], s[s.length >> 1], s[s.length - 1]];
};
console.log(
  `cold one-shot job: 500 events, 506 price files; ${runs} runs of each form, interleaved; ` +
    `${availableParallelism()} CPUs (shared), node ${process.version}`,
);
console.log('ms: min / median / max');
const phases = Object.keys(samples[names[0]][0]);
console.log(['phase'.padEnd(14), ...names.map((n) => n.padStart(20))].join(' '));
for (const phase of phases) {
  const cells = names.map((n) =>
    stats(samples[n].map((s) => s[phase]))
      .map((v) => v.toFixed(0))
      .join(' / ')
      .padStart(20),
  );
  console.log([phase.padEnd(14), ...cells].join(' '));
}
