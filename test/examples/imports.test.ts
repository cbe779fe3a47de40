/**
 * The examples are written as a user's code: they import the package by its names, never a
 * source file, so they only use the public API (the typecheck fails on anything else).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.(ts|ipynb)$/.test(file),
);

test('every example imports eventstudy by name, not from src/', () => {
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    expect(text, file).not.toMatch(/from '(\.\.\/)+src\b/);
  }
  const packageImports = files.filter((file) =>
    /from 'eventstudy(\/node)?'/.test(readFileSync(join(EXAMPLES, file), 'utf8')),
  );
  expect(packageImports.length).toBeGreaterThan(10);
});
