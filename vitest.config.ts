import { defineConfig } from 'vitest/config';

// Threads, one module graph per worker (isolate: false): the suite imports the library in
// every file, and re-importing it per file in a fresh fork cost more than the tests themselves
// (`npx vitest run` 195–233 s before, about 60 s after, on this 2-core machine under load).
// Safe because the library keeps no module-level state and no test mocks modules or globals.
export default defineConfig({
  test: {
    pool: 'threads',
    isolate: false,
  },
});
