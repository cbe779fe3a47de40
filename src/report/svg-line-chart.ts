import { niceTicks } from './nice-ticks';
import { escapeXml, SVG_FONT, textWidth, wrapText } from './svg-text';

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

const TEXT = '#1f2937';
const MUTED = '#6b7280';
const GRID = '#e5e7eb';

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
  const width = spec.width ?? 900;
  const height = spec.height ?? 560;
  const formatY = spec.formatY ?? ((value: number) => String(value));
  const bands = [...(spec.bands ?? []), ...(spec.band ? [spec.band] : [])];

  // Extents.
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
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), 7);
  const yStep = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1;
  const yLo = yTicks[0]!;
  const yHi = yTicks[yTicks.length - 1]!;
  const xTicks =
    spec.xTicks ?? (xMax - xMin <= 24 ? range(Math.ceil(xMin), Math.floor(xMax)) : niceTicks(xMin, xMax, 10));
  const yLabels = yTicks.map((tick) => formatY(tick, yStep));

  // Layout, top to bottom: title, subtitle, legend, plot, x axis, caption.
  const legendItems = legendEntries(spec);
  const legendRows = layoutLegend(legendItems, width - 80);
  const captionLines = spec.caption ? wrapText(spec.caption, (width - 80) * 0.95, 12.5) : [];
  // A narrow chart wraps its title and subtitle too, rather than letting them run off the edge.
  const titleLines = wrapText(spec.title, (width - 80) * 0.88, 20); // bold: wider than textWidth's estimate
  const titleExtra = Math.max(0, titleLines.length - 1) * 24;
  const subtitleLines = spec.subtitle ? wrapText(spec.subtitle, (width - 80) * 0.95, 13.5) : [];
  const headExtra = titleExtra + Math.max(0, subtitleLines.length - 1) * 18;
  const endLabels = spec.lines.filter((l) => l.endLabel);
  const left = 28 + Math.max(...yLabels.map((label) => textWidth(label, 13))) + 14;
  const right =
    endLabels.length > 0 ? Math.max(...endLabels.map((l) => textWidth(l.label, 12.5) * 1.1)) + 36 : 28;
  const top = (spec.subtitle ? 62 : 44) + headExtra + legendRows.length * 22 + 14;
  const bottom = height - 70 - captionLines.length * 17;
  const plotWidth = width - left - right;
  const plotHeight = bottom - top;

  const pad = 0.5;
  const sx = (x: number) => left + ((x - (xMin - pad)) / (xMax - xMin + 2 * pad)) * plotWidth;
  const sy = (y: number) => bottom - ((y - yLo) / (yHi - yLo)) * plotHeight;
  const out: string[] = [];
  const push = (text: string) => out.push(text);

  push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(SVG_FONT)}">`,
  );
  push(`<title id="chart-title">${escapeXml(spec.title)}</title>`);
  push(`<desc id="chart-desc">${escapeXml([spec.subtitle, spec.caption].filter(Boolean).join(' '))}</desc>`);
  push(`<rect class="background" width="${width}" height="${height}" fill="#ffffff"/>`);
  titleLines.forEach((line, k) => {
    push(text(40, 32 + 24 * k, line, { size: 20, weight: 600, cls: 'title' }));
  });
  subtitleLines.forEach((line, k) => {
    push(text(40, 54 + titleExtra + 18 * k, line, { size: 13.5, color: MUTED, cls: 'subtitle' }));
  });

  // Legend.
  const legendTop = (spec.subtitle ? 76 : 58) + headExtra;
  legendRows.forEach((row, r) => {
    let x = 40;
    for (const item of row) {
      const y = legendTop + r * 22;
      push(legendSwatch(item, x, y));
      push(text(x + 28, y + 4.5, item.label, { size: 13, cls: 'legend-label' }));
      x += item.width;
    }
  });

  // Grid and y axis.
  push('<g class="y-axis">');
  yTicks.forEach((tick, k) => {
    const y = round(sy(tick));
    push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="1"/>`,
    );
    push(text(left - 8, y + 4.5, yLabels[k]!, { size: 13, anchor: 'end', color: TEXT, cls: 'tick-label' }));
  });
  push('</g>');
  push('<g class="x-axis">');
  for (const tick of xTicks) {
    const x = round(sx(tick));
    push(`<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 5}" stroke="${MUTED}" stroke-width="1"/>`);
    push(
      text(x, bottom + 21, formatNumber(tick), {
        size: 13,
        anchor: 'middle',
        color: TEXT,
        cls: 'tick-label',
      }),
    );
  }
  push('</g>');
  push(
    `<line class="x-axis-line" x1="${left}" x2="${left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="${MUTED}" stroke-width="1"/>`,
  );
  push(
    text(left + plotWidth / 2, bottom + 44, spec.xLabel, {
      size: 13.5,
      anchor: 'middle',
      color: TEXT,
      cls: 'axis-label',
    }),
  );
  const yMid = round(top + plotHeight / 2);
  push(
    `<text class="axis-label" x="18" y="${yMid}" font-size="13.5" fill="${TEXT}" text-anchor="middle" transform="rotate(-90 18 ${yMid})">${escapeXml(spec.yLabel)}</text>`,
  );

  // Data: band, bars, zero line, marker, lines.
  for (const band of bands) {
    for (const segment of finiteSegments(
      band.x.map((_, k) => Number.isFinite(band.lower[k]!) && Number.isFinite(band.upper[k]!)),
    )) {
      const upper = segment.map((k) => `${round(sx(band.x[k]!))},${round(sy(band.upper[k]!))}`);
      const lower = segment.map((k) => `${round(sx(band.x[k]!))},${round(sy(band.lower[k]!))}`).reverse();
      push(
        `<path class="band" d="M${[...upper, ...lower].join('L')}Z" fill="${band.color}" fill-opacity="${band.opacity ?? 0.2}" stroke="none"/>`,
      );
    }
  }
  if (spec.bars) {
    const barWidth = Math.max(2, Math.min(28, (plotWidth / (xMax - xMin + 2 * pad)) * 0.5));
    spec.bars.x.forEach((x, k) => {
      const y = spec.bars!.y[k]!;
      if (!Number.isFinite(y)) return;
      const y0 = sy(0);
      const y1 = sy(y);
      push(
        `<rect class="bar" x="${round(sx(x) - barWidth / 2)}" y="${round(Math.min(y0, y1))}" width="${round(barWidth)}" height="${round(Math.abs(y1 - y0))}" fill="${spec.bars!.color}" fill-opacity="0.85"/>`,
      );
    });
  }
  if (yLo <= 0 && yHi >= 0) {
    const y0 = round(sy(0));
    push(
      `<line class="zero-line" x1="${left}" x2="${left + plotWidth}" y1="${y0}" y2="${y0}" stroke="#374151" stroke-width="1.3"/>`,
    );
  }
  if (spec.markX && spec.markX.value >= xMin - pad && spec.markX.value <= xMax + pad) {
    const x = round(sx(spec.markX.value));
    push(
      `<line class="mark-line" x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${MUTED}" stroke-width="1" stroke-dasharray="4 4"/>`,
    );
    push(text(x + 5, top + 13, spec.markX.label, { size: 12.5, color: MUTED, cls: 'mark-label' }));
  }
  for (const line of spec.lines) {
    const d = finiteSegments(line.y.map((y, k) => Number.isFinite(y) && Number.isFinite(line.x[k]!)))
      .map(
        (segment) => `M${segment.map((k) => `${round(sx(line.x[k]!))},${round(sy(line.y[k]!))}`).join('L')}`,
      )
      .join('');
    if (d === '') continue;
    const attributes = [
      `class="line"`,
      `data-label="${escapeXml(line.label)}"`,
      `d="${d}"`,
      `fill="none"`,
      `stroke="${line.color}"`,
      `stroke-width="${line.width ?? 2}"`,
      `stroke-linejoin="round"`,
      `stroke-linecap="round"`,
      ...(line.dash ? [`stroke-dasharray="${line.dash}"`] : []),
      ...(line.opacity !== undefined ? [`stroke-opacity="${line.opacity}"`] : []),
    ];
    push(`<path ${attributes.join(' ')}/>`);
    if (line.markers) {
      line.y.forEach((y, k) => {
        if (!Number.isFinite(y)) return;
        push(
          `<circle class="marker" cx="${round(sx(line.x[k]!))}" cy="${round(sy(y))}" r="3.2" fill="${line.color}" stroke="#ffffff" stroke-width="1"/>`,
        );
      });
    }
  }

  // End labels, nudged apart so they never overlap.
  const placed = placeEndLabels(
    endLabels.flatMap((line) => {
      const k = lastFinite(line.y);
      return k < 0 ? [] : [{ line, x: sx(line.x[k]!), y: sy(line.y[k]!) }];
    }),
    top + 6,
    bottom - 2,
  );
  for (const label of placed) {
    push(
      text(left + plotWidth + 8, label.y + 4.5, label.line.label, {
        size: 12.5,
        weight: 600,
        color: label.line.color,
        cls: 'end-label',
      }),
    );
  }

  // Caption.
  captionLines.forEach((line, k) => {
    push(text(40, bottom + 62 + k * 17, line, { size: 12.5, color: MUTED, cls: 'caption' }));
  });
  push('</svg>');
  return `${out.join('\n')}\n`;
}

