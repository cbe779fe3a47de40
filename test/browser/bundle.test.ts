/** What the build ships: a browser-safe ESM core, a working CJS build, an executable CLI. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './browser-harness';

const dist = join(ROOT, 'dist');
const built =
  existsSync(join(dist, 'index.js')) &&
  existsSync(join(dist, 'index.cjs')) &&
  existsSync(join(dist, 'cli.js'));
if (!built) console.warn('[bundle tests skipped] dist/ not built: run `npm run build` first; .ci/run does');

const NODE_BUILTINS =
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](?:node:[\w/]+|fs|fs\/promises|path|url|os|util|child_process|http|module|stream|crypto)['"]/;

describe.skipIf(!built)('dist', () => {
  test('dist/index.js and the chunks it imports import no Node built-in', () => {
    const esm = readFileSync(join(dist, 'index.js'), 'utf8');
    expect(esm.match(NODE_BUILTINS)?.[0]).toBeUndefined();
    const chunks = [...esm.matchAll(/from\s*['"]\.\/(chunk-[\w-]+\.js)['"]/g)].map((match) => match[1]!);
    for (const chunk of new Set(chunks)) {
      expect(readFileSync(join(dist, chunk), 'utf8').match(NODE_BUILTINS)?.[0], chunk).toBeUndefined();
    }
  });

  // One copy of the core shared by both entries: an error thrown by `eventstudy/node` is an
  // instance of the class `eventstudy` exports, in ESM and in CommonJS.
  test("errors from 'eventstudy/node' are instances of the classes of 'eventstudy'", async () => {
    const file = join(tmpdir(), `eventstudy-bundle-${process.pid}.csv`);
    writeFileSync(file, 'Date,Close\n2020-01-02,abc\n');
    type Core = {
      CsvFormatError: new (...args: never[]) => Error;
      EventStudyError: new (...args: never[]) => Error;
    };
    type Node = { loadPrices: (path: string) => Promise<unknown> };
    const require = createRequire(join(ROOT, 'package.json'));
    const builds: [Core, Node][] = [
      [(await import(join(dist, 'index.js'))) as Core, (await import(join(dist, 'node.js'))) as Node],
      [require(join(dist, 'index.cjs')) as Core, require(join(dist, 'node.cjs')) as Node],
    ];
    try {
      for (const [core, node] of builds) {
        const error = await node.loadPrices(file).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(core.CsvFormatError);
        expect(error).toBeInstanceOf(core.EventStudyError);
      }
    } finally {
      rmSync(file);
    }
  });

  test("require('eventstudy') works through the CJS build", () => {
    const require = createRequire(join(ROOT, 'package.json'));
    const lib = require(join(dist, 'index.cjs')) as Record<string, unknown>;
    for (const name of [
      'eventStudy',
      'parsePrices',
      'formatTable',
      'toJson',
      'caarChart',
      'carChart',
      'EventStudyError',
    ]) {
      expect(typeof lib[name], name).toBe('function');
    }
  });

  test('dist/cli.js is an executable node script that prints the version', () => {
    const cli = join(dist, 'cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      bin: Record<string, string>;
    };
    expect(pkg.bin['eventstudy']).toBe('./dist/cli.js');
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
