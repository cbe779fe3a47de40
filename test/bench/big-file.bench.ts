/**
 * Streaming a long-format price file of CRSP size (about 25 million rows, 1.3 GB, built in the
 * set-up from the S&P 500 panel, never committed) and keeping ten tickers (issue 5). Prints MB/s;
 * `npm run bench:memory` prints the peak RSS of the same read in a process of its own.
 */
import { beforeAll, bench, describe } from 'vitest';
import { loadPrices } from '../../src/node';
import { ensureBigFile, KEPT_TICKERS } from './big-file';

let file: { path: string; bytes: number };
beforeAll(async () => {
  file = await ensureBigFile();
}, 600_000);

describe('big file', () => {
  bench(
    'stream 1.3 GB long panel, keep 10 tickers',
    async () => {
      const start = performance.now();
      const series = await loadPrices(file.path, { tickers: KEPT_TICKERS });
      const seconds = (performance.now() - start) / 1000;
      if (series.length !== KEPT_TICKERS.length) throw new Error(`kept ${series.length} series`);
      console.log(
        `streamed ${(file.bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s: ${(file.bytes / 1e6 / seconds).toFixed(0)} MB/s`,
      );
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
