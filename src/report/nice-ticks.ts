/**
 * Round axis ticks covering `[min, max]`: steps of 1, 2 or 5 × 10^k, about `count` of them
 * (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990). The first tick is at or
 * below `min` and the last at or above `max`, so the ticks also give the axis' extent.
 *
 * @param min - smallest value to show
 * @param max - largest value to show
 * @param count - about how many ticks (default 6)
 * @returns increasing tick values; `[min]` padded to a unit interval when `min === max`
 *
 * @example
 * ```ts
 * niceTicks(-0.062, 0.051); // [-0.08, -0.06, …, 0.06] (steps of 0.02)
 * ```
 *
 * @category Reports
 */
export function niceTicks(min: number, max: number, count = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep((max - min) / Math.max(1, count - 1));
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; first + k * step <= last + step * 1e-9; k++) {
    // Round away binary noise (0.30000000000000004) so labels and equality checks are exact.
    ticks.push(Number((first + k * step).toPrecision(12)) + 0); // + 0 turns -0 into 0
  }
  return ticks;
}

/** The 1, 2 or 5 × 10^k closest above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}
