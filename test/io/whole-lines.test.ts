/**
 * The building blocks of the streaming reader of loadPrices (files of 64 MiB and more, too big
 * for a unit test): strict chunk decoding and whole lines with a cap (issue 20, classes 4, 6).
 * Synthetic chunks: the property is how text is cut, not what the data say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { createChunkDecoder, decodeText, firstInvalidUtf8 } from '../../src/io/decode-text';
import { checkLineLengths, createWholeLines } from '../../src/io/whole-lines';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createWholeLines', () => {
  it('hands out whole lines only, across chunks', () => {
    const lines = createWholeLines();
    expect(lines.push('date,close\n2021-03-2')).toBe('date,close\n');
    expect(lines.push('5,24.2')).toBe('');
    expect(lines.push('\n2021-03-26,25.4')).toBe('2021-03-25,24.2\n');
    expect(lines.end()).toBe('2021-03-26,25.4');
  });

  it('refuses a line longer than the cap, with its line number, however it is cut', () => {
    const lines = createWholeLines({ maxLine: 10, file: 'f.csv' });
    lines.push('ok\n');
    lines.push('12345');
    expect(() => lines.push('678901')).toThrow(CsvFormatError);
    const again = createWholeLines({ maxLine: 10 });
    try {
      again.push('a\nb\n0123456789ABC\n');
    } catch (error) {
      expect((error as CsvFormatError).line).toBe(3);
    }
    expect(() => createWholeLines({ maxLine: 10 }).push('x\n0123456789ABC')).toThrow(/line longer than 10/);
    expect(() => checkLineLengths('a\n0123456789ABC\n', { maxLine: 10 })).toThrow(/line longer than 10/);
    expect(() => checkLineLengths('0123456789\n0123456789', { maxLine: 10 })).not.toThrow();
  });
});

describe('strict decoding', () => {
  it('finds the first invalid UTF-8 byte, accepting a character cut by a chunk end', () => {
    const e = bytes('Clôture');
    expect(firstInvalidUtf8(e)).toBe(-1);
    expect(firstInvalidUtf8(e.subarray(0, 3))).toBe(2); // the ô cut in two, at the end of a file
    expect(firstInvalidUtf8(e, 3, true)).toBe(-1); // … or of a chunk
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0); // an overlong '/'
  });

  it('a chunk decoder joins characters cut between chunks and fails at invalid bytes', () => {
    const e = bytes('Clôture\n');
    const decoder = createChunkDecoder({ file: 'big.csv' });
    expect(decoder.decode(e.subarray(0, 3)) + decoder.decode(e.subarray(3)) + decoder.end()).toBe(
      'Clôture\n',
    );
    const bad = createChunkDecoder({ file: 'big.csv' });
    bad.decode(bytes('a\nb\n'));
    expect(() => bad.decode(Uint8Array.of(0x43, 0x6c, 0xf4, 0x74))).toThrow(/invalid UTF-8: byte 0xF4/);
  });

  it('any cutting of UTF-8 text into chunks decodes to the same text, and of lines to the same lines', () => {
    const text = '\uFEFFdate,收盘价,Clôture\n2021-03-26,24.2,😀 €\nÆ,ø,中\n';
    const encoded = bytes(text);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: encoded.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), encoded.length];
          const decoder = createChunkDecoder();
          const lines = createWholeLines({ maxLine: 40 });
          let out = '';
          let whole = '';
          for (let i = 1; i < points.length; i++) {
            const piece = decoder.decode(encoded.subarray(points[i - 1]!, points[i]!));
            out += piece;
            whole += lines.push(piece);
          }
          out += decoder.end();
          whole += lines.end();
          expect(out).toBe(text.slice(1));
          expect(whole).toBe(text.slice(1));
        },
      ),
      { seed: 20, numRuns: 300 },
    );
  });

  it('decodeText drops a BOM and keeps valid UTF-8 as is', () => {
    expect(decodeText(bytes('\uFEFFdate,close\n'))).toEqual({
      text: 'date,close\n',
      encoding: 'utf-8',
      detected: false,
    });
  });
});
