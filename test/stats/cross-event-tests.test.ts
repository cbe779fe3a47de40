/** Hand-worked cases of the entry point of the cross-event tests: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { defaultConventions, estudy2Conventions } from '../../src/stats/conventions';
import { allTestNames, crossEventTests } from '../../src/stats/cross-event-tests';
import { smallPanel, twoEventDay0Panel } from './small-panel';

describe('crossEventTests', () => {
  const panel = twoEventDay0Panel();
  it('runs the default set, named optional tests, and rejects unknown names', () => {
    const all = crossEventTests(panel, defaultConventions);
    expect(Object.keys(all.daily)).toEqual([
      'csect',
      'cda',
      'patell',
      'bmp',
      'kp',
      'sign',
      'generalizedSign',
      'rank',
      'wilcoxon',
    ]);
    expect(all.cars).toHaveLength(1);
    expect(Object.keys(crossEventTests(panel, defaultConventions, ['grank', 'bootstrap']).daily)).toEqual([
      'grank',
      'bootstrap',
    ]);
    expect(() => crossEventTests(panel, defaultConventions, ['nope'])).toThrow(/unknown test/);
  });
  it('an empty panel gives NaN with notes, never throws', () => {
    const empty = smallPanel([0, 1], [], [[0, 1]]);
    for (const conventions of [defaultConventions, estudy2Conventions]) {
      const r = crossEventTests(empty, conventions, allTestNames);
      for (const name of allTestNames) {
        expect(r.daily[name]!.statistic.every(Number.isNaN), name).toBe(true);
        expect(r.daily[name]!.note, name).toBeTruthy();
        expect(r.cars[0]![name]!.statistic, name).toBeNaN();
      }
    }
  });
});
