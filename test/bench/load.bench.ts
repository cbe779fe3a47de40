/** Reading the S&P 500 panel folder (505 long-format files, 619,040 rows) and the index (issue 5). */
import { bench, describe } from 'vitest';
import { loadPrices } from '../../src/node';
import { PANEL_FOLDER } from './sp500-panel';

describe('loading prices', () => {
  bench(
    'S&P 500 panel folder (505 files)',
    async () => {
      await loadPrices(PANEL_FOLDER);
    },
    { iterations: 5, time: 0 },
  );
});