interface LegendItem {
  label: string;
  kind: 'line' | 'band' | 'bar' | 'note';
  color: string;
  opacity?: number;
  dash?: string;
  width: number;
}

function legendEntries(spec: LineChartSpec): LegendItem[] {
  const items: Omit<LegendItem, 'width'>[] = [
    ...spec.lines
      .filter((l) => !l.hideInLegend)
      .map((l) => ({
        label: l.label,
        kind: 'line' as const,
        color: l.color,
        ...(l.dash ? { dash: l.dash } : {}),
      })),
    ...[...(spec.bands ?? []), ...(spec.band ? [spec.band] : [])].map((band) => ({
      label: band.label,
      kind: 'band' as const,
      color: band.color,
      opacity: band.opacity ?? 0.2,
    })),
    ...(spec.bars ? [{ label: spec.bars.label, kind: 'bar' as const, color: spec.bars.color }] : []),
    ...(spec.legendNote ? [{ label: spec.legendNote, kind: 'note' as const, color: MUTED }] : []),
  ];
  return items.map((item) => ({ ...item, width: textWidth(item.label, 13) + 28 + 22 }));
}

function layoutLegend(items: LegendItem[], maxWidth: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    if (row.length > 0 && used + item.width > maxWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += item.width;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function legendSwatch(item: LegendItem, x: number, y: number): string {
  switch (item.kind) {
    case 'line':
      return `<line class="legend-swatch" x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="2.5"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
    case 'band':
      return `<rect class="legend-swatch" x="${x}" y="${y - 6}" width="22" height="12" fill="${item.color}" fill-opacity="${item.opacity ?? 0.2}"/>`;
    case 'bar':
      return `<rect class="legend-swatch" x="${x + 6}" y="${y - 7}" width="10" height="14" fill="${item.color}"/>`;
    default:
      return '';
  }
}

function placeEndLabels<T extends { y: number }>(labels: T[], minY: number, maxY: number): T[] {
  const gap = 15;
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

function finiteSegments(ok: readonly boolean[]): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  ok.forEach((good, k) => {
    if (good) current.push(k);
    else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

function lastFinite(values: readonly number[]): number {
  for (let k = values.length - 1; k >= 0; k--) if (Number.isFinite(values[k]!)) return k;
  return -1;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to; x++) out.push(x);
  return out;
}

function formatNumber(value: number): string {
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; weight?: number; color?: string; anchor?: 'start' | 'middle' | 'end'; cls: string },
): string {
  const attributes = [
    `class="${style.cls}"`,
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.color ?? TEXT}"`,
    ...(style.weight ? [`font-weight="${style.weight}"`] : []),
    ...(style.anchor && style.anchor !== 'start' ? [`text-anchor="${style.anchor}"`] : []),
  ];
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}
