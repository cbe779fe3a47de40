import { ConfigError } from '../errors';
import { normalQuantile } from '../stats/normal-quantile';
import type { StudyResult } from '../types';
import { caarBand } from './caar-band';
import { carFan } from './car-fan';
import { type ChartBand, type ChartLine, lineChartSvg } from './svg-line-chart';

/**
 * Options shared by {@link caarChart} and {@link carChart}.
 *
 * @category Reports
 */
export interface ChartOptions {
  /** Title (default: a description of what is drawn). */
  title?: string;
  /** Pixel width (default 900). */
  width?: number;
  /** Pixel height (default 560). */
  height?: number;
  /** Y-axis labels as percentages (`'percent'`, default: `5 %`) or as decimals (`'decimal'`: `0.05`). */
  yFormat?: 'percent' | 'decimal';
  /** Digits after the decimal point of the y labels (default: as many as the tick step needs). */
  digits?: number;
}

/**
 * Options of {@link caarChart}.
 *
 * @category Reports
 */
export interface CaarChartOptions extends ChartOptions {
  /**
   * Confidence level of the shaded band, in (0, 1) (default 0.95): CAAR ± z × the
   * cross-sectional standard error, z = Φ⁻¹((1 + level) / 2) rounded to two decimals as the
   * caption prints it (1.96 for 95 %, 1.64 for 90 %, 2.58 for 99 %).
   */
  bandLevel?: number;
  /** Colours (any SVG colour): the CAAR line and its band, and the AAR bars. */
  colors?: { caar?: string; bars?: string };
}

/**
 * Options of {@link carChart}.
 *
 * @category Reports
 */
