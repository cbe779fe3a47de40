import { type ChartFrame, LAYOUT } from './line-chart-layout';
import { escapeXml, roundPixel, svgText } from './svg-text';

/**
 * The grid and both axes: a grid line and label per y tick, a tick mark and label per x tick,
 * the x axis line, and the two axis titles (the y title rotated).
 *
 * @param frame - the chart's frame, with its ticks
 * @param xLabel - the x axis title
 * @param yLabel - the y axis title
 * @returns the elements, in order
 *
 * @example
 * ```ts
 * axesSvg(frame, 'Event day', 'CAAR (%)').join('\n');
 * ```
 */
export function axesSvg(frame: ChartFrame, xLabel: string, yLabel: string): string[] {
  return [...yAxisSvg(frame), ...xAxisSvg(frame, xLabel), yAxisLabel(frame, yLabel)];
}

function yAxisSvg(frame: ChartFrame): string[] {
  const { left, plotWidth, sy } = frame;
  const { axis, color, text } = LAYOUT;
  const out = ['<g class="y-axis">'];
  frame.yTicks.forEach((tick, k) => {
    const y = roundPixel(sy(tick));
    out.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${y}" y2="${y}" stroke="${color.grid}" stroke-width="1"/>`,
    );
    out.push(
      svgText(left - axis.yTickLabelGap, y + text.centreToBaseline, frame.yLabels[k]!, {
        size: axis.tickLabelSize,
        anchor: 'end',
        color: color.text,
        cls: 'tick-label',
      }),
    );
  });
  out.push('</g>');
  return out;
}

function xAxisSvg(frame: ChartFrame, xLabel: string): string[] {
  const { left, plotWidth, bottom, sx } = frame;
  const { axis, color } = LAYOUT;
  const out = ['<g class="x-axis">'];
  for (const tick of frame.xTicks) {
    const x = roundPixel(sx(tick));
    out.push(
      `<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + axis.xTickLength}" stroke="${color.muted}" stroke-width="1"/>`,
    );
    out.push(
      svgText(x, bottom + axis.xTickLabelOffset, formatTick(tick), {
        size: axis.tickLabelSize,
        anchor: 'middle',
        color: color.text,
        cls: 'tick-label',
      }),
    );
  }
  out.push('</g>');
  out.push(
    `<line class="x-axis-line" x1="${left}" x2="${left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="${color.muted}" stroke-width="1"/>`,
  );
  out.push(
    svgText(left + plotWidth / 2, bottom + axis.xLabelOffset, xLabel, {
      size: axis.labelSize,
      anchor: 'middle',
      color: color.text,
      cls: 'axis-label',
    }),
  );
  return out;
}

function yAxisLabel(frame: ChartFrame, yLabel: string): string {
  const { axis, color } = LAYOUT;
  const x = axis.yLabelX;
  const yMid = roundPixel(frame.top + frame.plotHeight / 2);
  return `<text class="axis-label" x="${x}" y="${yMid}" font-size="${axis.labelSize}" fill="${color.text}" text-anchor="middle" transform="rotate(-90 ${x} ${yMid})">${escapeXml(yLabel)}</text>`;
}

/** An x tick with a typographic minus sign (−5, not -5). */
function formatTick(value: number): string {
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}
