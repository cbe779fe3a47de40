import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('CHANGELOG and package version', () => {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)];

  it('starts with Unreleased, then released versions with dates', () => {
    expect(headings[0]?.[1]).toBe('Unreleased');
    const released = headings.slice(1);
    expect(released.length).toBeGreaterThan(0);
    for (const heading of released) {
      expect(heading[1]).toMatch(/^\d+\.\d+\.\d+$/);
      expect(heading[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives the newest released version as the package version', () => {
    expect(pkg.version).toBe(headings[1]?.[1]);
  });
});
