import type { ChartBand, LineChartSpec } from './svg-line-chart';
import { SVG_TEXT_COLOR, textWidth, wrapText } from './svg-text';

/**
 * Every size, offset and colour of {@link lineChartSvg}, in pixels unless said otherwise, named in
 * one place. The chart is laid out top to bottom: title, subtitle, legend, plot, x axis, caption;
 * the text column (title, subtitle, legend, caption) starts at `text.left` and is
 * `width − text.inset` wide.
 *
 * @example
 * ```ts
 * LAYOUT.size.width; // 900, the default chart width
 * ```
 */
export const LAYOUT = {
  size: { width: 900, height: 560 },
  text: {
    left: 40,
    /** Both side margins of the text column together. */
    inset: 80,
    /** Added to a row's centre line to place a 13 px label's baseline on it. */
    centreToBaseline: 4.5,
  },
  /** Title: bold, so wrapped to a narrower share of the column than textWidth's estimate allows. */
  title: { size: 20, weight: 600, firstBaseline: 32, lineHeight: 24, wrapShare: 0.88 },
  subtitle: { size: 13.5, firstBaseline: 54, lineHeight: 18, wrapShare: 0.95 },
  /** Height above the legend's first row, with and without a subtitle (first wrapped line each). */
  header: { titleOnly: 44, withSubtitle: 62 },
  legend: {
    /** Centre line of the first legend row, with and without a subtitle. */
    firstRow: { titleOnly: 58, withSubtitle: 76 },
    rowHeight: 22,
    /** Space between the last legend row and the top of the plot. */
    gapBelow: 14,
    labelSize: 13,
    /** A line's, band's or bar's sample: 22 wide, centred on the row. */
    swatch: { width: 22, lineWidth: 2.5, bandHeight: 12, barWidth: 10, barHeight: 14 },
    /** From an item's left edge to its label. */
    labelOffset: 28,
  },
  plot: {
    /** Space left of the y tick labels and between them and the plot. */
    leftMargin: 28,
    tickLabelGap: 14,
    /** Right margin when no line has an end label. */
    rightMargin: 28,
    /** Room under the plot for the x ticks and the x axis label (caption lines come on top). */
    bottomReserve: 70,
    /** Half a day of padding each side of the x range, in data units. */
    xPad: 0.5,
  },
  axis: {
    tickLabelSize: 13,
    labelSize: 13.5,
    /** Gap between a y tick label's right end and the plot. */
    yTickLabelGap: 8,
    /** Centre of the rotated y axis label. */
    yLabelX: 18,
    xTickLength: 5,
    xTickLabelOffset: 21,
    xLabelOffset: 44,
    yTickCount: 7,
    xTickCount: 10,
    /** Up to this span every integer x is a tick; wider, round numbers. */
    maxIntegerTickSpan: 24,
  },
  endLabel: {
    size: 12.5,
    weight: 600,
    /** Head room on textWidth's estimate for the bold labels. */
    widthSlack: 1.1,
    /** Right margin added to the widest end label. */
    margin: 36,
    xOffset: 8,
    /** Least vertical distance between two end labels. */
    gap: 15,
    topInset: 6,
    bottomInset: 2,
  },
  caption: { size: 12.5, lineHeight: 17, offset: 62, wrapShare: 0.95 },
  bar: { minWidth: 2, maxWidth: 28, share: 0.5, opacity: 0.85 },
  line: { width: 2, markerRadius: 3.2 },
  band: { opacity: 0.2 },
  zeroLine: { color: '#374151', width: 1.3 },
  mark: { dash: '4 4', labelDx: 5, labelDy: 13, labelSize: 12.5 },
  color: { text: SVG_TEXT_COLOR, muted: '#6b7280', grid: '#e5e7eb', background: '#ffffff' },
} as const;

/** The value ranges and ticks of a chart, before any pixel is placed. */
export interface ChartTicks {
  xMin: number;
  xMax: number;
  /** y ticks, from the lowest (the axis bottom) to the highest (the axis top). */
  yTicks: number[];
  yLabels: string[];
  xTicks: number[];
}

