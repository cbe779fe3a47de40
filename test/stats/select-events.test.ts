import { expect, test } from 'vitest';
import { selectEvents } from '../../src/stats/select-events';
import { referencePanel } from './reference-panel';

test('selectEvents: the chosen rows of every per-event array, estimation ARs included', () => {
  const panel = referencePanel;
  expect(selectEvents(panel, [...Array(panel.events).keys()])).toEqual(panel);
  const sub = selectEvents(panel, [2, 0]);
  const t = panel.days.length;
  expect(sub.events).toBe(2);
  expect([...sub.ar.subarray(0, t)]).toEqual([...panel.ar.subarray(2 * t, 3 * t)]);
  expect([...sub.ar.subarray(t, 2 * t)]).toEqual([...panel.ar.subarray(0, t)]);
  const e = panel.estimation;
  expect([...sub.estimation.ar.subarray(0, sub.estimation.offsets[1]!)]).toEqual([
    ...e.ar.subarray(e.offsets[2]!, e.offsets[3]!),
  ]);
  expect(sub.car[0]).toBe(panel.car[2]);
  expect(sub.car[2]).toBe(panel.car[panel.events + 2]); // window 1 of event 2
  expect([...sub.m]).toEqual([panel.m[2], panel.m[0]]);
});
