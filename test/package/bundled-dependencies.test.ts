/**
 * date-fns and @date-fns/tz are bundled into `dist` (tsup `noExternal`, for import speed), so
 * they are build-time dependencies: nothing in `dist` may import them at run time, and their
 * MIT notices must ship in LICENSE, which `npm pack` always includes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bundled = ['date-fns', '@date-fns/tz'];
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('bundled dependencies', () => {
  it('are build-time (devDependencies), not installed for users', () => {
    for (const name of bundled) {
      expect(manifest.dependencies[name], name).toBeUndefined();
      expect(manifest.devDependencies[name], name).toBeDefined();
    }
  });

  it('are not imported by any built file', () => {
    const dist = join(root, 'dist');
    const built = readdirSync(dist).filter((file) => /\.(c?js)$/.test(file));
    expect(built.length).toBeGreaterThan(0);
    const importOf = /(?:from\s*|require\(|import\()\s*["'](?:date-fns|@date-fns\/tz)(?:\/[^"']*)?["']/;
    for (const file of built) {
      expect(importOf.test(readFileSync(join(dist, file), 'utf8')), file).toBe(false);
    }
  });

  it('have their licence notices in LICENSE', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(licence).toContain('## date-fns');
    expect(licence).toContain('Sasha Koss and Lesha Koss');
    expect(licence).toContain('## @date-fns/tz');
  });
});
