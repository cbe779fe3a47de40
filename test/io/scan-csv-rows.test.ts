import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { cellText, headRows, scanCsvRows } from '../../src/io/scan-csv-rows';

function rows(text: string, d = ','): [number, string[]][] {
  const out: [number, string[]][] = [];
  scanCsvRows(text, { delimiter: d }, (cells) => {
    const r: string[] = [];
    for (let k = 0; k < cells.count; k++) r.push(cellText(cells, k));
    out.push([cells.line, r]);
    return true;
  });
  return out;
}

describe('scanCsvRows', () => {
  it('splits unquoted text, skipping blank lines but counting them', () => {
    expect(rows('a,b\r\n\r\n1,2\n  \n3,\n')).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '']],
    ]);
  });

  it('tokenises quoted text with embedded delimiters, quotes and newlines', () => {
    expect(rows('a,b\n"x,1","he said ""hi""\nthere"\n2,3')).toEqual([
      [1, ['a', 'b']],
      [2, ['x,1', 'he said "hi"\nthere']],
      [4, ['2', '3']],
    ]);
  });

  it('accepts old-Mac \\r line ends and other delimiters', () => {
    expect(rows('a;b\r1;2\r', ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('stops when the visitor says so', () => {
    let n = 0;
    scanCsvRows('1\n2\n3\n', { delimiter: ',' }, () => ++n < 2);
    expect(n).toBe(2);
  });

  it('reports an unterminated quote with its line', () => {
    try {
      rows('a,b\n1,2\n3,"x\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      expect((e as CsvFormatError).line).toBe(3);
    }
  });
});

describe('headRows', () => {
  it('returns the first rows and their lines', () => {
    expect(headRows('\na,b\n1,2\n3,4\n', ',', 2)).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [2, 3],
    });
  });
});

describe('needsQuotedScan', () => {
  it('asks for the full tokeniser on quotes and bare \\r line ends', async () => {
    const { needsQuotedScan } = await import('../../src/io/scan-csv-rows');
    expect(needsQuotedScan('a,"b"\n')).toBe(true);
    expect(needsQuotedScan('a,b\rc,d')).toBe(true);
    expect(needsQuotedScan('a,b\r\nc,d')).toBe(false);
  });
});

describe('scanCsvRows without quotes, against a plain split (synthetic, fast-check)', () => {
  /** The rows as split by hand: lines on '\n' (a '\r' before it dropped), blank lines skipped. */
  function reference(text: string, delimiter: string): { line: number; fields: string[] }[] {
    const out: { line: number; fields: string[] }[] = [];
    text.split('\n').forEach((raw, i) => {
      if (i === text.split('\n').length - 1 && raw === '') return;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.split('').every((c) => c === delimiter || c === ' ' || c === '\t')) return;
      out.push({ line: i + 1, fields: line.split(delimiter) });
    });
    return out;
  }

  it('gives the same fields and line numbers as splitting by hand', () => {
    // synthetic texts from the characters that matter: delimiters, line ends, blanks, values
    const piece = fc.constantFrom('a', '12.5', ',', ';', '\t', ' ', '\n', '\r\n', '\r', ',,,', 'AAL');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(',', ';', '\t'), (parts, delimiter) => {
        const text = parts.join('');
        if (!text.includes('\n') && text.includes('\r')) return; // old-Mac line ends: the quoted path
        const rows: { line: number; fields: string[] }[] = [];
        scanCsvRows(text, { delimiter, quoted: false }, (cells) => {
          const fields: string[] = [];
          for (let k = 0; k < cells.count; k++) fields.push(cellText(cells, k));
          rows.push({ line: cells.line, fields });
          return true;
        });
        expect(rows).toEqual(reference(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });
});
