import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'es2022',
  // one copy of the core shared by `index` and `node` (so `instanceof` an error class holds
  // across the two entries), in a chunk of its own in each format
  splitting: true,
  treeshake: true,
  // date-fns (`parse`, `isValid`) and @date-fns/tz (`tzOffset`) are bundled in: imported from
  // their packages they are some 150 small ES modules, which cost a fresh process 50 ms of the
  // 80 ms it spends importing `eventstudy`; bundled, the same code loads in under 10 ms
  // (docs/performance.md). Both are MIT-licensed and browser-safe.
  noExternal: [/^date-fns(\/|$)/, /^@date-fns\/tz(\/|$)/],
} as const;

export default defineConfig([
  {
    // the library: ESM + CJS with types; the core is browser-safe, `node` is Node-only
    ...shared,
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
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
  },
]);
