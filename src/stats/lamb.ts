import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { estimationAarSd } from './estimation-aar';
import { pValueNormal } from './p-value';
import type { EventPanel } from './panel';
import { meanM } from './panel-columns';
import { panelPass } from './panel-passes';
import { type Computed, runNamedTest } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * Lamb (1995) portfolio test: the crude-dependence σ̂ of the estimation-window AAR, inflated by the
 * market-model prediction error, `z_t = AAR_t / (σ̂ · √(1 + 1/M̄ + q_t))` with
 * `q_t = mean_i (x_it − x̄_i)² / S_xx,i` over the events with a usable AR (for one common benchmark
 * and estimation window, as estudy2 requires, q_t = (R_mt − R̄_m)² / S_mm), against N(0,1); on a CAR
 * window the full form `CAAR / (σ̂ · √(L + L²/M̄ + mean_i (Σ_t (x_it − x̄_i))² / S_xx,i))`, or
 * Σ daily z / √D under `carTest: 'sum-daily'` (estudy2 `car_lamb`). Needs `panel.marketReturn`,
 * `panel.marketMean` and `panel.marketSS`.
 *
 * Lamb, R. P. (1995). An exposure-based analysis of property-liability insurer stock values around
 * Hurricane Andrew. Journal of Risk and Insurance 62(1), 111–123. https://doi.org/10.2307/253695
 * (estudy2 `lamb`.)
 *
 * @param panel - The cross-section, with the single-index regressor fields.
 * @param conventions - `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note when the market fields
 * are missing, σ̂ is undefined, or no event is usable.
 *
 * @example
 * ```ts
 * lamb(panel, estudy2Conventions).daily.statistic
 * ```
 */
export function lamb(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  const { marketReturn, marketMean, marketSS } = panel;
  if (marketReturn === undefined || marketMean === undefined || marketSS === undefined) {
    return nanResult(panel, 'needs the market-model regressor (panel.marketReturn, marketMean, marketSS)');
  }
  const { sd } = panelPass(panel, estimationAarSd); // shared with cda
  if (!(sd > 0))
    return nanResult(panel, 'the estimation-window AAR has no variance (fewer than 2 days or constant)');
  const mBar = meanM(panel);
  const t = panel.days.length;
  const n = panel.events;
  // Per day: AAR_t and z_t, with why z_t is undefined where it is.
  const aar = new Float64Array(t);
  const days: Computed[] = [];
  for (let j = 0; j < t; j++) {
    let sum = 0;
    let q = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = panel.ar[i * t + j]!;
      if (!Number.isFinite(v)) continue;
      const dx = marketReturn[i * t + j]! - marketMean[i]!;
      sum += v;
      q += (dx * dx) / marketSS[i]!;
      count++;
    }
    aar[j] = count > 0 ? sum / count : Number.NaN;
    const s = count > 0 ? aar[j]! / (sd * Math.sqrt(1 + 1 / mBar + q / count)) : Number.NaN;
    let note: string | undefined;
    if (count === 0) note = 'no event with a usable AR';
    else if (!Number.isFinite(s)) note = 'market return or S_mm missing';
    days.push({ statistic: s, pValue: pValueNormal(s), note });
  }
  return runNamedTest(panel, conventions, {
    day: (j) => days[j]!,
    car: (w) => {
      const { first, last } = panel.carWindows[w]!;
      const l = last - first + 1;
      let caar = 0;
      for (let j = first; j <= last; j++) caar += aar[j]!;
      let q = 0;
      let count = 0;
      for (let i = 0; i < n; i++) {
        let dx = 0;
        for (let j = first; j <= last; j++) dx += marketReturn[i * t + j]! - marketMean[i]!;
        if (!Number.isFinite(dx)) continue;
        q += (dx * dx) / marketSS[i]!;
        count++;
      }
      const s = caar / (sd * Math.sqrt(l + (l * l) / mBar + q / count));
      const note = Number.isFinite(s)
        ? undefined
        : 'a day of the CAR window has no usable AR or market return';
      return { statistic: s, pValue: pValueNormal(s), note };
    },
    sumDaily: true,
  });
}
