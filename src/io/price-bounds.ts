/**
 * The range of prices the library accepts (issue 20, class 2). Why bounds at all: a price such as
 * `5e-324` is a valid double, but a move from `1e-300` to `1e300` makes a return of `1e600`,
 * which is `Infinity`, and every statistic downstream is then `Infinity` or `NaN` with nothing to
 * say why. With prices inside `[PRICE_FLOOR, PRICE_CEILING]` the largest possible one-day ratio
 * is 1e25, whose square, sums over any window and products over any window of real prices stay
 * finite, so no return, variance, CAR or BHAR can overflow.
 *
 * The floor, 1e-10, is far below any quoted price (sub-penny stocks trade at 1e-4, the cheapest
 * crypto tokens near 1e-9 of a dollar); the ceiling, 1e15, is far above any (Berkshire A about
 * 7e5, hyperinflation-era quotes in the 1e9s). A value outside is a data error, not a price.
 */

/**
 * Smallest price accepted (a positive price below it is an error, not a price).
 *
 * @example
 * ```ts
 * PRICE_FLOOR // 1e-10
 * ```
 *
 * @category Reading
 */
export const PRICE_FLOOR = 1e-10;

/**
 * Largest price accepted.
 *
 * @example
 * ```ts
 * PRICE_CEILING // 1e15
 * ```
 *
 * @category Reading
 */
export const PRICE_CEILING = 1e15;

/**
 * Why a positive, finite price is not accepted, or `undefined` when it is.
 *
 * @param value - A positive finite price.
 * @returns A message fragment such as `'below the floor of 1e-10 (PRICE_FLOOR)'`.
 * @example
 * ```ts
 * priceBoundProblem(5e-324) // 'below the floor of 1e-10 (PRICE_FLOOR): not a real price'
 * ```
 */
export function priceBoundProblem(value: number): string | undefined {
  if (value < PRICE_FLOOR) return `below the floor of ${PRICE_FLOOR} (PRICE_FLOOR): not a real price`;
  if (value > PRICE_CEILING) return `above the ceiling of ${PRICE_CEILING} (PRICE_CEILING): not a real price`;
  return undefined;
}