/** Where everything goes: the pixel frame of the plot, its scales, and the wrapped texts. */
export interface ChartFrame extends ChartTicks {
  width: number;
  height: number;
  left: number;
  top: number;
  bottom: number;
  plotWidth: number;
  plotHeight: number;
  /** Data x to pixel x. */
  sx: (x: number) => number;
  /** Data y to pixel y. */
  sy: (y: number) => number;
  titleLines: string[];
  subtitleLines: string[];
  captionLines: string[];
  /** Extra height of a wrapped title (its lines after the first). */
  titleExtra: number;
  /** Extra height of a wrapped title and subtitle together. */
  headExtra: number;
  /** Number of legend rows. */
  legendRowCount: number;
}

/**
 * Lays a chart out: wraps title, subtitle and caption to the text column, sizes the margins
 * from the y tick labels, the end labels and the legend rows, and builds the scales.
 *
 * @param spec - what to draw
 * @param ticks - its value ranges and ticks, from `chartTicks`
 * @param legendRowCount - how many rows the legend takes, from `layoutLegend`
 * @returns the frame every part of the chart is drawn in
 *
 * @example
 * ```ts
 * const frame = chartFrame(spec, chartTicks(spec, bands), 1);
 * frame.sx(0); // the pixel x of day 0
 * ```
 */
export function chartFrame(spec: LineChartSpec, ticks: ChartTicks, legendRowCount: number): ChartFrame {
  const width = spec.width ?? LAYOUT.size.width;
  const height = spec.height ?? LAYOUT.size.height;
  const column = width - LAYOUT.text.inset;
  const { title, subtitle, caption, plot, endLabel } = LAYOUT;
  const captionLines = spec.caption ? wrapText(spec.caption, column * caption.wrapShare, caption.size) : [];
  // A narrow chart wraps its title and subtitle too, rather than letting them run off the edge.
  const titleLines = wrapText(spec.title, column * title.wrapShare, title.size);
  const titleExtra = Math.max(0, titleLines.length - 1) * title.lineHeight;
  const subtitleLines = spec.subtitle
    ? wrapText(spec.subtitle, column * subtitle.wrapShare, subtitle.size)
    : [];
  const headExtra = titleExtra + Math.max(0, subtitleLines.length - 1) * subtitle.lineHeight;
  const endLabels = spec.lines.filter((l) => l.endLabel);
  const left =
    plot.leftMargin +
    Math.max(...ticks.yLabels.map((label) => textWidth(label, LAYOUT.axis.tickLabelSize))) +
    plot.tickLabelGap;
  const right =
    endLabels.length > 0
      ? Math.max(...endLabels.map((l) => textWidth(l.label, endLabel.size) * endLabel.widthSlack)) +
        endLabel.margin
      : plot.rightMargin;
  const top =
    (spec.subtitle ? LAYOUT.header.withSubtitle : LAYOUT.header.titleOnly) +
    headExtra +
    legendRowCount * LAYOUT.legend.rowHeight +
    LAYOUT.legend.gapBelow;
  const bottom = height - plot.bottomReserve - captionLines.length * caption.lineHeight;
  const plotWidth = width - left - right;
  const plotHeight = bottom - top;
  const { xMin, xMax, yTicks } = ticks;
  const yLo = yTicks[0]!;
  const yHi = yTicks[yTicks.length - 1]!;
  const pad = plot.xPad;
  return {
    ...ticks,
    width,
    height,
    left,
    top,
    bottom,
    plotWidth,
    plotHeight,
    sx: (x) => left + ((x - (xMin - pad)) / (xMax - xMin + 2 * pad)) * plotWidth,
    sy: (y) => bottom - ((y - yLo) / (yHi - yLo)) * plotHeight,
    titleLines,
    subtitleLines,
    captionLines,
    titleExtra,
    headExtra,
    legendRowCount,
  };
}

/**
 * The bands of a spec in drawing order: `bands` first, then `band` on top.
 *
 * @param spec - what to draw
 * @returns every band
 *
 * @example
 * ```ts
 * allBands({ ...spec, band: inner, bands: [outer] }); // [outer, inner]
 * ```
 */
export function allBands(spec: LineChartSpec): ChartBand[] {
  return [...(spec.bands ?? []), ...(spec.band ? [spec.band] : [])];
}
