import type { LinearDesign } from './linear-model';
import type { ModelInputs } from './model-inputs';

/**
 * The market model (Sharpe 1963; Fama, Fisher, Jensen & Roll 1969, "The adjustment of stock
 * prices to new information", International Economic Review 10(1); MacKinlay 1997, "Event
 * studies in economics and finance", Journal of Economic Literature 35(1)):
 * `R_t = α + β R_mt + ε_t`, OLS on the estimation window; `AR_t = R_t − α̂ − β̂ R_mt`, k = 2.
 *
 * @param inputs - listing and benchmark returns on the event calendar
 * @returns the linear design regressing R on (1, R_m)
 *
 * @example
 * ```ts
 * const design = marketModel({ returns, market });
 * const fit = fitLinearModel(design, estimationRows);
 * ```
 */
export function marketModel(inputs: ModelInputs): LinearDesign {
  if (!inputs.market) throw new Error('marketModel: the event has no benchmark returns');
  return { name: 'market', y: inputs.returns, x: [inputs.market], names: ['market'], intercept: true };
}
