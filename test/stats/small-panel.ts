import type { EventPanel } from '../../src/stats/panel';

export interface SmallEvent {
  /** Window ARs, one per relative day (`NaN` = unusable). SAR = AR (s = 1, C_t = 1) unless given. */
  ar: number[];
  sar?: number[];
  /** Calendar dates (epoch days) of the window days; default day index + 1000. */
  dates?: number[];
  /** Estimation ARs with their relative days and calendar dates. */
  est: { ar: number[]; days: number[]; dates?: number[] };
  df?: number;
  m?: number;
  sigma?: number;
}

/** A hand-sized EventPanel; CAR windows given as column ranges, CAR = Σ AR, SCAR = Σ SAR / √L. */
export function smallPanel(
  days: number[],
  events: SmallEvent[],
  carWindows: [number, number][] = [],
): EventPanel {
  const n = events.length;
  const t = days.length;
  const ar = new Float64Array(n * t);
  const sar = new Float64Array(n * t);
  const windowDate = new Int32Array(n * t);
  const offsets = new Int32Array(n + 1);
  const estAr: number[] = [];
  const estDay: number[] = [];
  const estDate: number[] = [];
  events.forEach((e, i) => {
    for (let j = 0; j < t; j++) {
      ar[i * t + j] = e.ar[j]!;
      sar[i * t + j] = (e.sar ?? e.ar)[j]!;
      windowDate[i * t + j] = e.dates?.[j] ?? 1000 + j;
    }
    e.est.ar.forEach((v, k) => {
      estAr.push(v);
      estDay.push(e.est.days[k]!);
      estDate.push(e.est.dates?.[k] ?? 1000 + e.est.days[k]! - days[0]!);
    });
    offsets[i + 1] = estAr.length;
  });
  const windows = carWindows.map(([first, last]) => ({
    window: [days[first]!, days[last]!] as [number, number],
    first,
    last,
  }));
  const car = new Float64Array(windows.length * n);
  const scar = new Float64Array(windows.length * n);
  windows.forEach(({ first, last }, w) => {
    for (let i = 0; i < n; i++) {
      let c = 0;
      let s = 0;
      for (let j = first; j <= last; j++) {
        c += ar[i * t + j]!;
        s += sar[i * t + j]!;
      }
      car[w * n + i] = c;
      scar[w * n + i] = s / Math.sqrt(last - first + 1);
    }
  });
  return {
    events: n,
    days,
    ar,
    sar,
    windowDate,
    df: Float64Array.from(events, (e) => e.df ?? 10),
    m: Float64Array.from(events, (e) => e.m ?? 12),
    sigma: Float64Array.from(events, (e) => e.sigma ?? 1),
    estimation: {
      offsets,
      ar: Float64Array.from(estAr),
      day: Int32Array.from(estDay),
      date: Int32Array.from(estDate),
    },
    carWindows: windows,
    car,
    scar,
    bhar: car.slice(),
  };
}

/** Estimation ARs on consecutive relative days from `first` (default −4 … −4 + n − 1). */
export const est = (ar: number[], first = -4): { ar: number[]; days: number[] } => ({
  ar,
  days: ar.map((_, k) => first + k),
});

/** Two events on day 0 alone (ARs 1 and 2, estimation ARs [1, 2] and [2, 5]), one CAR window [0, 0]. */
export function twoEventDay0Panel(): EventPanel {
  return smallPanel(
    [0],
    [
      { ar: [1], est: est([1, 2]) },
      { ar: [2], est: est([2, 5]) },
    ],
    [[0, 0]],
  );
}
