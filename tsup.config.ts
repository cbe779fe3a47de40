import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'es2022',
  // one copy of the core shared by `index` and `node` (so `instanceof` an error class holds
  // across the two entries), in a chunk of its own in each format
  splitting: true,
  treeshake: true,
} as const;

// date-fns (`parse`, `isValid`) and @date-fns/tz (`tzOffset`) are bundled in: imported from
// their packages they are dozens of small ES modules (`date-fns/parse` alone, with its locale and
// token parsers, cost a fresh process 41 ms of CPU; bundled, 6–7 ms). Both are MIT-licensed and
// browser-safe. See docs/performance.md.
const bundled: RegExp[] = [/^date-fns(\/|$)/, /^@date-fns\/tz(\/|$)/];

export default defineConfig([
  {
    // the library: ESM + CJS with types; the core is browser-safe, `node` is Node-only
    ...shared,
    noExternal: bundled,
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    platform: 'neutral',
    // the JSON Schema of toJson's output ships beside the bundles as dist/result.schema.json
    publicDir: 'src/schema',
  },
  {
    // the `eventstudy` command: ESM only (package `bin`)
    ...shared,
    noExternal: bundled,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
  },
]);
