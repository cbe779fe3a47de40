/**
 * A small seeded pseudo-random generator for reproducible simulations (the size and power
 * self-check). Not for cryptography.
 *
 * Mulberry32, by Tommy Ettinger (2017, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): a 32-bit state
 * advanced by the Weyl increment 0x6D2B79F5 and mixed by two xor-shift-multiply rounds. Period
 * 2^32, which is ample for the few hundred thousand draws of a simulation.
 */

/**
 * A generator of uniform numbers in [0, 1).
 *
 * @category Tests
 */
export type RandomSource = () => number;

/**
 * Creates a Mulberry32 generator: the same seed always gives the same sequence, on every
 * JavaScript engine (the arithmetic is exact 32-bit integer arithmetic via `Math.imul`).
 *
 * @param seed - Any number; it is reduced to an unsigned 32-bit integer (`seed >>> 0`).
 * @returns A function returning the next uniform number in [0, 1), a multiple of 2^-32.
 *
 * @example
 * ```ts
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636, every time
 * ```
 *
 * @category Tests
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform integer in `0 … n − 1` from a generator (by `floor(n · u)`, whose bias is below
 * n / 2^32, negligible for the n of a simulation).
 *
 * @param random - The generator.
 * @param n - The number of outcomes, a positive integer.
 * @returns The drawn integer.
 *
 * @example
 * ```ts
 * randomInteger(mulberry32(1), 6); // a die roll, 0 … 5
 * ```
 *
 * @category Tests
 */
export function randomInteger(random: RandomSource, n: number): number {
  return Math.floor(random() * n);
}
