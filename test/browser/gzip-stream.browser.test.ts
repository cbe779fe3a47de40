/**
 * The browser path of compressed input (issue 13 item 4): in headless Chromium the built bundle's
 * `readPriceStream` reads a `fetch` body of a real gzipped price file (the derived CRSP index
 * file and data/us/BIDU.csv, gzipped here with node:zlib), decompressing it with the browser's
 * own `DecompressionStream`, and must give the series `parsePrices` gives in Node; a truncated
 * body is a CsvFormatError with a line; an Excel workbook is refused by its first bytes.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePrices } from '../../src/io/parse-prices';
import { browserBundle, browserSkipReason, launchChromium, ROOT, serveBundle } from './browser-harness';

const skip = browserSkipReason();
if (skip) console.warn(`[browser tests skipped] ${skip}`);

const index = readFileSync(join(ROOT, 'data', 'crsp-derived', 'sp500_crsp_dsi.csv'), 'utf8');
const bidu = readFileSync(join(ROOT, 'data', 'us', 'BIDU.csv'), 'utf8');
const files: Record<string, Buffer> = {
  'dsi.csv.gz': gzipSync(index),
  'BIDU.csv.gz': gzipSync(bidu),
  'BIDU.truncated.gz': gzipSync(bidu).subarray(0, 20_000),
  'BIDU.xlsx': readFileSync(join(ROOT, 'test', 'fixtures', 'foreign', 'BIDU.xlsx')),
};

interface Read {
  tickers?: string[];
  dates?: string[];
  values?: number[];
  error?: { name: string; line?: number; column?: number; message: string };
}

describe.skipIf(skip !== undefined)('readPriceStream in headless Chromium (DecompressionStream)', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let page: Page;

  beforeAll(async () => {
    const served = await serveBundle(await browserBundle());
    server = served.server;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      const name = url.slice(served.url.length);
      if (Object.hasOwn(files, name))
        return route.fulfill({ status: 200, body: files[name]!, contentType: 'application/octet-stream' });
      return url.startsWith(served.url) ? route.continue() : route.abort();
    });
    await page.goto(served.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, {
      timeout: 20_000,
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const read = (name: string, ticker?: string): Promise<Read> =>
    page.evaluate(
      async ({ name, ticker }) => {
        const lib = (window as unknown as { eventstudy: typeof import('../../src/index') }).eventstudy;
        try {
          const response = await fetch(name);
          const series = await lib.readPriceStream(response.body!, {
            file: name,
            ...(ticker ? { ticker } : {}),
          });
          const s = series[0]!;
          return {
            tickers: series.map((x) => x.ticker),
            dates: s.dates,
            values: Array.from(s.returns ?? s.close!),
          };
        } catch (e) {
          const error = e as { name: string; line?: number; column?: number; message: string };
          return {
            error: { name: error.name, line: error.line, column: error.column, message: error.message },
          };
        }
      },
      { name, ticker },
    );

  test('a gzipped CRSP index file (returns) gives what parsePrices gives in Node', async () => {
    const out = await read('dsi.csv.gz');
    const [expected] = parsePrices(index);
    expect(out.tickers).toEqual(['SPRTRN']);
    expect(out.dates).toEqual(expected!.dates);
    expect(out.values).toEqual(Array.from(expected!.returns!));
  });

  test('a gzipped Yahoo file (prices)', async () => {
    const out = await read('BIDU.csv.gz', 'BIDU');
    const [expected] = parsePrices(bidu, { ticker: 'BIDU' });
    expect(out.dates).toEqual(expected!.dates);
    expect(out.values).toEqual(Array.from(expected!.close!));
  });

  test('a truncated gzip body: CsvFormatError at a line, column 1', async () => {
    const out = await read('BIDU.truncated.gz', 'BIDU');
    expect(out.error?.name).toBe('CsvFormatError');
    expect(out.error?.line).toBeGreaterThan(1);
    expect(out.error?.column).toBe(1);
    expect(out.error?.message).toMatch(/BIDU\.truncated\.gz/);
  });

  test('an Excel workbook is refused by its first bytes', async () => {
    const out = await read('BIDU.xlsx');
    expect(out.error?.name).toBe('CsvFormatError');
    expect(out.error?.message).toMatch(/Excel workbook/);
  });
});
