import { axesSvg } from './line-chart-axes';
import { allBands, type ChartFrame, chartFrame, LAYOUT } from './line-chart-layout';
import { layoutLegend, legendEntries, legendSvg } from './line-chart-legend';
import { bandPaths, barRects, endLabels, linePath, markLine, zeroLine } from './line-chart-series';
import { chartTicks } from './line-chart-ticks';
import { escapeXml, SVG_FONT, svgText } from './svg-text';

/**
 * A line of a chart: one y per x; `NaN` breaks the line.
 *
 * @category Reports
 */
export interface ChartLine {
  label: string;
  x: readonly number[];
  y: readonly number[];
  color: string;
  /** Stroke width in pixels (default 2). */
  width?: number;
  /** SVG `stroke-dasharray`, e.g. `'6 4'`. */
  dash?: string;
  /** Draw a dot at every point (default false). */
  markers?: boolean;
  /** Write the label at the line's right end (default false). */
  endLabel?: boolean;
  /** Leave the line out of the legend (default false). */
  hideInLegend?: boolean;
  opacity?: number;
}

/**
 * A shaded band between two lines, e.g. a confidence band.
 *
 * @category Reports
 */
export interface ChartBand {
  label: string;
  x: readonly number[];
  lower: readonly number[];
  upper: readonly number[];
  color: string;
  /** Fill opacity (default 0.2). */
  opacity?: number;
}

/**
 * Vertical bars from zero, one per x.
 *
 * @category Reports
 */
export interface ChartBars {
  label: string;
  x: readonly number[];
  y: readonly number[];
  color: string;
}

/**
 * Everything {@link lineChartSvg} draws.
 *
 * @category Reports
 */
export interface LineChartSpec {
  title: string;
  subtitle?: string;
  /** Text under the chart (wrapped), e.g. how a band was computed. */
  caption?: string;
  xLabel: string;
  yLabel: string;
  lines: ChartLine[];
  band?: ChartBand;
  /** Further bands, drawn in order under `band` (e.g. the nested bands of a percentile fan). */
  bands?: ChartBand[];
  bars?: ChartBars;
  /** x ticks; default: every integer when there are at most 25, else round numbers. */
  xTicks?: number[];
  /** Formats a y tick given the tick step (default: the number). */
  formatY?: (value: number, step: number) => string;
  /** A dashed vertical marker line, e.g. at day 0. */
  markX?: { value: number; label: string };
  /** An extra legend entry without a swatch, e.g. "+ 480 more events (grey)". */
  legendNote?: string;
  /** Pixel size (default 900 × 560). */
  width?: number;
  height?: number;
}

/**
 * Draws a line chart as a standalone SVG document with plain SVG elements only (no DOM, no
 * scripts, no external fonts): title, subtitle, legend, grid, axes with ticks and labels, a zero
 * line, an optional band, bars and marker line, lines with optional dots and end labels, and a
 * wrapped caption. Every element carries a class (`line`, `band`, `bar`, `end-label`, …) so
 * tests and stylesheets can find it.
 *
 * @param spec - what to draw
 * @returns the SVG document text
 *
 * @example
 * ```ts
 * const svg = lineChartSvg({ title: 'CAAR', xLabel: 'day', yLabel: '%',
 *   lines: [{ label: 'CAAR', x: [0, 1], y: [0.01, 0.03], color: '#1f4e9c' }] });
 * ```
 *
 * @category Reports
 */
export function lineChartSvg(spec: LineChartSpec): string {
  const bands = allBands(spec);
  const legendItems = legendEntries(spec);
  const width = spec.width ?? LAYOUT.size.width;
  const legendRows = layoutLegend(legendItems, width - LAYOUT.text.inset);
  const frame = chartFrame(spec, chartTicks(spec, bands), legendRows.length);
  // Drawn in this order, each over the one before: header, legend, grid and axes, bands, bars,
  // zero line, marker, lines, end labels, caption.
  const out = [
    ...headerSvg(spec, frame),
    ...legendSvg(legendRows, frame, Boolean(spec.subtitle)),
    ...axesSvg(frame, spec.xLabel, spec.yLabel),
    ...bands.flatMap((band) => bandPaths(band, frame)),
    ...(spec.bars ? barRects(spec.bars, frame) : []),
    ...zeroLine(frame),
    ...markLine(spec.markX, frame),
    ...spec.lines.flatMap((line) => linePath(line, frame)),
    ...endLabels(spec.lines, frame),
    ...captionSvg(frame),
    '</svg>',
  ];
  return `${out.join('\n')}\n`;
}

/** The document's opening: the `<svg>` element, its accessible title and description, the white
 * background, and the wrapped title and subtitle. */
function headerSvg(spec: LineChartSpec, frame: ChartFrame): string[] {
  const { width, height } = frame;
  const { title, subtitle, text, color } = LAYOUT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(SVG_FONT)}">`,
    `<title id="chart-title">${escapeXml(spec.title)}</title>`,
    `<desc id="chart-desc">${escapeXml([spec.subtitle, spec.caption].filter(Boolean).join(' '))}</desc>`,
    `<rect class="background" width="${width}" height="${height}" fill="${color.background}"/>`,
    ...frame.titleLines.map((line, k) =>
      svgText(text.left, title.firstBaseline + title.lineHeight * k, line, {
        size: title.size,
        weight: title.weight,
        cls: 'title',
      }),
    ),
    ...frame.subtitleLines.map((line, k) =>
      svgText(text.left, subtitle.firstBaseline + frame.titleExtra + subtitle.lineHeight * k, line, {
        size: subtitle.size,
        color: color.muted,
        cls: 'subtitle',
      }),
    ),
  ];
}

/** The caption's wrapped lines under the x axis title. */
function captionSvg(frame: ChartFrame): string[] {
  const { caption, text, color } = LAYOUT;
  return frame.captionLines.map((line, k) =>
    svgText(text.left, frame.bottom + caption.offset + k * caption.lineHeight, line, {
      size: caption.size,
      color: color.muted,
      cls: 'caption',
    }),
  );
}