export interface CarChartOptions extends ChartOptions {
  /**
   * Up to this many events, each is drawn as its own coloured, labelled line (default 10).
   * Beyond, the chart shows the spread as a percentile fan (5–95 % and 25–75 % of the events'
   * CARs on each day, and the median) with the `extremes` highest and lowest events labelled.
   */
  maxLabelled?: number;
  /** With the fan: how many events with the highest and with the lowest final CAR to draw and label (default 3 each). */
  extremes?: number;
  /** Colours: the CAAR line, the fan, and the events' lines (cycled). */
  colors?: { caar?: string; fan?: string; events?: readonly string[] };
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
const BAR_COLOR = '#b8c2cc';
const FAN_COLOR = '#64748b';

/**
 * Draws the CAAR path over the event days as SVG, with its confidence band (default 95 %: CAAR
 * ± 1.96 × the cross-sectional standard error, the sd of the events' CAR on each day / √N, see
 * `caarBand`), the AAR of each day as bars, a zero line and a marker at day 0. The caption
 * states how the band was computed and the study's settings.
 *
 * @param result - a study result
 * @param options - title, size, y-axis format, band level, colours
 * @returns a standalone SVG document
 * @throws ConfigError for a `bandLevel` outside (0, 1)
 *
 * @example
 * ```ts
 * writeFileSync('caar.svg', caarChart(eventStudy(spec), { bandLevel: 0.9, yFormat: 'decimal' }));
 * ```
 *
 * @category Reports
 */
export function caarChart(result: StudyResult, options: CaarChartOptions = {}): string {
  const level = options.bandLevel ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new ConfigError(`caarChart: bandLevel must be between 0 and 1 (e.g. 0.95), got ${level}`);
  const z = Math.round(normalQuantile((1 + level) / 2) * 100) / 100;
  const band = caarBand(result, z);
  const n = result.events.length;
  const start = result.days[0] ?? 0;
  const color = options.colors?.caar ?? CAAR_COLOR;
  const percent = formatLevel(level);
  const bandNote =
    n >= 2
      ? `Shaded: ${percent} band, CAAR ± ${z.toFixed(2)} × the cross-sectional standard error of the CAAR (sd of the ${n} events' CAR on each day / √${n}).`
      : 'No band: a cross-sectional standard error needs at least two events.';
  return lineChartSvg({
    title: options.title ?? 'Cumulative average abnormal return (CAAR)',
    subtitle: subtitle(result),
    caption: `${bandNote} Bars: AAR, the average abnormal return of each day. CARs cumulate from day ${signed(start)}.`,
    xLabel: 'Event day (trading days relative to day 0)',
    yLabel: 'Abnormal return',
    lines: [{ label: 'CAAR', x: result.days, y: result.caar, color, width: 2.6, markers: true }],
    ...(n >= 2
      ? { band: { label: `${percent} band`, x: result.days, lower: band.lower, upper: band.upper, color } }
      : {}),
    bars: { label: 'AAR', x: result.days, y: result.aar, color: options.colors?.bars ?? BAR_COLOR },
    formatY: yTickFormat(options),
    markX: { value: 0, label: 'day 0' },
    ...size(options),
  });
}

/**
 * Draws the events' CARs over the event window as SVG, with the CAAR as a dashed line, a zero
 * line and a marker at day 0. Up to `maxLabelled` events (default 10) each get a coloured,
 * labelled line. With more, single lines would be a blur, so the chart draws the spread
 * instead: a percentile fan of the events' CARs on each day (5–95 % light, 25–75 % darker, the
 * median as a line; see `carFan`) and, labelled, the `extremes` events (default 3) with the
 * highest and the lowest final CAR, the ones a reader will want to look up.
 *
 * @param result - a study result
 * @param options - title, size, y-axis format, how many events to label, colours
 * @returns a standalone SVG document
 *
 * @example
 * ```ts
 * writeFileSync('cars.svg', carChart(eventStudy(spec), { extremes: 5 }));
 * ```
 *
 * @category Reports
 */
export function carChart(result: StudyResult, options: CarChartOptions = {}): string {
  const maxLabelled = options.maxLabelled ?? 10;
  const start = result.days[0] ?? 0;
  const fan = result.events.length > maxLabelled;
  const caar: ChartLine = {
    label: 'CAAR (mean)',
    x: result.days,
    y: result.caar,
    color: options.colors?.caar ?? '#111827',
    width: 2.2,
    dash: '7 5',
  };
  const picked = fan ? extremeEvents(result, options.extremes ?? 3) : result.events.map((_, i) => i);
  const labels = eventLabels(result);
  const palette = options.colors?.events?.length ? options.colors.events : PALETTE;
  const lines: ChartLine[] = picked.map((i, k) => ({
    label: labels[i]!,
    x: result.days,
    y: result.events[i]!.car,
    color: palette[k % palette.length]!,
    width: 2,
    endLabel: true,
  }));
  const spread = fan ? fanChart(result, options.colors?.fan ?? FAN_COLOR) : undefined;
  const n = result.events.length;
  const caption = fan
    ? `Shaded: the spread of the ${n} events' CARs on each day (5th–95th and 25th–75th percentiles); solid grey: their median; dashed: their mean (CAAR). Coloured: the ${lines.length / 2} events with the highest and the ${lines.length / 2} with the lowest CAR on day ${signed(result.days[result.days.length - 1] ?? 0)}. CARs cumulate from day ${signed(start)}.`
    : `Each line is one event's CAR, cumulated from day ${signed(start)}; the dashed line is their average (CAAR).`;
  return lineChartSvg({
    title: options.title ?? 'Cumulative abnormal return (CAR) per event',
    subtitle: subtitle(result),
    caption,
    xLabel: 'Event day (trading days relative to day 0)',
    yLabel: 'Cumulative abnormal return',
    lines: [...(spread ? [spread.median] : []), ...lines, caar],
    ...(spread ? { bands: spread.bands } : {}),
    formatY: yTickFormat(options),
    markX: { value: 0, label: 'day 0' },
    ...size(options),
  });
}

/** The 5–95 % and 25–75 % bands and the median line of the events' CARs. */
function fanChart(result: StudyResult, color: string): { bands: ChartBand[]; median: ChartLine } {
  const { quantiles } = carFan(result, [0.05, 0.25, 0.5, 0.75, 0.95]);
  const [p5, p25, p50, p75, p95] = quantiles as [number[], number[], number[], number[], number[]];
  return {
    bands: [
      { label: '5–95 % of events', x: result.days, lower: p5, upper: p95, color, opacity: 0.18 },
      { label: '25–75 % of events', x: result.days, lower: p25, upper: p75, color, opacity: 0.3 },
    ],
    median: { label: 'median', x: result.days, y: p50, color, width: 1.8 },
  };
}

/** Indices of the k events with the highest and the k with the lowest last finite CAR, highest first. */
function extremeEvents(result: StudyResult, k: number): number[] {
  const finalCar = result.events.map((event, i) => {
    for (let j = event.car.length - 1; j >= 0; j--)
      if (Number.isFinite(event.car[j]!)) return { i, car: event.car[j]! };
    return { i, car: Number.NaN };
  });
  const ranked = finalCar.filter((e) => Number.isFinite(e.car)).sort((a, b) => b.car - a.car || a.i - b.i);
  const take = Math.max(0, Math.min(Math.floor(k), Math.floor(ranked.length / 2)));
  return [...ranked.slice(0, take), ...ranked.slice(ranked.length - take)].map((e) => e.i);
}

function size(options: ChartOptions): { width?: number; height?: number } {
  return {
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
  };
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

/** `0.95` → `95 %`, `0.975` → `97.5 %`. */
function formatLevel(level: number): string {
  return `${Number((level * 100).toPrecision(6))} %`;
}

function yTickFormat(options: ChartOptions): (value: number, step: number) => string {
  const percent = (options.yFormat ?? 'percent') === 'percent';
  return (value, step) => {
    const scaled = percent ? value * 100 : value;
    const scaledStep = Math.abs(percent ? step * 100 : step);
    const digits = options.digits ?? Math.max(0, Math.ceil(-Math.log10(scaledStep) - 1e-9));
    const text = Math.abs(scaled).toFixed(Math.min(20, digits));
    return `${value < 0 && Number(text) !== 0 ? '−' : ''}${text}${percent ? ' %' : ''}`;
  };
}

function signed(value: number): string {
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}
