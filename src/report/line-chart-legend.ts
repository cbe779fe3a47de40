import { allBands, type ChartFrame, LAYOUT } from './line-chart-layout';
import type { LineChartSpec } from './svg-line-chart';
import { svgText, textWidth } from './svg-text';

/** One legend entry: its label, how its swatch looks, and how wide it is with its swatch. */
export interface LegendItem {
  label: string;
  kind: 'line' | 'band' | 'bar' | 'note';
  color: string;
  opacity?: number;
  dash?: string;
  width: number;
}

/**
 * The legend's entries, in order: the lines (but those with `hideInLegend`), the bands, the bars,
 * then the note.
 *
 * @param spec - what to draw
 * @returns one item per entry
 *
 * @example
 * ```ts
 * legendEntries({ ...spec, legendNote: '+ 480 more events' }).at(-1)?.kind; // 'note'
 * ```
 */
export function legendEntries(spec: LineChartSpec): LegendItem[] {
  const items: Omit<LegendItem, 'width'>[] = [
    ...spec.lines
      .filter((l) => !l.hideInLegend)
      .map((l) => ({
        label: l.label,
        kind: 'line' as const,
        color: l.color,
        ...(l.dash ? { dash: l.dash } : {}),
      })),
    ...allBands(spec).map((band) => ({
      label: band.label,
      kind: 'band' as const,
      color: band.color,
      opacity: band.opacity ?? LAYOUT.band.opacity,
    })),
    ...(spec.bars ? [{ label: spec.bars.label, kind: 'bar' as const, color: spec.bars.color }] : []),
    ...(spec.legendNote
      ? [{ label: spec.legendNote, kind: 'note' as const, color: LAYOUT.color.muted }]
      : []),
  ];
  const { legend } = LAYOUT;
  return items.map((item) => ({
    ...item,
    width: textWidth(item.label, legend.labelSize) + legend.labelOffset + legend.swatch.width,
  }));
}

/**
 * Breaks the legend into rows no wider than `maxWidth`, keeping the entries' order.
 *
 * @param items - the entries, from {@link legendEntries}
 * @param maxWidth - the width of the text column
 * @returns the rows
 *
 * @example
 * ```ts
 * layoutLegend(legendEntries(spec), 820).length; // 1 for a few short labels
 * ```
 */
export function layoutLegend(items: LegendItem[], maxWidth: number): LegendItem[][] {
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

/**
 * The legend's elements: each row under the title and subtitle, a swatch then a label per entry.
 *
 * @param rows - the legend rows, from {@link layoutLegend}
 * @param frame - the chart's frame (for the height of the wrapped title and subtitle)
 * @param hasSubtitle - whether the chart has a subtitle
 * @returns the elements, in order
 *
 * @example
 * ```ts
 * legendSvg(rows, frame, true).join('\n');
 * ```
 */
export function legendSvg(rows: LegendItem[][], frame: ChartFrame, hasSubtitle: boolean): string[] {
  const { legend, text } = LAYOUT;
  const out: string[] = [];
  const legendTop =
    (hasSubtitle ? legend.firstRow.withSubtitle : legend.firstRow.titleOnly) + frame.headExtra;
  rows.forEach((row, r) => {
    let x = text.left;
    for (const item of row) {
      const y = legendTop + r * legend.rowHeight;
      out.push(legendSwatch(item, x, y));
      out.push(
        svgText(x + legend.labelOffset, y + text.centreToBaseline, item.label, {
          size: legend.labelSize,
          cls: 'legend-label',
        }),
      );
      x += item.width;
    }
  });
  return out;
}

function legendSwatch(item: LegendItem, x: number, y: number): string {
  const swatch = LAYOUT.legend.swatch;
  switch (item.kind) {
    case 'line':
      return `<line class="legend-swatch" x1="${x}" x2="${x + swatch.width}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="${swatch.lineWidth}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
    case 'band':
      return `<rect class="legend-swatch" x="${x}" y="${y - swatch.bandHeight / 2}" width="${swatch.width}" height="${swatch.bandHeight}" fill="${item.color}" fill-opacity="${item.opacity ?? LAYOUT.band.opacity}"/>`;
    case 'bar':
      return `<rect class="legend-swatch" x="${x + (swatch.width - swatch.barWidth) / 2}" y="${y - swatch.barHeight / 2}" width="${swatch.barWidth}" height="${swatch.barHeight}" fill="${item.color}"/>`;
    default:
      return '';
  }
}
