/**
 * SHA-256 of the JSON of the benchmark study (issue 5), to check that a speed-up leaves every
 * number unchanged at sizes the golden test does not reach: `npm run bench:fingerprint -- 10000`.
 */
import { createHash } from 'node:crypto';
import { eventStudy } from '../../src/study/event-study';
import { benchmarkSpec, loadFf3, loadSp500Panel, sampleEvents } from './sp500-panel';

const count = Number(process.argv[2] ?? 10_000);
const model = process.argv[3] === 'ff3' ? { model: 'ff3' as const, factors: await loadFf3() } : {};
const panel = await loadSp500Panel();
const events = sampleEvents(panel.listings, count, 5);
const result = eventStudy({ ...benchmarkSpec(panel, events, model), tests: 'all' });
const json = JSON.stringify(result, (_key, value) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
);
console.log(
  `${count} events${process.argv[3] === 'ff3' ? ', ff3' : ''}: sha256 ${createHash('sha256').update(json).digest('hex')} (${json.length} characters)`,
);
