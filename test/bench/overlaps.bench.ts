/**
 * Detection of overlapping events (issue 16) on 100,000 events sampled from the S&P 500 panel
 * (the sample of the study benchmark: seed 5, window [-5, 5], estimation [-260, -11]). With
 * about 200 events per ticker over five years, each estimation window holds some 50 others:
 * five million overlaps. `place + sweep` is the pass a study makes before its per-event work
 * (day 0 of every event, then `findOverlaps`); `findEventOverlaps` also builds every
 * `overlaps` entry, as `eventstudy inspect --events` does. `npm run bench`.
 */
import { beforeAll, bench, describe } from 'vitest';
import { findEventOverlaps } from '../../src/study/find-event-overlaps';
import { findOverlaps, type OverlapWindow } from '../../src/study/find-overlaps';
import { overlapPass } from '../../src/study/overlap-pass';
import { resolveSettings } from '../../src/study/settings';
import { createStudyData } from '../../src/study/study-data';
import type { StudySpec } from '../../src/types';
import { benchmarkSpec, loadSp500Panel, sampleEvents } from './sp500-panel';

let spec: StudySpec;
/** The events' windows, placed once, for the sweep alone. */
let windows: (OverlapWindow | undefined)[];
beforeAll(async () => {
  const panel = await loadSp500Panel();
  spec = benchmarkSpec(panel, sampleEvents(panel.listings, 100_000, 5));
  const settings = resolveSettings(spec);
  const pass = overlapPass(spec.events, [], createStudyData(spec.prices, settings.returns), settings);
  windows = pass.listings.map((listing, k) => {
    const placed = pass.placement(k);
    if (!placed.ok) return undefined;
    const day0 = placed.zero.index;
    const last = placed.calendar.dates.length - 1;
    return {
      ticker: listing.ticker,
      calendar: placed.calendar,
      first: Math.max(0, day0 - 5),
      last: Math.min(last, day0 + 5),
      estimationFirst: Math.max(0, day0 - 260),
      estimationLast: day0 - 11,
    };
  });
});

describe('overlap detection, 100,000 events', () => {
  bench(
    'sweep only (findOverlaps on placed windows)',
    () => {
      findOverlaps(windows);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'place + sweep (the pass before the per-event work)',
    () => {
      const settings = resolveSettings(spec);
      overlapPass(spec.events, [], createStudyData(spec.prices, settings.returns), settings);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'findEventOverlaps (place, sweep and build the 5 million entries)',
    () => {
      findEventOverlaps(spec);
    },
    { iterations: 3, time: 0 },
  );
});
