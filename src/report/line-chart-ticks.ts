import type { ChartTicks } from './line-chart-layout';
import { LAYOUT } from './line-chart-layout';
import { niceTicks } from './nice-ticks';
import type { ChartBand, LineChartSpec } from './svg-line-chart';

/**
 * The x and y ranges of everything drawn, and their ticks: y from zero (always shown) and every
 * finite value of lines, bands and bars, rounded out to nice ticks; x every integer over a short
 * span (event days), round numbers over a long one, or `spec.xTicks`.
 *
 * @param spec - what to draw
 * @param bands - its bands (see `allBands`)
 * @returns the ranges, ticks and y tick labels
 *
 * @example
 * ```ts
 * chartTicks({ title: '', xLabel: '', yLabel: '', lines: [{ label: 'a', x: [-1, 0, 1], y: [0, 2, 3], color: '#000' }] }, [])
 * // { xMin: -1, xMax: 1, xTicks: [-1, 0, 1], yTicks: [0, 0.5, …, 3], … }
 * ```
 */
export function chartTicks(spec: LineChartSpec, bands: readonly ChartBand[]): ChartTicks {
  const formatY = spec.formatY ?? ((value: number) => String(value));
  const xs = [
    ...spec.lines.flatMap((l) => l.x),
    ...bands.flatMap((b) => b.x),
    ...(spec.bars?.x ?? []),
  ].filter(Number.isFinite);
  const ys = [
    0,
    ...spec.lines.flatMap((l) => l.y),
    ...bands.flatMap((b) => [...b.lower, ...b.upper]),
    ...(spec.bars?.y ?? []),
  ].filter(Number.isFinite);
  const xMin = xs.length > 0 ? Math.min(...xs) : 0;
  const xMax = xs.length > 0 ? Math.max(...xs) : 1;
  const { axis } = LAYOUT;
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), axis.yTickCount);
  const yStep = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1;
  const xTicks =
    spec.xTicks ??
    (xMax - xMin <= axis.maxIntegerTickSpan
      ? integersBetween(Math.ceil(xMin), Math.floor(xMax))
      : niceTicks(xMin, xMax, axis.xTickCount));
  return { xMin, xMax, yTicks, yLabels: yTicks.map((tick) => formatY(tick, yStep)), xTicks };
}

function integersBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to; x++) out.push(x);
  return out;
}
