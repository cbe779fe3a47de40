import { type ChartFrame, LAYOUT } from './line-chart-layout';
import type { ChartBand, ChartBars, ChartLine, LineChartSpec } from './svg-line-chart';
import { escapeXml, roundPixel, svgText } from './svg-text';

/**
 * A band's filled areas, one per run of days where both its edges are finite.
 *
 * @param band - the band
 * @param frame - the chart's frame
 * @returns one `<path class="band">` per run
 *
 * @example
 * ```ts
 * bandPaths({ label: '95 %', x: [0, 1], lower: [-1, -1], upper: [1, 1], color: '#888' }, frame);
 * ```
 */
export function bandPaths(band: ChartBand, frame: ChartFrame): string[] {
  const { sx, sy } = frame;
  const usable = band.x.map((_, k) => Number.isFinite(band.lower[k]!) && Number.isFinite(band.upper[k]!));
  return finiteRuns(usable).map((run) => {
    const upper = run.map((k) => `${roundPixel(sx(band.x[k]!))},${roundPixel(sy(band.upper[k]!))}`);
    const lower = run.map((k) => `${roundPixel(sx(band.x[k]!))},${roundPixel(sy(band.lower[k]!))}`).reverse();
    return `<path class="band" d="M${[...upper, ...lower].join('L')}Z" fill="${band.color}" fill-opacity="${band.opacity ?? LAYOUT.band.opacity}" stroke="none"/>`;
  });
}

/**
 * Bars from zero, one per finite y, half a day wide (within the bar width limits).
 *
 * @param bars - the bars
 * @param frame - the chart's frame
 * @returns one `<rect class="bar">` per finite value
 *
 * @example
 * ```ts
 * barRects({ label: 'AAR', x: [0, 1], y: [0.01, -0.02], color: '#f90' }, frame).length; // 2
 * ```
 */
export function barRects(bars: ChartBars, frame: ChartFrame): string[] {
  const { sx, sy, xMin, xMax, plotWidth } = frame;
  const { bar, plot } = LAYOUT;
  const dayWidth = plotWidth / (xMax - xMin + 2 * plot.xPad);
  const barWidth = Math.max(bar.minWidth, Math.min(bar.maxWidth, dayWidth * bar.share));
  const out: string[] = [];
  bars.x.forEach((x, k) => {
    const y = bars.y[k]!;
    if (!Number.isFinite(y)) return;
    const y0 = sy(0);
    const y1 = sy(y);
    out.push(
      `<rect class="bar" x="${roundPixel(sx(x) - barWidth / 2)}" y="${roundPixel(Math.min(y0, y1))}" width="${roundPixel(barWidth)}" height="${roundPixel(Math.abs(y1 - y0))}" fill="${bars.color}" fill-opacity="${bar.opacity}"/>`,
    );
  });
  return out;
}

/**
 * The zero line across the plot, when zero is within the y axis.
 *
 * @param frame - the chart's frame
 * @returns the `<line class="zero-line">`, or nothing
 *
 * @example
 * ```ts
 * zeroLine(frame); // ['<line class="zero-line" …/>']
 * ```
 */
export function zeroLine(frame: ChartFrame): string[] {
  const yLo = frame.yTicks[0]!;
  const yHi = frame.yTicks[frame.yTicks.length - 1]!;
  if (!(yLo <= 0 && yHi >= 0)) return [];
  const y0 = roundPixel(frame.sy(0));
  const { zeroLine: style } = LAYOUT;
  return [
    `<line class="zero-line" x1="${frame.left}" x2="${frame.left + frame.plotWidth}" y1="${y0}" y2="${y0}" stroke="${style.color}" stroke-width="${style.width}"/>`,
  ];
}

/**
 * The dashed vertical marker (e.g. at day 0) with its label, when it falls within the x range.
 *
 * @param mark - where and what, from `spec.markX`
 * @param frame - the chart's frame
 * @returns the line and its label, or nothing
 *
 * @example
 * ```ts
 * markLine({ value: 0, label: 'day 0' }, frame).length; // 2
 * ```
 */
export function markLine(mark: LineChartSpec['markX'], frame: ChartFrame): string[] {
  const pad = LAYOUT.plot.xPad;
  const inside = mark !== undefined && mark.value >= frame.xMin - pad && mark.value <= frame.xMax + pad;
  if (!inside) return [];
  const { mark: style, color } = LAYOUT;
  const x = roundPixel(frame.sx(mark.value));
  return [
    `<line class="mark-line" x1="${x}" x2="${x}" y1="${frame.top}" y2="${frame.bottom}" stroke="${color.muted}" stroke-width="1" stroke-dasharray="${style.dash}"/>`,
    svgText(x + style.labelDx, frame.top + style.labelDy, mark.label, {
      size: style.labelSize,
      color: color.muted,
      cls: 'mark-label',
    }),
  ];
}

