/**
 * corradoRank's CAR windows read their ranks off one sorted sample per event (estimation ∪ the
 * whole window). Here the grids are held against ranking each window's own sample, on the
 * reference panel and on a synthetic panel built to tie.
 */
import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/stats/average-ranks';
import { rankGrids } from '../../src/stats/corrado-rank';
import { eventSample, relativeDayRange } from '../../src/stats/event-sample';
import type { EventPanel } from '../../src/stats/panel';
import { referencePanel } from './reference-panel';
import { smallPanel } from './small-panel';

/** The grid of one CAR window by its definition: each event's sample over estimation ∪ window ranked. */
function gridByDefinition(panel: EventPanel, first: number, last: number) {
  const { lo, size, maxSample } = relativeDayRange(panel);
  const sumK = new Float64Array(size);
  const sumCentered = new Float64Array(size);
  const count = new Int32Array(size);
  let totalT = 0;
  let sumMeanRank = 0;
  let ranked = 0;
  const values = new Float64Array(maxSample);
  const days = new Int32Array(maxSample);
  const ranks = new Float64Array(maxSample);
  for (let i = 0; i < panel.events; i++) {
    const n = eventSample(panel, i, first, last, values, days);
    if (n === 0) continue;
    averageRanks(values, n, ranks);
    for (let k = 0; k < n; k++) {
      sumK[days[k]! - lo]! += ranks[k]!;
      sumCentered[days[k]! - lo]! += ranks[k]! - (n + 1) / 2;
      count[days[k]! - lo]!++;
    }
    totalT += n;
    sumMeanRank += (n + 1) / 2;
    ranked++;
  }
  return { lo, sumK, sumCentered, count, totalT, sumMeanRank, ranked };
}

function expectDefinition(panel: EventPanel): void {
  const grids = rankGrids(panel);
  panel.carWindows.forEach(({ first, last }, w) => {
    expect(grids[w], `CAR window ${w}`).toEqual(gridByDefinition(panel, first, last));
  });
}

describe('corradoRank CAR-window ranks from one sorted sample', () => {
  it('match ranking each window on its own, on the reference panel', () => {
    expectDefinition(referencePanel);
  });

  it('match it when values tie inside and outside the window', () => {
    // Synthetic: ARs on a coarse grid, so that window and estimation values tie.
    const est = (ar: number[]) => ({ ar, days: ar.map((_, k) => k - 10) });
    const panel = smallPanel(
      [-1, 0, 1],
      [
        { ar: [0.5, -1, 0], est: est([-1, 0, 1, 0.5, -1, 2, 0, -0.5]) },
        { ar: [1, 0, Number.NaN], est: est([0, 0, 1, -1, 0.5, -2, 1, 0.25]) },
        { ar: [-0.5, 1, 0.5], est: est([1, -1, 1, 0, Number.NaN, 0.5, 2, 1]) },
      ],
      [
        [0, 2],
        [1, 1],
        [0, 1],
        [2, 2],
      ],
    );
    expectDefinition(panel);
  });
});
