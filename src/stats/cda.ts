import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { estimationAarSd } from './estimation-aar';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { dayColumn, mean, meanM } from './panel-columns';
import { panelPass } from './panel-passes';
import { type Computed, runNamedTest } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * Crude dependence adjustment of Brown & Warner (1985): `t = AAR_t / σ̂`, where σ̂ is the standard
 * deviation (divisor T_E − 1) of the estimation-window AAR series over its T_E relative days, so
 * that cross-sectional correlation is priced in; on a CAR window `CAAR / (√L · σ̂)` over the L days
 * with a usable AR. Reference distribution t(T_E − 1), or t(M̄ − 1) under
 * `brownWarnerDf: 'mean-m-1'` (estudy2 `brown_warner_1985`); CAR tests under `carTest: 'sum-daily'`
 * are Σ daily t / √D against N(0,1) (estudy2 `car_brown_warner_1985`).
 *
 * Brown, S. J. & Warner, J. B. (1985). Using daily stock returns: the case of event studies.
 * Journal of Financial Economics 14(1), 3–31. https://doi.org/10.1016/0304-405X(85)90042-X
 *
 * @param panel - The cross-section of abnormal returns, with estimation-window ARs.
 * @param conventions - `brownWarnerDf`, `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where no AR is usable
 * or σ̂ is undefined or zero.
 *
 * @example
 * ```ts
 * cda(panel).daily.statistic
 * ```
 */
export function cda(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  const { sd, days } = panelPass(panel, estimationAarSd); // shared with lamb
  if (!(sd > 0))
    return nanResult(panel, 'the estimation-window AAR has no variance (fewer than 2 days or constant)');
  const df = conventions.brownWarnerDf === 'mean-m-1' ? meanM(panel) - 1 : days - 1;
  const t = panel.days.length;
  const x = new Float64Array(panel.events);
  const aar = new Float64Array(t);
  const used = new Int32Array(t);
  for (let j = 0; j < t; j++) {
    used[j] = dayColumn(panel.ar, panel.events, t, j, x);
    aar[j] = used[j]! > 0 ? mean(x, used[j]!) : Number.NaN;
  }
  const tested = (s: number, note?: string): Computed => ({ statistic: s, pValue: pValueT(s, df), note });
  return runNamedTest(panel, conventions, {
    day: (j) => tested(aar[j]! / sd, used[j] === 0 ? 'no event with a usable AR' : undefined),
    car: (w) => {
      const { first, last } = panel.carWindows[w]!;
      let caar = 0;
      let l = 0;
      for (let j = first; j <= last; j++) {
        if (Number.isFinite(aar[j]!)) {
          caar += aar[j]!;
          l++;
        }
      }
      if (l === 0)
        return {
          statistic: Number.NaN,
          pValue: Number.NaN,
          note: 'no day of the CAR window has a usable AR',
        };
      return tested(caar / (Math.sqrt(l) * sd));
    },
    sumDaily: true,
  });
}
