/** The reference panel and values written by test/reference/stats_reference.py. */
import { readFileSync } from 'node:fs';
import type { EventPanel } from '../../src/stats/panel';

export type Num = number | null;
export interface RefValue {
  statistic: Num;
  pValue: Num;
  rbar?: Num;
}
export interface Reference {
  panel: {
    events: number;
    days: number[];
    ar: Num[];
    sar: Num[];
    windowDate: number[];
    df: number[];
    m: number[];
    sigma: number[];
    estimation: { offsets: number[]; ar: Num[]; day: number[]; date: number[] };
    carWindows: { window: [number, number]; first: number; last: number }[];
    car: Num[];
    scar: Num[];
    bhar: Num[];
  };
  tests: Record<string, { daily: RefValue[]; cars: RefValue[] }>;
  wilcoxonSamples: { x: number[]; statistic: number; pValue: number }[];
}

export const ref = JSON.parse(
  readFileSync(new URL('../reference/stats_reference.json', import.meta.url), 'utf8'),
) as Reference;
const f64 = (x: Num[]): Float64Array => Float64Array.from(x, (v) => (v === null ? Number.NaN : v));
const p = ref.panel;
export const referencePanel: EventPanel = {
  events: p.events,
  days: p.days,
  ar: f64(p.ar),
  sar: f64(p.sar),
  windowDate: Int32Array.from(p.windowDate),
  df: Float64Array.from(p.df),
  m: Float64Array.from(p.m),
  sigma: Float64Array.from(p.sigma),
  estimation: {
    offsets: Int32Array.from(p.estimation.offsets),
    ar: f64(p.estimation.ar),
    day: Int32Array.from(p.estimation.day),
    date: Int32Array.from(p.estimation.date),
  },
  carWindows: p.carWindows,
  car: f64(p.car),
  scar: f64(p.scar),
  bhar: f64(p.bhar),
};
