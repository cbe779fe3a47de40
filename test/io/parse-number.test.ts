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

describe('parseNumberAt on random decimal strings (synthetic, fast-check)', () => {
  // synthetic strings of every shape the fast path meets and leaves: sign, 0–25 integer digits
  // (beyond 2^53 and 15–17 significant digits), a point, 0–25 fraction digits (scale > 22),
  // an exponent, spaces around; each must be bit-identical to `Number` of the trimmed text
  const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${max}}$`));
  const decimal = fc
    .tuple(
      fc.constantFrom('', '-', '+'),
      digits(25),
      fc.constantFrom('', '.'),
      digits(25),
      fc.constantFrom('', 'e5', 'E-7', 'e+300', 'e-330'),
      fc.constantFrom('', ' ', '  '),
      fc.constantFrom('', ' '),
    )
    .map(
      ([sign, int, point, frac, exp, before, after]) => `${before}${sign}${int}${point}${frac}${exp}${after}`,
    );

  it('is bit-identical to Number where the text is a decimal number, NaN where it has no digit', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        const t = text.trim();
        const body = t.replace(/^[+-]/, '').replace(/[eE].*$/, '');
        const expected = /[0-9]/.test(body) ? Number(t) : Number.NaN;
        expect(Object.is(parse(text), expected), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('moves the point exactly as the decimal text would (shift 2, percent)', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        const t = text.trim();
        const body = t.replace(/^[+-]/, '').replace(/[eE].*$/, '');
        if (!/[0-9]/.test(body)) return;
        const expected = /[eE]/.test(t) ? Number(t) / 100 : Number(`${t}e-2`);
        expect(Object.is(parseNumberAt(text, 0, text.length, true, 2), expected), JSON.stringify(text)).toBe(
          true,
        );
      }),
      { numRuns: 5_000 },
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
