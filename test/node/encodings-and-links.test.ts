/**
 * Issue 20, classes 4, 6 and 8, through the loaders of eventstudy/node:
 * - 4: a Windows-1252 file (the real 1810.HK series as French Excel saves it) was decoded to
 *   U+FFFD without a word; now it is detected and recorded in `source.encoding`, or declared,
 *   and a GBK file (the real Great Wall A-share file) is an error naming the byte, or read
 *   with `encoding: 'gbk'`. Fixtures: test/fixtures/encodings (derived by make_encodings.py).
 * - 6: a file without line breaks (synthetic: a property of the reader, not of data) is an
 *   error at the line cap instead of a string that outgrows memory.
 * - 8: symbolic links to files in a folder (git-annex / DVC) were skipped silently; now they
 *   are followed, and a link that leads nowhere or loops is reported with why.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, EventStudyError } from '../../src/errors';
import { loadEvents, loadPrices } from '../../src/node';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'eventstudy-i20-'));

async function rejection(promise: Promise<unknown>): Promise<CsvFormatError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    return error as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}

describe('text encodings (issue 20, class 4)', () => {
  const cp1252 = join(FIXTURES, 'encodings', '1810.HK.fr.cp1252.csv');
  const utf8 = join(FIXTURES, 'international', '1810.HK.fr.csv');

  it('a Windows-1252 price file is detected, read as its UTF-8 original, and says so', async () => {
    const [detected] = await loadPrices(cp1252, { ticker: '1810.HK' });
    const [original] = await loadPrices(utf8, { ticker: '1810.HK' });
    expect(detected!.source!.encoding).toBe('windows-1252');
    expect(original!.source!.encoding).toBeUndefined();
    expect(detected!.dates).toEqual(original!.dates);
    expect(Array.from(detected!.close!)).toEqual(Array.from(original!.close!));
    expect(Array.from(detected!.volume!)).toEqual(Array.from(original!.volume!));
  });

  it('or declared', async () => {
    const [declared] = await loadPrices(cp1252, { ticker: '1810.HK', encoding: 'windows-1252' });
    expect(declared!.source!.encoding).toBe('windows-1252');
  });

  it('a GBK file is an error naming the first bad byte, and reads when declared', async () => {
    const gbk = join(FIXTURES, 'encodings', 'sh601633.gbk.csv');
    const error = await rejection(loadPrices(gbk, { ticker: '601633.SS' }));
    expect(error.message).toMatch(/^.*invalid UTF-8: byte 0x[0-9A-F]{2} .*not Windows-1252 either/);
    expect(error.line).toBe(1);
    expect(error.file).toBe(gbk);
    const [read] = await loadPrices(gbk, { ticker: '601633.SS', encoding: 'gbk' });
    const [original] = await loadPrices(join(ROOT, 'data', 'cn', 'sh601633.csv'), { ticker: '601633.SS' });
    expect(read!.dates).toEqual(original!.dates.slice(0, read!.dates.length));
    expect(read!.prevClose).toBeDefined();
  });

  it('an events file that is not UTF-8 is an error unless declared (events have no source to say so)', async () => {
    const file = join(tmp, 'events-cp1252.csv');
    // "Nestlé" in Windows-1252: the é is the byte 0xE9
    writeFileSync(
      file,
      Buffer.from('id,ticker,date,headline\nnestle,NESN.SW,2021-03-26,Nestl\xe9 results\n', 'latin1'),
    );
    const error = await rejection(loadEvents(file));
    expect(error.message).toContain("it reads as Windows-1252 (Latin-1): pass encoding: 'windows-1252'");
    expect({ line: error.line, column: error.column }).toEqual({ line: 2, column: 32 });
    const [event] = await loadEvents(file, { encoding: 'windows-1252' });
    expect(event!.extra!['headline']).toBe('Nestlé results');
  });

  it('an unknown encoding label is an error', async () => {
    await expect(loadPrices(cp1252, { ticker: 'X', encoding: 'klingon' })).rejects.toThrow(
      /unknown text encoding/,
    );
  });
});

describe('the line cap (issue 20, class 6)', () => {
  it('a file of NUL bytes without a line break is an error, not a string that outgrows memory', async () => {
    const file = join(tmp, 'zeros.csv');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024));
    const error = await rejection(loadPrices(file, { ticker: 'X' }));
    expect(error).toBeInstanceOf(EventStudyError);
  });

  it('a text line longer than the cap is an error naming the line', async () => {
    const file = join(tmp, 'long.csv');
    writeFileSync(file, `date,close\n2021-03-26,${'9'.repeat(2 * 1024 * 1024)}\n`);
    const error = await rejection(loadPrices(file, { ticker: 'X' }));
    expect(error.message).toContain('line longer than 1,048,576 characters');
    expect(error.line).toBe(2);
  });
});

describe('symbolic links in a folder (issue 20, class 8)', () => {
  it('links to files are followed; broken and looping links are reported with why', async () => {
    const folder = join(tmp, 'annex');
    mkdirSync(folder);
    symlinkSync(join(ROOT, 'data', 'hk', '1810.HK.csv'), join(folder, '1810.HK.csv'));
    symlinkSync(join(folder, 'not-fetched-object'), join(folder, '2333.HK.csv'));
    symlinkSync(join(folder, 'loop.csv'), join(folder, 'loop.csv'));
    writeFileSync(join(folder, 'HSI.csv'), readFileSync(join(ROOT, 'data', 'indices', 'HSI.csv')));
    const skipped: [string, string][] = [];
    const series = await loadPrices(folder, { onSkipped: (path, reason) => skipped.push([path, reason]) });
    expect(series.map((one) => one.ticker).sort()).toEqual(['1810.HK', '^HSI']);
    expect(skipped).toEqual([
      [
        join(folder, '2333.HK.csv'),
        'a symbolic link to a file that does not exist (a git-annex file not fetched?)',
      ],
      [join(folder, 'loop.csv'), 'a symbolic link that loops'],
    ]);
  });
});
