import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { priceTextTickers } from '../../src/io/price-text-tickers';
import { loadEvents, loadPrices, loadStudy, priceFileTickers } from '../../src/node';
import { priceBytesTickers } from '../../src/node/price-file-tickers';
import { eventStudy } from '../../src/study/event-study';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (p: string): string => join(root, p);
const PANEL = 'data/us/sp500_5yr/individual_stocks_5yr';

/** Every price-like file of the bundled data and of the real fixtures. */
const FOLDERS = [
  'data/hk',
  'data/hk/alt',
  'data/hk/derived',
  'data/cn',
  'data/indices',
  'data/us',
  'data/us/ev',
  'data/crsp-derived',
  'data/derived/regional-factors',
  'test/fixtures/international',
  'test/fixtures/encodings',
  'test/fixtures/foreign',
  'test/fixtures/estudy2',
  'test/fixtures/eventstudytools_sp500',
];

async function filesOf(folder: string): Promise<string[]> {
  const names = await readdir(at(folder));
  return names.filter((n) => /\.(csv|txt|tsv|gz|parquet)$/i.test(n)).map((n) => at(join(folder, n)));
}

/** The tickers parsing the whole file gives, or undefined when it does not parse as prices. */
async function parsedTickers(file: string): Promise<string[] | undefined> {
  try {
    return (await loadPrices(file)).map((s) => s.ticker).sort();
  } catch {
    return undefined;
  }
}

