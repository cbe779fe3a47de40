/**
 * Parsing the S&P 500 panel from memory (issue 19: ≥ 150 MB/s): `parsePrices` over the 505 files
 * of `data/us/sp500_5yr/individual_stocks_5yr` (29.6 MB), read in the set-up. MB/s = 29.6 / the
 * time of one iteration (s); `npm run bench:parse` prints MB/s on wall and CPU time directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parsePrices } from '../../src/io/parse-prices';
import { PANEL_FOLDER } from './sp500-panel';

const files = readdirSync(PANEL_FOLDER)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => ({ file: join(PANEL_FOLDER, name), text: readFileSync(join(PANEL_FOLDER, name), 'utf8') }));

describe('parsing prices', () => {
  bench(
    'parsePrices on the S&P 500 panel (505 files, 29.6 MB, in memory)',
    () => {
      for (const { file, text } of files) parsePrices(text, { file });
    },
    { iterations: 7, time: 0, warmupIterations: 1 },
  );
});
