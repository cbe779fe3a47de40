/** Hand-worked cases of the conventions presets: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { defaultConventions, estudy2Conventions, resolveConventions } from '../../src/stats/conventions';

describe('conventions', () => {
  it('resolves presets and overrides, rejects unknown values', () => {
    expect(resolveConventions(undefined)).toEqual(defaultConventions);
    expect(resolveConventions('estudy2')).toEqual(estudy2Conventions);
    expect(resolveConventions({ signZero: 'negative' }).signZero).toBe('negative');
    expect(() => resolveConventions({ carDayCoverage: 2 })).toThrow(/carDayCoverage/);
    expect(() => resolveConventions('stata' as 'default')).toThrow(/unknown conventions/);
  });
});
