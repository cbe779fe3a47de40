import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSp500Panel, type Sp500Panel } from '../bench/sp500-panel';
import { GOLDEN_FILE, goldenStudyJson } from './sp500-golden';

/**
 * A regression snapshot, not a reference: the library's own JSON for 300 events sampled with a
 * fixed seed from the S&P 500 panel, every test (bootstrap included, seeded), written before the
 * speed-ups of issue 5 (rewritten twice, for issue 19's CDFs). It shows that results did not move
 * through speed-ups and restructurings, not that they are right: that is the job of the
 * hand-worked and reference tests (test/stats/, test/reference/). The JSON must also depend on
 * nothing but the input.
 */
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
