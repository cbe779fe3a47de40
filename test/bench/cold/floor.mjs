/**
 * The floor under the cold one-shot job (issue 19): what a fresh process pays to read the job's
 * price files and only count their lines, before any parsing. Run as its own process:
 * `node test/bench/cold/floor.mjs` (compare with `node -e 0` for node's own start).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const start = performance.now();
const dir = fileURLToPath(new URL('../../../data/us/sp500_5yr/individual_stocks_5yr/', import.meta.url));
let bytes = 0;
let lines = 0;
for (const file of readdirSync(dir)) {
  const content = readFileSync(dir + file);
  bytes += content.length;
  for (let at = content.indexOf(10); at >= 0; at = content.indexOf(10, at + 1)) lines++;
}
const inProcess = performance.now() - start;
console.log(
  `read and line count of ${(bytes / 1e6).toFixed(1)} MB, ${lines} lines: ${inProcess.toFixed(0)} ms in-process, ${(process.uptime() * 1000).toFixed(0)} ms since the process started`,
);
