/**
 * Files that are not plain CSV text (issue 13 item 4): gzip is read by its magic bytes whatever
 * the name, anything else gets a CsvFormatError saying what the file is. The fixtures are the
 * first 40 lines of the real data/us/BIDU.csv in each form (test/fixtures/foreign/make_foreign.py);
 * the NUL-byte file is synthetic (the property is only "holds a NUL byte").
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { sniffContent } from '../../src/io/sniff-content';
import { loadEvents, loadFactors, loadPrices } from '../../src/node';

const FOREIGN = join(import.meta.dirname, '..', 'fixtures', 'foreign');
const at = (name: string) => join(FOREIGN, name);

async function failure(run: () => Promise<unknown>): Promise<CsvFormatError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    return error as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}

describe('sniffContent', () => {
  it('tells each fixture by its first bytes', () => {
    const kinds = ['BIDU.csv.gz', 'BIDU.zip', 'BIDU.xlsx', 'BIDU.utf16.csv', 'BIDU.html.csv', 'BIDU.pdf'].map(
      (f) => sniffContent(readFileSync(at(f))),
    );
    expect(kinds).toEqual(['gzip', 'zip', 'xlsx', 'utf16le', 'html', 'pdf']);
    expect(sniffContent(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'us', 'BIDU.csv')))).toBe(
      'text',
    );
    expect(sniffContent(Uint8Array.of(0x64, 0x61, 0, 0x74))).toBe('binary');
    expect(sniffContent(new TextEncoder().encode('PAR1'))).toBe('parquet');
  });
});

describe('loadPrices on compressed and foreign files', () => {
  it('streams a .gz through node:zlib and gives the same series as the plain file', async () => {
    const [gz] = await loadPrices(at('BIDU.csv.gz'), { ticker: 'BIDU' });
    const dir = mkdtempSync(join(tmpdir(), 'es13-'));
    writeFileSync(
      join(dir, 'BIDU.csv'),
      readFileSync(join(import.meta.dirname, '..', '..', 'data', 'us', 'BIDU.csv'), 'utf8')
        .split('\n')
        .slice(0, 40)
        .join('\n'),
    );
    const [plain] = await loadPrices(join(dir, 'BIDU.csv'));
    expect(gz!.dates).toEqual(plain!.dates);
    expect(Array.from(gz!.close!)).toEqual(Array.from(plain!.close!));
  });

  it('reads gzip by its magic bytes whatever the name, and names the series without .csv.gz', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es13-'));
    copyFileSync(at('BIDU.csv.gz'), join(dir, 'BIDU.csv'));
    copyFileSync(at('BIDU.csv.gz'), join(dir, 'BIDU2.csv.gz'));
    const series = await loadPrices(dir);
    expect(series.map((s) => s.ticker)).toEqual(['BIDU', 'BIDU2']);
    expect(series[1]!.dates).toEqual(series[0]!.dates);
  });

  it('a truncated .gz: CsvFormatError at the first line not read, column 1', async () => {
    const e = await failure(() => loadPrices(at('BIDU.truncated.csv.gz')));
    expect(e.file).toBe(at('BIDU.truncated.csv.gz'));
    expect(e.line).toBeGreaterThan(1);
    expect(e.line).toBeLessThan(41);
    expect(e.column).toBe(1);
    expect(e.message).toMatch(/truncated or corrupt compressed data/);
  });

  for (const [file, what] of [
    ['BIDU.zip', /a zip archive.*unzip it/],
    ['BIDU.utf16.csv', /UTF-16.*CSV UTF-8/],
    ['BIDU.html.csv', /an HTML page/],
    ['BIDU.pdf', /a PDF document/],
  ] as const) {
    it(`${file}: says what the file is and what to do`, async () => {
      const e = await failure(() => loadPrices(at(file)));
      expect([e.file, e.line, e.column]).toEqual([at(file), 1, 1]);
      expect(e.message).toMatch(what);
    });
  }

  it('a binary file with NUL bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es13-'));
    writeFileSync(join(dir, 'x.csv'), new Uint8Array(new Float64Array([1.5, 2.5]).buffer));
    expect((await failure(() => loadPrices(join(dir, 'x.csv')))).message).toMatch(/binary file/);
  });

  it('a folder with no readable price file is an error, naming what it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es13-'));
    copyFileSync(at('BIDU.zip'), join(dir, 'BIDU.zip'));
    const e = await failure(() => loadPrices(dir));
    expect(e.file).toBe(dir);
    expect(e.message).toMatch(/no price file in this folder.*BIDU\.zip/);
    const empty = mkdtempSync(join(tmpdir(), 'es13-'));
    expect((await failure(() => loadPrices(empty))).message).toMatch(/the folder is empty/);
  });

  it('loadEvents and loadFactors read .gz too and refuse foreign files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es13-'));
    const { gzipSync } = await import('node:zlib');
    writeFileSync(join(dir, 'events.csv.gz'), gzipSync('ticker,date\nBIDU,2021-03-26\n'));
    expect(await loadEvents(join(dir, 'events.csv.gz'))).toEqual([{ ticker: 'BIDU', date: '2021-03-26' }]);
    const ff = readFileSync(
      join(import.meta.dirname, '..', '..', 'data', 'factors', 'F-F_Momentum_Factor_daily.CSV'),
    );
    writeFileSync(join(dir, 'mom.CSV.gz'), gzipSync(ff));
    const table = await loadFactors(join(dir, 'mom.CSV.gz'));
    expect(table.dates.length).toBeGreaterThan(20000);
    expect((await failure(() => loadEvents(at('BIDU.pdf')))).message).toMatch(/a PDF document/);
  });
});
