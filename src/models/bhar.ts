import type { ReturnKind } from '../types';

/**
 * Buy-and-hold abnormal return over a window (Barber & Lyon 1997, "Detecting long-run abnormal
 * stock returns", Journal of Financial Economics 43(3); [methods §3](../../docs/methods.md#3-expected-return-models)):
 * `Π(1 + R_t) − Π(1 + E[R_t])`, with `E[R_t] = R_t − AR_t` the model-implied return; for log
 * returns `exp(Σ R_t) − exp(Σ E[R_t])`. Days whose return is `NaN` (no trade, under
 * trade-to-trade) are skipped: the next traded day's return already spans them.
 *
 * @param returns - raw returns over the window
 * @param expected - model-implied returns over the same days
 * @param kind - `'simple'` or `'log'` returns
 * @param from - first index of `returns` / `expected` to compound (default 0), so that a caller
 *   can compound a sub-window without copying it
 * @param to - last index, inclusive (default the last entry)
 * @returns the BHAR
 *
 * @example
 * ```ts
 * buyAndHoldAbnormalReturn([0.1, 0.1], [0, 0], 'simple'); // 1.1 × 1.1 − 1 = 0.21
 * buyAndHoldAbnormalReturn([0.5, 0.1, 0.1], [0, 0, 0], 'simple', 1, 2); // days 1 … 2 only: 0.21
 * ```
 *
 * @category Study
 */
export function buyAndHoldAbnormalReturn(
  returns: ArrayLike<number>,
  expected: ArrayLike<number>,
  kind: ReturnKind,
  from = 0,
  to = returns.length - 1,
): number {
  if (kind === 'log') {
    let actual = 0;
    let normal = 0;
    for (let i = from; i <= to; i++) {
      if (Number.isNaN(returns[i]!)) continue;
      actual += returns[i]!;
      normal += expected[i]!;
    }
    return Math.exp(actual) - Math.exp(normal);
  }
  let actual = 1;
  let normal = 1;
  for (let i = from; i <= to; i++) {
    if (Number.isNaN(returns[i]!)) continue;
    actual *= 1 + returns[i]!;
    normal *= 1 + expected[i]!;
  }
  return actual - normal;
}
