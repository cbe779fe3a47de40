import { describe, expect, it } from 'vitest';
import { detectDecimalComma } from '../../src/io/detect-decimal-comma';

describe('detectDecimalComma', () => {
  const german = [
    ['Datum', 'Schlusskurs'],
    ['08.02.2013', '67,8542'],
  ];
  it('finds a decimal comma in ; and tab files', () => {
    expect(detectDecimalComma(german, 1, ';', [0])).toBe(',');
    expect(detectDecimalComma(german, 1, '\t', [0])).toBe(',');
  });
  it('never in comma-separated files', () => {
    expect(detectDecimalComma(german, 1, ',', [0])).toBe('.');
  });
  it('not when a cell proves a decimal point, nor from ambiguous cells alone', () => {
    expect(detectDecimalComma([...german, ['11.02.2013', '68.56']], 1, ';', [0])).toBe('.');
    expect(
      detectDecimalComma(
        [
          ['d', 'c'],
          ['x', '20,533'],
          ['y', '1.234'],
        ],
        1,
        ';',
        [0],
      ),
    ).toBe('.');
  });
  it('ignores the header and the skipped columns', () => {
    expect(
      detectDecimalComma(
        [
          ['0,5', 'c'],
          ['2013-02-08', '1'],
        ],
        1,
        ';',
        [0],
      ),
    ).toBe('.');
    expect(
      detectDecimalComma(
        [
          ['d', 'c'],
          ['12,5', '1'],
        ],
        1,
        ';',
        [0],
      ),
    ).toBe('.');
  });
});
