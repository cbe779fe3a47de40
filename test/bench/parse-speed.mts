/**
 * Parsing speed on the S&P 500 panel (issue 19: ≥ 150 MB/s): the 505 files of
 * `data/us/sp500_5yr/individual_stocks_5yr` (29.6 MB, 619,040 rows) read into memory first, then
 * parsed by `parsePrices` one after another, `runs` times in this one process (default 7).
 * Prints MB/s per run on the wall clock and on the process's CPU time (less sensitive to a busy
 * shared machine), and the best of each. `npm run bench:parse [-- runs]`; profile with
 * `node --import tsx --cpu-prof test/bench/parse-speed.mts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrices } from '../../src/io/parse-prices';
import { PANEL_FOLDER } from './sp500-panel';

const runs = Number(process.argv[2] ?? 7);
const files = readdirSync(PANEL_FOLDER)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => ({ file: join(PANEL_FOLDER, name), text: readFileSync(join(PANEL_FOLDER, name), 'utf8') }));
const megabytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / 1e6;
const wall: number[] = [];
const cpu: number[] = [];
let rows = 0;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  rows = 0;
  for (const { file, text } of files) for (const s of parsePrices(text, { file })) rows += s.dates.length;
  const used = process.cpuUsage(cpuBefore);
  wall.push(megabytes / ((performance.now() - started) / 1000));
  cpu.push(megabytes / ((used.user + used.system) / 1e6));
}
const list = (v: number[]): string => v.map((x) => x.toFixed(0)).join(' ');
console.log(
  `parsePrices on the S&P 500 panel: ${megabytes.toFixed(1)} MB, ${files.length} files, ${rows} rows`,
);
console.log(`MB/s, wall clock: ${list(wall)}; best ${Math.max(...wall).toFixed(0)}`);
console.log(`MB/s, CPU time:   ${list(cpu)}; best ${Math.max(...cpu).toFixed(0)}`);
