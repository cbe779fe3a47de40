import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Threads, one module graph per worker (isolate: false): the suite imports the library in
// every file, and re-importing it per file in a fresh fork cost more than the tests themselves
// (`npx vitest run` 195–233 s before, about 60 s after, on this 2-core machine under load).
// Safe because the library keeps no module-level state and no test mocks modules or globals.
export default defineConfig({
  // The examples import the package by name; here the name means the source, as in tsconfig.json's
  // `paths` (so the tests that run the examples' code need no build, and share the tests' modules).
  resolve: {
    alias: [
      { find: /^eventstudy$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^eventstudy\/node$/, replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)) },
    ],
  },
  test: {
    pool: 'threads',
    isolate: false,
    // every CPU: vitest's default for `run` is one worker fewer than the CPUs, a single worker on
    // a 2-CPU machine, which then sat idle while a test waited on a child (Python, R, Chromium,
    // pdflatex). `npx vitest run` on 2 CPUs: 81–90 s with one worker, 59 s with two.
    maxWorkers: availableParallelism(),
  },
});
