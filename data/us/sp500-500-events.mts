// Writes data/us/sp500-500-events.csv (DERIVED, not downloaded): the 500 events of the cold
// one-shot benchmark (issue 19), drawn with the benchmarks' sampler (fixed seed 500, with
// replacement) from the (listing, date) pairs of the S&P 500 panel that leave room for the
// estimation window [-260, -11] and the event window [-5, 5]. Run: npx tsx data/us/sp500-500-events.mts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadSp500Panel, sampleEvents } from '../../test/bench/sp500-panel';

const panel = await loadSp500Panel();
const events = sampleEvents(panel.listings, 500, 500);
const lines = ['id,ticker,date', ...events.map((e, i) => `e${i + 1},${e.ticker},${e.date}`)];
const out = fileURLToPath(new URL('./sp500-500-events.csv', import.meta.url));
await writeFile(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${events.length} events, ${new Set(events.map((e) => e.ticker)).size} tickers`);
