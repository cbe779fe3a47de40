import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissingValue, parseNumberAt } from '../../src/io/parse-number';

const parse = (t: string, thousands = true) => parseNumberAt(t, 0, t.length, thousands);

describe('parseNumberAt', () => {
  it.each([
    ['12.5', 12.5],
    [' -3 ', -3],
    ['+0.25', 0.25],
    ['.5', 0.5],
    ['5.', 5],
    ['16.799999237060547', 16.799999237060547],
    ['1e3', 1000],
    ['1,234.5', 1234.5],
    ['12,000', 12000],
  ])('%s → %d', (text, value) => {
    expect(parse(text)).toBe(value);
  });

  it.each(['', 'NA', 'abc', '1.2.3', '0x10', 'Infinity', '--1', '1,23', '.', '-'])('%j → NaN', (text) => {
    expect(parse(text)).toBeNaN();
  });

  it('shifts the decimal point exactly (percent → decimal)', () => {
    expect(parseNumberAt('-0.45', 0, 5, true, 2)).toBe(-0.0045);
    expect(parseNumberAt('  1.55', 0, 6, true, 2)).toBe(0.0155);
    expect(parseNumberAt('1e1', 0, 3, true, 2)).toBe(0.1);
  });

  it('refuses thousands separators when told to (decimal-comma files)', () => {
    expect(parse('1,234', false)).toBeNaN();
  });

  it('agrees bit for bit with Number on decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        expect(Object.is(parse(text), Number(text))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999999 }), fc.integer({ min: 0, max: 8 }), (m, k) => {
        const s = String(m).padStart(k + 1, '0');
        const text = k === 0 ? s : `${s.slice(0, -k)}.${s.slice(-k)}`;
        expect(parse(text)).toBe(Number(text));
      }),
    );
  });
});

describe('isMissingValue', () => {
  it.each(['', ' ', 'null', 'NULL', 'NA', 'NaN', 'nan', 'N/A', '#N/A', 'None'])('%j is missing', (t) => {
    expect(isMissingValue(t)).toBe(true);
  });
  it.each(['0', 'x', '-', '1.5'])('%j is not', (t) => {
    expect(isMissingValue(t)).toBe(false);
  });
});
