import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSp500Panel, type Sp500Panel } from '../bench/sp500-panel';
import { GOLDEN_FILE, goldenStudyJson } from '../golden/sp500-golden';

// 300 events sampled with a fixed seed from the S&P 500 panel, every test (bootstrap included,
// seeded): the JSON must not depend on anything but the input, and must not change when the
// code is made faster (issue 5). The golden file was written before any speed-up.
describe('determinism on the S&P 500 panel', () => {
  let panel: Sp500Panel;
  let first: string;
  beforeAll(async () => {
    panel = await loadSp500Panel();
    first = goldenStudyJson(panel);
  }, 60_000);

  it('gives byte-identical JSON on repeated runs', () => {
    expect(goldenStudyJson(panel) === first).toBe(true);
  });

  it('gives byte-identical JSON to the golden file written before the speed-ups', async () => {
    const golden = (await readFile(GOLDEN_FILE, 'utf8')).trimEnd();
    expect(JSON.parse(first).events.length).toBe(300);
    if (first !== golden) expect(JSON.parse(first)).toEqual(JSON.parse(golden)); // shows the difference
    expect(first === golden).toBe(true);
  });
});
