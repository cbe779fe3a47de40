/**
 * Fuzzing budget: a fixed seed and a bounded number of runs in CI; `npm run fuzz:long` sets
 * FUZZ_RUNS (and a random seed unless FUZZ_SEED is given) for a longer search.
 */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
export const FUZZ_SEED = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : 20261125;
/** Per-test timeout that grows with the budget (vitest's default 5 s is for the CI budget only). */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 40);
