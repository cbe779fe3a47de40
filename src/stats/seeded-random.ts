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
  // The state is kept as a signed 32-bit integer (the same bits as `seed >>> 0`): a value the
  // engine stores unboxed, where an unsigned one above 2^31 may be a heap number per step.
  let state = seed | 0;
  return () => {
    state = mulberry32Step(state);
    return mulberry32Value(state);
  };
}

/**
 * Mulberry32's next state (the Weyl increment), for a loop that keeps the state in a local
 * variable rather than calling a generator ({@link mulberry32} is this plus {@link mulberry32Value}).
 *
 * @param state - The state, as a 32-bit integer (signed or not: the same bits).
 * @returns The next state, as a signed 32-bit integer.
 *
 * @example
 * ```ts
 * let state = 42;
 * state = mulberry32Step(state);
 * mulberry32Value(state) // 0.6011037519201636, the first draw of mulberry32(42)
 * ```
 */
export function mulberry32Step(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}

/**
 * Mulberry32's output for a state (after its step): the two xor-shift-multiply rounds.
 *
 * @param state - The state from {@link mulberry32Step}.
 * @returns A uniform number in [0, 1), a multiple of 2^-32.
 *
 * @example
 * ```ts
 * mulberry32Value(mulberry32Step(42)) // 0.6011037519201636
 * ```
 */
export function mulberry32Value(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 15), z | 1);
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
  return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
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