/**
 * A line as one path (a `NaN` starts a new segment), then its dots when it has markers. A line
 * with no finite point draws nothing.
 *
 * @param line - the line
 * @param frame - the chart's frame
 * @returns the `<path class="line">` and its `<circle class="marker">`s
 *
 * @example
 * ```ts
 * linePath({ label: 'CAAR', x: [0, 1], y: [0, 0.01], color: '#1f4e9c' }, frame);
 * ```
 */
export function linePath(line: ChartLine, frame: ChartFrame): string[] {
  const { sx, sy } = frame;
  const d = finiteRuns(line.y.map((y, k) => Number.isFinite(y) && Number.isFinite(line.x[k]!)))
    .map(
      (run) => `M${run.map((k) => `${roundPixel(sx(line.x[k]!))},${roundPixel(sy(line.y[k]!))}`).join('L')}`,
    )
    .join('');
  if (d === '') return [];
  const attributes = [
    `class="line"`,
    `data-label="${escapeXml(line.label)}"`,
    `d="${d}"`,
    `fill="none"`,
    `stroke="${line.color}"`,
    `stroke-width="${line.width ?? LAYOUT.line.width}"`,
    `stroke-linejoin="round"`,
    `stroke-linecap="round"`,
    ...(line.dash ? [`stroke-dasharray="${line.dash}"`] : []),
    ...(line.opacity !== undefined ? [`stroke-opacity="${line.opacity}"`] : []),
  ];
  const out = [`<path ${attributes.join(' ')}/>`];
  if (line.markers) {
    line.y.forEach((y, k) => {
      if (!Number.isFinite(y)) return;
      out.push(
        `<circle class="marker" cx="${roundPixel(sx(line.x[k]!))}" cy="${roundPixel(sy(y))}" r="${LAYOUT.line.markerRadius}" fill="${line.color}" stroke="${LAYOUT.color.background}" stroke-width="1"/>`,
      );
    });
  }
  return out;
}

/**
 * The labels at the right end of the lines that ask for one, at the height of each line's last
 * finite point, nudged apart so that none overlaps another or leaves the plot's height.
 *
 * @param lines - every line of the chart (those without `endLabel` are skipped)
 * @param frame - the chart's frame
 * @returns one `<text class="end-label">` per labelled line with a finite point
 *
 * @example
 * ```ts
 * endLabels([{ label: 'Tesla', x: [0, 1], y: [0, 0.1], color: '#c00', endLabel: true }], frame);
 * ```
 */
export function endLabels(lines: readonly ChartLine[], frame: ChartFrame): string[] {
  const { sx, sy, top, bottom, left, plotWidth } = frame;
  const { endLabel, text } = LAYOUT;
  const placed = placeApart(
    lines
      .filter((l) => l.endLabel)
      .flatMap((line) => {
        const k = lastFinite(line.y);
        return k < 0 ? [] : [{ line, x: sx(line.x[k]!), y: sy(line.y[k]!) }];
      }),
    top + endLabel.topInset,
    bottom - endLabel.bottomInset,
  );
  return placed.map((label) =>
    svgText(left + plotWidth + endLabel.xOffset, label.y + text.centreToBaseline, label.line.label, {
      size: endLabel.size,
      weight: endLabel.weight,
      color: label.line.color,
      cls: 'end-label',
    }),
  );
}

/** Sorts labels by y and spaces them at least `LAYOUT.endLabel.gap` apart within [minY, maxY]. */
function placeApart<T extends { y: number }>(labels: T[], minY: number, maxY: number): T[] {
  const gap = LAYOUT.endLabel.gap;
  const sorted = [...labels].sort((a, b) => a.y - b.y).map((label) => ({ ...label }));
  for (let k = 0; k < sorted.length; k++) {
    const floor = k === 0 ? minY : sorted[k - 1]!.y + gap;
    sorted[k]!.y = Math.max(sorted[k]!.y, floor);
  }
  // Push back up from the bottom if the stack ran past it.
  for (let k = sorted.length - 1; k >= 0; k--) {
    const ceiling = k === sorted.length - 1 ? maxY : sorted[k + 1]!.y - gap;
    sorted[k]!.y = Math.min(sorted[k]!.y, ceiling);
  }
  return sorted;
}

/** The runs of consecutive indices where `ok` is true. */
function finiteRuns(ok: readonly boolean[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  ok.forEach((good, k) => {
    if (good) current.push(k);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

function lastFinite(values: readonly number[]): number {
  for (let k = values.length - 1; k >= 0; k--) if (Number.isFinite(values[k]!)) return k;
  return -1;
}
