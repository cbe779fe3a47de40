import type { StudyResult } from '../types';
import { caarBand } from './caar-band';
import { type ChartLine, lineChartSvg } from './svg-line-chart';

/** Options of {@link caarChart} and {@link carChart}. */
export interface ChartOptions {
  /** Title (default: a description of what is drawn). */
  title?: string;
  /** Pixel size (default 900 × 560). */
  width?: number;
  height?: number;
}

/** Options of {@link carChart}. */
export interface CarChartOptions extends ChartOptions {
  /** Events drawn in colour and labelled; the rest are thin grey lines (default 10). */
  maxLabelled?: number;
}

/** Colour-blind-safe palette (Okabe & Ito 2008, without yellow), then Tableau 10 extras. */
const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#8c564b',
  '#7f7f7f',
  '#bcbd22',
];
const CAAR_COLOR = '#1f4e9c';

/**
 * Draws the CAAR path over the event days as SVG, with its 95 % band (CAAR ± 1.96 × the
 * cross-sectional standard error: the sd of the events' CAR on each day / √N, see `caarBand`),
 * the AAR of each day as bars, a zero line and a marker at day 0. The caption states how the
 * band was computed and the study's settings.
 *
 * @param result - a study result
 * @param options - title and size
 * @returns a standalone SVG document
 *
 * @example
 * ```ts
 * writeFileSync('caar.svg', caarChart(eventStudy(spec)));
 * ```
 */
export function caarChart(result: StudyResult, options: ChartOptions = {}): string {
  const band = caarBand(result);
  const n = result.events.length;
  const start = result.days[0] ?? 0;
  const bandNote =
    n >= 2
      ? `Shaded: 95 % band, CAAR ± 1.96 × the cross-sectional standard error of the CAAR (sd of the ${n} events' CAR on each day / √${n}).`
      : 'No band: a cross-sectional standard error needs at least two events.';
  return lineChartSvg({
    title: options.title ?? 'Cumulative average abnormal return (CAAR)',
    subtitle: subtitle(result),
    caption: `${bandNote} Bars: AAR, the average abnormal return of each day. CARs cumulate from day ${signed(start)}.`,
    xLabel: 'Event day (trading days relative to day 0)',
    yLabel: 'Abnormal return',
    lines: [{ label: 'CAAR', x: result.days, y: result.caar, color: CAAR_COLOR, width: 2.6, markers: true }],
    ...(n >= 2
      ? {
          band: {
            label: '95 % band',
            x: result.days,
            lower: band.lower,
            upper: band.upper,
            color: CAAR_COLOR,
          },
        }
      : {}),
    bars: { label: 'AAR', x: result.days, y: result.aar, color: '#b8c2cc' },
    formatY: formatPercentTick,
    markX: { value: 0, label: 'day 0' },
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
  });
}

/**
 * Draws each event's CAR over the event window as SVG: one coloured, labelled line per event
 * (the first `maxLabelled`; any further events as thin grey lines), the CAAR as a dashed black
 * line, a zero line and a marker at day 0.
 *
 * @param result - a study result
 * @param options - title, size and how many events to label
 * @returns a standalone SVG document
 *
 * @example
 * ```ts
 * writeFileSync('cars.svg', carChart(eventStudy(spec)));
 * ```
 */
export function carChart(result: StudyResult, options: CarChartOptions = {}): string {
  const maxLabelled = options.maxLabelled ?? 10;
  const labels = eventLabels(result);
  const start = result.days[0] ?? 0;
  const lines: ChartLine[] = result.events.map((event, i) =>
    i < maxLabelled
      ? {
          label: labels[i]!,
          x: result.days,
          y: event.car,
          color: PALETTE[i % PALETTE.length]!,
          width: 2,
          endLabel: true,
        }
      : {
          label: labels[i]!,
          x: result.days,
          y: event.car,
          color: '#9ca3af',
          width: 1,
          opacity: 0.6,
          hideInLegend: true,
        },
  );
  // Grey lines first so the labelled ones are drawn on top.
  lines.sort((a, b) => Number(a.hideInLegend ?? false) - Number(b.hideInLegend ?? false)).reverse();
  const hidden = Math.max(0, result.events.length - maxLabelled);
  return lineChartSvg({
    title: options.title ?? 'Cumulative abnormal return (CAR) per event',
    subtitle: subtitle(result),
    caption: `Each line is one event's CAR, cumulated from day ${signed(start)}; the dashed line is their average (CAAR).`,
    xLabel: 'Event day (trading days relative to day 0)',
    yLabel: 'Cumulative abnormal return',
    lines: [
      ...lines.reverse(),
      { label: 'CAAR (mean)', x: result.days, y: result.caar, color: '#111827', width: 2.2, dash: '7 5' },
    ],
    ...(hidden > 0 ? { legendNote: `+ ${hidden} more event${hidden === 1 ? '' : 's'} (grey)` } : {}),
    formatY: formatPercentTick,
    markX: { value: 0, label: 'day 0' },
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
  });
}

function subtitle(result: StudyResult): string {
  const { settings } = result;
  const n = result.events.length;
  const excluded = result.excluded.length > 0 ? ` (${result.excluded.length} excluded)` : '';
  return (
    `N = ${n} event${n === 1 ? '' : 's'}${excluded} · ${settings.model} model · ${settings.returns} returns · ` +
    `estimation: ${settings.estimation.length} days ending at day ${signed(settings.estimation.end)}`
  );
}

/** Labels that tell events apart: the ticker, with the date or id where tickers repeat. */
function eventLabels(result: StudyResult): string[] {
  const count = new Map<string, number>();
  for (const event of result.events) count.set(event.ticker, (count.get(event.ticker) ?? 0) + 1);
  return result.events.map((event) =>
    count.get(event.ticker)! > 1 ? `${event.ticker} ${event.day0}` : event.ticker,
  );
}

function formatPercentTick(value: number, step: number): string {
  const percentStep = Math.abs(step * 100);
  const digits = percentStep >= 1 ? 0 : percentStep >= 0.1 ? 1 : 2;
  const text = Math.abs(value * 100).toFixed(digits);
  return `${value < 0 && Number(text) !== 0 ? '−' : ''}${text} %`;
}

function signed(value: number): string {
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}
