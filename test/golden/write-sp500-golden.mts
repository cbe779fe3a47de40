// Writes test/golden/sp500-300-events.json (see sp500-golden.ts). Not run by the test suite.
import { writeFile } from 'node:fs/promises';
import { loadSp500Panel } from '../bench/sp500-panel';
import { GOLDEN_FILE, goldenStudyJson } from './sp500-golden';

const json = goldenStudyJson(await loadSp500Panel());
await writeFile(GOLDEN_FILE, `${json}\n`);
console.log(`wrote ${GOLDEN_FILE} (${(json.length / 1e6).toFixed(2)} MB)`);
