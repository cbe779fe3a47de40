/**
 * The core bundle runs in a real browser: the built `dist/index.js` (bundled with its
 * dependencies as a user's bundler would) is loaded in headless Chromium from a loopback server,
 * runs the Xiaomi study from CSV text, and must give the numbers Node gives.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserBundle,
  browserSkipReason,
  DIST_ESM,
  launchChromium,
  ROOT,
  serveBundle,
} from './browser-harness';

const skip = browserSkipReason();
if (skip) console.warn(`[browser tests skipped] ${skip}`);

/** The CSV files of the Xiaomi study, as text, and how each is parsed. */
const inputs = [
  { file: 'data/indices/HSI.csv' },
  { file: 'data/indices/000001.SS.csv' },
  { file: 'data/hk/1810.HK.csv' },
  { file: 'data/hk/2333.HK.csv' },
  { file: 'data/cn/sh601633.csv', ticker: '601633.SS' },
].map((input) => ({ ...input, text: readFileSync(join(ROOT, input.file), 'utf8') }));
const eventsCsv = readFileSync(join(ROOT, 'examples', 'events', 'xiaomi.csv'), 'utf8');

interface Output {
  json: string;
  table: string;
  svgPaths: number;
  hasNodeGlobals: boolean;
}

/** Runs in the page and, unchanged, in Node: the same code on both sides. */
function runStudy(
  lib: typeof import('../../src/index'),
  files: typeof inputs,
  events: string,
  svgPathCount: (svg: string) => number,
): Omit<Output, 'hasNodeGlobals'> {
  const prices = files.flatMap((input) =>
    lib.parsePrices(input.text, { file: input.file, ...(input.ticker ? { ticker: input.ticker } : {}) }),
  );
  const result = lib.eventStudy({
    prices,
    events: lib.parseEvents(events),
    carWindows: [
      [-1, 1],
      [0, 0],
      [-5, 5],
    ],
  });
  return {
    json: lib.toJson(result),
    table: lib.formatTable(result),
    svgPaths: svgPathCount(lib.caarChart(result)),
  };
}

/** Largest relative difference between two parsed JSON values (Infinity on a shape mismatch). */
function maxRelativeDifference(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return Number.POSITIVE_INFINITY;
    return Math.max(0, ...a.map((x, k) => maxRelativeDifference(x, b[k])));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    if (keys.join() !== Object.keys(b).join()) return Number.POSITIVE_INFINITY;
    return Math.max(
      0,
      ...keys.map((key) =>
        maxRelativeDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
      ),
    );
  }
  return a === b ? 0 : Number.POSITIVE_INFINITY;
}

describe.skipIf(skip !== undefined)('the built bundle in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let browserOutput: Output;
  let nodeOutput: Omit<Output, 'hasNodeGlobals'>;

  beforeAll(async () => {
    const bundle = await browserBundle();
    const served = await serveBundle(bundle);
    server = served.server;
    browser = await launchChromium();
    const page = await browser.newPage();
    // Nothing leaves the machine: every request other than the loopback server is refused.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(served.url) ? route.continue() : route.abort(),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, {
      timeout: 20_000,
    });
    expect(errors).toEqual([]);
    browserOutput = await page.evaluate(
      ({ files, events, source }) => {
        const lib = (window as unknown as { eventstudy: typeof import('../../src/index') }).eventstudy;
        // The study function is passed as source text and rebuilt in the page.
        const run = new Function(`return (${source})`)() as typeof runStudy;
        const out = run(lib, files, events, (svg) => (svg.match(/<path /g) ?? []).length);
        const scope = globalThis as unknown as Record<string, unknown>;
        return {
          ...out,
          hasNodeGlobals: typeof scope['process'] !== 'undefined' || typeof scope['require'] !== 'undefined',
        };
      },
      { files: inputs, events: eventsCsv, source: runStudy.toString() },
    );
    const lib = (await import(pathToFileURL(DIST_ESM).href)) as typeof import('../../src/index');
    nodeOutput = runStudy(lib, inputs, eventsCsv, (svg) => (svg.match(/<path /g) ?? []).length);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('runs without Node globals', () => {
    expect(browserOutput.hasNodeGlobals).toBe(false);
  });

  test('studies the three listings of the Reuters story', () => {
    const result = JSON.parse(browserOutput.json) as import('../../src/index').StudyResult;
    expect(result.events.map((event) => event.ticker)).toEqual(['1810.HK', '2333.HK', '601633.SS']);
    expect(result.excluded).toEqual([]);
    const zero = result.days.indexOf(0);
    expect(result.events[1]!.returns[zero]).toBeCloseTo(0.1038, 4);
    expect(result.events[1]!.ar[zero]).toBeCloseTo(0.0783, 4);
  });

  test('gives the same numbers as Node, to 1e-12', () => {
    expect(
      maxRelativeDifference(JSON.parse(browserOutput.json), JSON.parse(nodeOutput.json)),
    ).toBeLessThanOrEqual(1e-12);
  });

  test('renders the same report and chart', () => {
    expect(browserOutput.table).toBe(nodeOutput.table);
    expect(browserOutput.svgPaths).toBe(nodeOutput.svgPaths);
    expect(browserOutput.svgPaths).toBeGreaterThanOrEqual(2); // CAAR line and its band
  });
});
