/**
 * The package's public API is a curated list (test/package/exports.txt): the built entries must
 * export exactly those names, as types (`scripts/list-exports.mjs` on the bundled `.d.ts`) and
 * as runtime values (the keys of the ESM and CJS modules), so that a new export, or a lost one,
 * is a conscious change made in the list too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dist = join(ROOT, 'dist');
const entries = [
  { name: 'eventstudy', file: 'index' },
  { name: 'eventstudy/node', file: 'node' },
] as const;
const built = entries.every(({ file }) =>
  ['d.ts', 'js', 'cjs'].every((ext) => existsSync(join(dist, `${file}.${ext}`))),
);
if (!built)
  console.warn('[export list test skipped] dist/ not built: run `npm run build` first; npm test does');

/** The committed list: `[entry]` headings, then `name<TAB>value|type` lines. */
function committedList(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of readFileSync(join(import.meta.dirname, 'exports.txt'), 'utf8').split('\n')) {
    const heading = /^\[(.+)\]$/.exec(line);
    if (heading) {
      current = [];
      lists.set(heading[1]!, current);
    } else if (line !== '' && !line.startsWith('#')) current!.push(line);
  }
  return lists;
}

/**
 * `name<TAB>value|type` of every name a declaration file exports, sorted: what
 * `node scripts/list-exports.mjs FILE` prints, for all entries in one TypeScript program.
 */
function declaredExports(files: readonly string[]): string[][] {
  const program = ts.createProgram([...files], { strict: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    return checker
      .getExportsOfModule(module)
      .map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return `${symbol.name}\t${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'}`;
      })
      .sort();
  });
}

describe.skipIf(!built)('the exported names', () => {
  const lists = committedList();
  const declared = built ? declaredExports(entries.map(({ file }) => join(dist, `${file}.d.ts`))) : [];

  test('the list names both entries, each without duplicates', () => {
    expect([...lists.keys()]).toEqual(entries.map(({ name }) => name));
    for (const names of lists.values()) expect(new Set(names).size).toBe(names.length);
  });

  entries.forEach(({ name, file }, i) => {
    test(`${name}: the declarations export exactly the listed names`, () => {
      expect(declared[i]).toEqual(lists.get(name));
    });

    test(`${name}: the ESM and CJS builds export exactly the listed values`, async () => {
      const values = lists
        .get(name)!
        .filter((line) => line.endsWith('\tvalue'))
        .map((line) => line.split('\t')[0]!)
        .sort();
      const esm = (await import(pathToFileURL(join(dist, `${file}.js`)).href)) as Record<string, unknown>;
      expect(Object.keys(esm).sort()).toEqual(values);
      const require = createRequire(join(ROOT, 'package.json'));
      const cjs = require(join(dist, `${file}.cjs`)) as Record<string, unknown>;
      expect(Object.keys(cjs).sort()).toEqual(values);
    });
  });
});
