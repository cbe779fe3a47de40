/**
 * Peak memory (issue 5), each case in a fresh process so that nothing else counts:
 * the 100,000-event study on the S&P 500 panel, and streaming the 1.3 GB long-format file
 * keeping ten tickers. Run with `npm run bench:memory`.
 */
import { spawnSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadPrices } from '../../src/node';
import { eventStudy } from '../../src/study/event-study';
import { BIG_FILE, ensureBigFile, KEPT_TICKERS } from './big-file';
import { benchmarkSpec, loadSp500Panel, sampleEvents } from './sp500-panel';

const megabytes = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;

async function run(mode: string): Promise<void> {
  if (mode === 'study') {
    const panel = await loadSp500Panel();
    const events = sampleEvents(panel.listings, 100_000, 5);
    const start = performance.now();
    const result = eventStudy(benchmarkSpec(panel, events));
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `100,000-event study: ${result.events.length} included, ${seconds.toFixed(1)} s, peak RSS ${megabytes(process.resourceUsage().maxRSS)}`,
    );
  } else {
    // the file was written by the parent; reading the panel again here would count in the peak
    const file = { path: BIG_FILE, bytes: (await stat(BIG_FILE)).size };
    const before = process.resourceUsage().maxRSS;
    const start = performance.now();
    const series = await loadPrices(file.path, { tickers: KEPT_TICKERS });
    const seconds = (performance.now() - start) / 1000;
    const rows = series.reduce((n, s) => n + s.dates.length, 0);
    console.log(
      `streamed ${(file.bytes / 1e6).toFixed(0)} MB (${KEPT_TICKERS.length} tickers kept, ${rows} rows) in ${seconds.toFixed(1)} s, ` +
        `${(file.bytes / 1e6 / seconds).toFixed(0)} MB/s, peak RSS ${megabytes(process.resourceUsage().maxRSS)} ` +
        `(${megabytes(before)} before reading)`,
    );
  }
}

const mode = process.argv[2];
if (mode !== undefined) {
  await run(mode);
} else {
  // Build the big file first, in this process, so that its set-up does not count below.
  await ensureBigFile();
  const script = fileURLToPath(import.meta.url);
  for (const child of ['study', 'big-file']) {
    const out = spawnSync(process.execPath, [...process.execArgv, script, child], { stdio: 'inherit' });
    if (out.status !== 0) process.exit(out.status ?? 1);
  }
}