describe('priceFileTickers', () => {
  it('never names other tickers than parsing the whole file gives, on every real data file', async () => {
    let known = 0;
    let checked = 0;
    for (const folder of FOLDERS) {
      for (const file of await filesOf(folder)) {
        const told = await priceFileTickers(file);
        const parsed = await parsedTickers(file);
        if (parsed === undefined) continue; // not a price file: the real read says why
        checked++;
        if (told === 'unknown') continue;
        known++;
        expect([...told].sort(), file).toEqual(parsed);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(known).toBeGreaterThan(20);
  }, 60_000);

  it('knows each S&P 500 file from its Name column without parsing it', async () => {
    const files = await filesOf(PANEL);
    expect(files.length).toBe(505);
    const told = await Promise.all(files.map((f) => priceFileTickers(f)));
    const parsed = (await loadPrices(at(PANEL))).map((s) => s.ticker);
    expect(told.map((t) => (t === 'unknown' ? t : t.join(',')))).toEqual(parsed);
  }, 60_000);

  it('says unknown for gzip, a wide panel, long panels and an eventstudytools file', async () => {
    expect(await priceFileTickers(at('data/crsp-derived/sp500_crsp_dsf.csv.gz'))).toBe('unknown');
    expect(await priceFileTickers(at('test/fixtures/estudy2/estudy2_prices.csv'))).toBe('unknown');
    expect(await priceFileTickers(at('test/fixtures/eventstudytools_sp500/02_FirmData.csv'))).toBe('unknown');
    const dir = await mkdtemp(join(tmpdir(), 'eventstudy-tickers-'));
    // derived from real files: the estudy2 wide panel without its quotes, and long panels made of
    // S&P 500 files one after another (the last one AAL again, so first and last rows agree)
    const wide = (await readFile(at('test/fixtures/estudy2/estudy2_prices.csv'), 'utf8')).replaceAll('"', '');
    await writeFile(join(dir, 'wide.csv'), wide);
    expect(await priceFileTickers(join(dir, 'wide.csv'))).toBe('unknown');
    const part = async (t: string, withHeader: boolean): Promise<string> => {
      const text = await readFile(at(`${PANEL}/${t}_data.csv`), 'utf8');
      return withHeader ? text : text.slice(text.indexOf('\n') + 1);
    };
    const long = (await part('AAL', true)) + (await part('AAPL', false)) + (await part('AAL', false));
    await writeFile(join(dir, 'AAL_panel.csv'), long);
    expect(await priceFileTickers(join(dir, 'AAL_panel.csv'))).toBe('unknown');
    await writeFile(join(dir, 'panel.csv'), (await part('AAL', true)) + (await part('ZTS', false)));
    expect(await priceFileTickers(join(dir, 'panel.csv'))).toBe('unknown');
  });
});

describe('priceBytesTickers (the head decoded, the rest checked on the bytes)', () => {
  it('tells the same as the whole text on every S&P 500 file', async () => {
    const files = await filesOf(PANEL);
    for (const file of files) {
      const bytes = await readFile(file);
      expect(priceBytesTickers(bytes, file), file).toEqual(
        priceTextTickers(bytes.toString('utf8'), { file }),
      );
    }
  }, 60_000);

  it('says unknown for a quote or another ticker beyond the head, and keeps CRLF files known', async () => {
    // derived from the real AAL file (1,260 lines, beyond the 16 KiB head from line ~330 on)
    const text = await readFile(at(`${PANEL}/AAL_data.csv`), 'utf8');
    const lines = text.split('\n');
    const late = lines.length - 5;
    const edit = (line: string): Uint8Array =>
      new TextEncoder().encode([...lines.slice(0, late), line, ...lines.slice(late + 1)].join('\n'));
    const file = 'AAL_data.csv';
    expect(priceBytesTickers(new TextEncoder().encode(text), file)).toEqual(['AAL']);
    expect(priceBytesTickers(edit(lines[late]!.replace(',AAL', ',"AAL"')), file)).toBe('unknown');
    expect(priceBytesTickers(edit(lines[late]!.replace(',AAL', ',AAPL')), file)).toBe('unknown');
    expect(priceBytesTickers(edit(lines[late]!.replace(',AAL', ',XAAL')), file)).toBe('unknown');
    expect(priceBytesTickers(new TextEncoder().encode(text.replaceAll('\n', '\r\n')), file)).toEqual(['AAL']);
    // blank lines filling the head: fewer rows than detection reads, so it is not told from the head
    const blanks = `${lines[0]}\n${'\n'.repeat(200)}${lines.slice(1).join('\n')}`;
    expect(priceTextTickers(blanks, { file })).toEqual(['AAL']);
    expect(priceBytesTickers(new TextEncoder().encode(blanks), file)).toBe('unknown');
  });
});

describe('loadStudy', () => {
  const spec = {
    market: '^GSPC',
    model: 'market' as const,
    window: [-5, 5] as [number, number],
    estimation: { end: -11, length: 250 },
    carWindows: [
      [-1, 1],
      [0, 0],
      [-5, 5],
    ] as [number, number][],
  };

  it('reads only the files of the events and the benchmark, with the same result as every file', async () => {
    const inputs = await loadStudy({
      prices: [at(PANEL), at('data/indices/GSPC.csv')],
      events: at('data/us/sp500-500-events.csv'),
      market: '^GSPC',
    });
    const events = await loadEvents(at('data/us/sp500-500-events.csv'));
    const all = await loadPrices([at(PANEL), at('data/indices/GSPC.csv')]);
    const tickers = new Set([...events.map((e) => e.ticker), '^GSPC']);
    expect(inputs.prices.map((s) => s.ticker).sort()).toEqual([...tickers].sort());
    expect(inputs.prices.length).toBeLessThan(all.length);
    const narrow = eventStudy({ ...spec, ...inputs });
    const wide = eventStudy({ ...spec, prices: all, events });
    expect(JSON.stringify(narrow)).toBe(JSON.stringify(wide));
  }, 120_000);

  it('reads every file when a ticker is missing, so the exclusion suggests the same tickers', async () => {
    const events = [
      { ticker: '0175.HK', date: '2021-03-26' },
      { ticker: '1810', date: '2021-03-26' },
    ];
    const inputs = await loadStudy({
      prices: [at('data/hk'), at('data/indices/HSI.csv')],
      events,
      market: '^HSI',
    });
    const all = await loadPrices([at('data/hk'), at('data/indices/HSI.csv')]);
    expect(inputs.prices.length).toBe(all.length);
    const result = eventStudy({
      ...inputs,
      window: [-1, 1],
      estimation: { end: -2, length: 30, minObservations: 20 },
    });
    expect(result.excluded[0]!.reason).toContain("'1810.HK'");
  });
});

describe('loadStudy on long and wide panels', () => {
  it('reads a long panel and a wide panel among single files, with the same result as every file', async () => {
    // derived from real files: a long panel of three S&P 500 files one after another (Name
    // column last, so only its rows tell it is a panel), the estudy2 wide panel without its
    // quotes, and ten real single files beside them
    const dir = await mkdtemp(join(tmpdir(), 'eventstudy-loadstudy-'));
    const body = async (t: string, withHeader: boolean): Promise<string> => {
      const text = await readFile(at(`${PANEL}/${t}_data.csv`), 'utf8');
      return withHeader ? text : text.slice(text.indexOf('\n') + 1);
    };
    await writeFile(
      join(dir, 'AAL_long.csv'),
      (await body('AAL', true)) + (await body('AAPL', false)) + (await body('ABBV', false)),
    );
    const singles = ['ABT', 'ACN', 'ADBE', 'ADI', 'ADM', 'ADP', 'ADS', 'AEE', 'AEP', 'AES'];
    for (const t of singles) await writeFile(join(dir, `${t}_data.csv`), await body(t, true));
    await writeFile(join(dir, 'GSPC.csv'), await readFile(at('data/indices/GSPC.csv')));
    const events = (await loadEvents(at('data/us/sp500-500-events.csv'))).filter((e) =>
      ['AAPL', 'ABBV', 'ACN', 'AEP'].includes(e.ticker),
    );
    expect(events.length).toBe(8);
    const long = await loadStudy({ prices: dir, events, market: '^GSPC' });
    // the long panel is read (AAPL and ABBV come from it), of the singles only the events' own
    expect(long.prices.map((s) => s.ticker).sort()).toEqual(['AAPL', 'ABBV', 'ACN', 'AEP', '^GSPC']);
    const allLong = await loadPrices(dir);
    const spec = {
      market: '^GSPC',
      model: 'market' as const,
      window: [-5, 5] as [number, number],
      estimation: { end: -11, length: 250 },
    };
    expect(JSON.stringify(eventStudy({ ...spec, ...long }))).toBe(
      JSON.stringify(eventStudy({ ...spec, prices: allLong, events })),
    );

    const wideDir = await mkdtemp(join(tmpdir(), 'eventstudy-loadstudy-wide-'));
    const wide = (await readFile(at('test/fixtures/estudy2/estudy2_prices.csv'), 'utf8')).replaceAll('"', '');
    await writeFile(join(wideDir, 'estudy2_prices.csv'), wide);
    for (const t of ['BYDDY', 'LI', 'NIO']) {
      await writeFile(join(wideDir, `${t}.csv`), await readFile(at(`data/us/ev/${t}.csv`)));
    }
    const covid = [
      { ticker: 'AMZN', date: '2020-03-16' },
      { ticker: 'NFLX', date: '2020-03-16' },
      { ticker: 'FB', date: '2020-03-16' },
    ];
    const estudy2 = {
      market: 'GSPC',
      model: 'market' as const,
      window: [0, 4] as [number, number],
      estimation: { end: -1, length: 200 },
    };
    const fromWide = await loadStudy({ prices: wideDir, events: covid, market: 'GSPC' });
    expect(fromWide.prices.map((s) => s.ticker).sort()).toEqual(['AMZN', 'FB', 'GSPC', 'NFLX']);
    const allWide = await loadPrices(wideDir);
    expect(allWide.length).toBe(11);
    const narrow = eventStudy({ ...estudy2, ...fromWide });
    expect(narrow.events.length).toBe(3);
    expect(JSON.stringify(narrow)).toBe(
      JSON.stringify(eventStudy({ ...estudy2, prices: allWide, events: covid })),
    );
  }, 120_000);
});
