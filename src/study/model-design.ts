import { customFactorModel } from '../models/custom-factor-model';
import { dimsonModel } from '../models/dimson';
import { capmModel, FACTOR_MODELS, factorModel } from '../models/factor-model';
import type { LinearDesign } from '../models/linear-model';
import { marketAdjustedModel } from '../models/market-adjusted';
import { marketModel } from '../models/market-model';
import { meanAdjustedModel } from '../models/mean-adjusted';
import type { CustomFactorModel, FactorTable, ModelName, StudiedMeasure, ThinTradingPolicy } from '../types';
import type { EventCalendar, StudyData } from './study-data';

/**
 * Whether a model needs a benchmark series ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows): required by market-based models).
 *
 * @param model - the model name
 * @returns true for the market, market-adjusted, CAPM, Scholes–Williams and Dimson models
 *
 * @example
 * ```ts
 * needsBenchmark('market'); // true
 * needsBenchmark('mean-adjusted'); // false
 * ```
 */
export function needsBenchmark(model: ModelName | 'factors'): boolean {
  return ['market', 'market-adjusted', 'capm', 'scholes-williams', 'dimson'].includes(model);
}

/**
 * Factor columns a model reads from the factor table (the risk-free rate included).
 *
 * @param model - the model name
 * @returns the column names, empty for models without factors
 *
 * @example
 * ```ts
 * requiredFactors('ff3'); // ['RF', 'Mkt-RF', 'SMB', 'HML']
 * ```
 */
export function requiredFactors(
  model: ModelName | 'factors',
  custom?: CustomFactorModel,
  table?: FactorTable,
): readonly string[] {
  if (model === 'factors') return custom === undefined ? [] : customColumns(custom, table);
  if (model === 'capm') return ['RF'];
  const factorModel = FACTOR_MODELS[model as keyof typeof FACTOR_MODELS];
  return factorModel ? ['RF', ...factorModel] : [];
}

/**
 * Whether a custom factor model regresses excess returns on `table`: as asked, else when the
 * table has an `RF` column.
 *
 * @param custom - the custom factor model
 * @param table - the listing's factor table
 * @returns whether R − RF is the dependent variable
 *
 * @example
 * ```ts
 * usesExcessReturns({ factors: ['Mkt-RF'] }, ff3); // true (ff3 has RF)
 * ```
 */
export function usesExcessReturns(custom: CustomFactorModel, table: FactorTable | undefined): boolean {
  return custom.excessReturns ?? (table !== undefined && Object.hasOwn(table.factors, 'RF'));
}

function customColumns(custom: CustomFactorModel, table: FactorTable | undefined): readonly string[] {
  return usesExcessReturns(custom, table) ? ['RF', ...custom.factors] : custom.factors;
}

/**
 * The linear design of an event's model on its calendar, from the study's shared caches.
 *
 * @param model - the model name
 * @param data - the study's memoised data
 * @param ticker - the listing
 * @param benchmark - the benchmark ticker, if any
 * @param calendar - the event calendar
 * @param thinTrading - `'trade-to-trade'` builds the Maynes–Rumsey design with spans
 * @param measure - `'volume'` studies log(1 + volume) with the mean-adjusted model
 * @param factorTable - the listing's factor table (one per exchange), else the study's single table
 * @param custom - the custom factor model, when `model` is `'factors'`
 * @returns the design to fit
 *
 * @example
 * ```ts
 * const design = modelDesign('market', data, '1810.HK', '^HSI', data.calendar('^HSI'));
 * fitLinearModel(design, estimationRows);
 * ```
 */
export function modelDesign(
  model: ModelName | 'factors',
  data: StudyData,
  ticker: string,
  benchmark: string | undefined,
  calendar: EventCalendar,
  thinTrading: ThinTradingPolicy = 'exclude',
  measure: StudiedMeasure = 'returns',
  factorTable?: FactorTable,
  custom?: CustomFactorModel,
): LinearDesign {
  if (measure === 'volume') {
    return {
      ...meanAdjustedModel({ returns: data.logVolume(ticker, calendar) }),
      name: 'mean-adjusted volume',
    };
  }
  if (thinTrading === 'trade-to-trade')
    return tradeToTradeDesign(model as ModelName, data, ticker, benchmark, calendar);
  const returns = data.returns(ticker, calendar);
  const market = benchmark === undefined ? undefined : data.returns(benchmark, calendar);
  switch (model) {
    case 'dimson':
    case 'scholes-williams': {
      const lagged = data.shifted(benchmark!, market!, -1, calendar);
      const leading = data.shifted(benchmark!, market!, 1, calendar);
      if (model === 'dimson') return dimsonModel(returns, lagged, market!, leading);
      return {
        ...marketModel({ returns, market: market! }),
        name: 'scholes-williams',
        auxiliary: [lagged, leading],
      };
    }
    case 'market':
      return marketModel({ returns, market: market! });
    case 'mean-adjusted':
      return meanAdjustedModel({ returns });
    case 'market-adjusted':
      return marketAdjustedModel({
        returns,
        market: market!,
        excessReturns: data.difference(`${ticker}\u0000-\u0000${benchmark}`, returns, market!, calendar),
      });
    case 'factors': {
      const factors = data.factors(calendar, factorTable)!;
      const excess = usesExcessReturns(custom!, factorTable);
      const inputs = excess
        ? {
            returns,
            factors,
            excessReturns: data.difference(
              `${ticker}\u0000-RF\u0000${data.tableId(factorTable)}`,
              returns,
              factors['RF']!,
              calendar,
            ),
          }
        : { returns, factors };
      return customFactorModel(custom!.factors, excess, inputs);
    }
    default: {
      const factors = data.factors(calendar, factorTable)!;
      const excessReturns = data.difference(
        `${ticker}\u0000-RF\u0000${data.tableId(factorTable)}`,
        returns,
        factors['RF']!,
        calendar,
      );
      if (model === 'capm') {
        const excessMarket = data.difference(
          `${benchmark}\u0000-RF\u0000${data.tableId(factorTable)}`,
          market!,
          factors['RF']!,
          calendar,
        );
        return capmModel({ returns, excessReturns, excessMarket, factors });
      }
      return factorModel(model, { returns, excessReturns, factors });
    }
  }
}

/**
 * Models that `thinTrading: 'trade-to-trade'` supports (their regressors compound over spans).
 *
 * @example
 * ```ts
 * TRADE_TO_TRADE_MODELS.includes('ff3'); // false
 * ```
 */
export const TRADE_TO_TRADE_MODELS: readonly ModelName[] = ['market', 'mean-adjusted', 'market-adjusted'];

/**
 * The trade-to-trade design (Maynes & Rumsey 1993): the listing's return between trades, the
 * benchmark compounded over the same span, and the spans n_t that weight the regression.
 */
function tradeToTradeDesign(
  model: ModelName,
  data: StudyData,
  ticker: string,
  benchmark: string | undefined,
  calendar: EventCalendar,
): LinearDesign {
  const { returns, span } = data.tradeToTrade(ticker, calendar);
  const market = benchmark === undefined ? undefined : data.compounded(benchmark, ticker, calendar);
  const design =
    model === 'market'
      ? marketModel({ returns, market: market! })
      : model === 'mean-adjusted'
        ? meanAdjustedModel({ returns })
        : marketAdjustedModel({
            returns,
            market: market!,
            excessReturns: data.difference(
              `${ticker}\u0000tt-\u0000${benchmark}`,
              returns,
              market!,
              calendar,
            ),
          });
  return { ...design, span };
}
