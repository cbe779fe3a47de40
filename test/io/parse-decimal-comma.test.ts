import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseDecimalCommaAt,
  provesDecimalComma,
  provesDecimalPoint,
} from '../../src/io/parse-decimal-comma';

const p = (s: string, shift = 0): number => parseDecimalCommaAt(s, 0, s.length, shift);

describe('parseDecimalCommaAt', () => {
  it('reads decimal commas and grouped thousands', () => {
    expect(p('67,8542')).toBe(67.8542);
    expect(p(' -0,5 ')).toBe(-0.5);
    expect(p('1.234,56')).toBe(1234.56);
    expect(p('1\u00a0234,56')).toBe(1234.56);
    expect(p('1\u202f234\u202f567')).toBe(1234567);
    expect(p('3.879.078')).toBe(3879078);
    expect(p('1234')).toBe(1234);
    expect(p('1,5E-03')).toBe(0.0015);
    expect(p('12,')).toBe(12);
  });

  it('rejects what is not a decimal-comma number', () => {
    for (const s of ['', 'NA', '67.85', '1.2.3', '1.23,4', '1.234.5', ',5', '1 234.5', '1.234 567,8', '--1'])
      expect(p(s), s).toBeNaN();
  });

  it('shifts exactly (percent → decimal)', () => {
    expect(p('-0,45', 2)).toBe(-0.0045);
  });

  // property over generated numbers: equal to Number() of the dot-decimal spelling
  it('equals Number() of the same digits with a decimal point', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }), (w, f) => {
        const dot = `${w}.${f}`;
        expect(p(dot.replace('.', ','))).toBe(Number(dot));
      }),
    );
  });
});

describe('provesDecimalComma / provesDecimalPoint', () => {
  it('tells the unambiguous cells', () => {
    expect(['67,8542', '12,5', '0,123', '1.234,56'].map(provesDecimalComma)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['1,234', '1234', '67.85', 'NA'].map(provesDecimalComma)).toEqual([false, false, false, false]);
    expect(['67.85', '0.123', '1,234.56'].map(provesDecimalPoint)).toEqual([true, true, true]);
    expect(['1.234', '67,85', '12'].map(provesDecimalPoint)).toEqual([false, false, false]);
  });
});
