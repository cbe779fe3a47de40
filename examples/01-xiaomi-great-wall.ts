/**
 * Example 1 — How much of the 2021-03-26 move was the news?
 *
 * On Friday 2021-03-26 Reuters reported that Xiaomi would build electric cars at a Great Wall
 * Motor plant. Xiaomi (1810.HK) closed +6.28 %, Great Wall +10.38 % in Hong Kong (2333.HK) and
 * +9.99 %, limit-up, in Shanghai (601633.SS), on a day the Hang Seng rose 1.57 %.
 *
 * This script runs a market-model event study on the bundled real prices: each listing
 * against its home index (Hang Seng for Hong Kong, SSE Composite for Shanghai, using the
 * Shanghai file's previous-close column), estimation window days [-260, -11], event window
 * [-5, 5]. The study and the report live in examples/lib/xiaomi-great-wall.ts, shared with the
 * notebook examples/notebooks/01-xiaomi-great-wall.ipynb.
 *
 * Run: npm run example (writes the charts out/xiaomi-caar.svg|png and out/xiaomi-cars.svg|png)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caarChart, carChart } from 'eventstudy';
import { toPng } from 'eventstudy/node';
import { xiaomiReport, xiaomiStudy } from './lib/xiaomi-great-wall';

const result = await xiaomiStudy();
console.log(xiaomiReport(result));

// The CAAR path with its 95 % band, and each listing's CAR, as SVG (for a browser) and PNG (for a slide).
const out = join(import.meta.dirname, '..', 'out');
mkdirSync(out, { recursive: true });
for (const [name, svg] of [
  ['xiaomi-caar', caarChart(result)],
  ['xiaomi-cars', carChart(result)],
] as const) {
  writeFileSync(join(out, `${name}.svg`), svg);
  writeFileSync(join(out, `${name}.png`), await toPng(svg));
}
console.log(
  '\nCharts: out/xiaomi-caar.svg and .png (CAAR with its 95 % band), out/xiaomi-cars.svg and .png (CAR per listing)',
);
