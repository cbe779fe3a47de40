import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyByteLineEndsWith, everyLineEndsWith } from '../../src/io/every-line-ends-with';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('everyLineEndsWith', () => {
  it('checks every line from the first data row, ignoring blank lines and \\r', () => {
    const text = 'date,close,Name\r\n2013-02-08,14.75,AAL\r\n\r\n2013-02-11,14.46,AAL';
    expect(everyLineEndsWith(text, 2, ',AAL')).toBe(true);
    expect(everyByteLineEndsWith(bytes(text), 2, ',AAL')).toBe(true);
    // the header does not end so: from line 1 it fails
    expect(everyLineEndsWith(text, 1, ',AAL')).toBe(false);
    expect(everyByteLineEndsWith(bytes(text), 1, ',AAL')).toBe(false);
  });

  it('fails on a line of another ticker, a shorter line, and a text without the first data row', () => {
    for (const text of ['h\n1,AAL\n2,AALX\n', 'h\n1,AAL\nAL\n', 'h']) {
      expect(everyLineEndsWith(text, 2, ',AAL'), text).toBe(false);
      expect(everyByteLineEndsWith(bytes(text), 2, ',AAL'), text).toBe(false);
    }
    expect(everyLineEndsWith('h\n', 2, ',AAL')).toBe(true); // no rows: nothing fails
    expect(everyByteLineEndsWith(bytes('h\n'), 2, ',AAL')).toBe(true);
  });

  it('gives the same answer on the bytes as on the text (synthetic texts, fast-check)', () => {
    // synthetic: lines made of a few characters that matter (delimiter, line ends, the ticker's)
    const piece = fc.constantFrom(',AAL', ',AA', 'L', ',', '\r', '\n', '\r\n', ' ', '1', 'AAL', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (parts, from) => {
        const text = parts.join('');
        expect(everyByteLineEndsWith(bytes(text), from, ',AAL')).toBe(everyLineEndsWith(text, from, ',AAL'));
      }),
      { numRuns: 2000 },
    );
  });
});
