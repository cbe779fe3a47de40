/**
 * Compile-time checks of the public types (`npm run typecheck` covers this file; vitest runs
 * the `expectTypeOf` assertions, which are checked by the compiler too): a misspelt test name in
 * `StudySpec.tests` or in `result.tests` does not compile, and each option list has one name.
 * Every `@ts-expect-error` line fails the typecheck if the error it expects goes away.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type {
  CarMeasure,
  CarSummary,
  ConventionPreset,
  DayZeroReason,
  DecimalSeparator,
  EventResult,
  GroupComparison,
  GroupResult,
  GroupTestName,
  NegativePricePolicy,
  NonTradingDayPolicy,
  ParsePricesOptions,
  PricesFromColumnsOptions,
  RegressCarsOptions,
  RegressionWeights,
  ReturnKind,
  ReturnUnits,
  StudiedMeasure,
  StudyResult,
  StudySpec,
  TestName,
  TestSeries,
  TestValue,
  ThinTradingPolicy,
} from '../../src/index';
import type { LoadPricesOptions as NodeLoadPricesOptions } from '../../src/node/index';

/** Never called: its body only has to compile (or, on the marked lines, not to). */
function compileOnly(spec: StudySpec, result: StudyResult): void {
  const ok: StudySpec = { ...spec, tests: ['patell', 'bmp', 'corradoRank'] };
  const all: StudySpec = { ...spec, tests: 'all' };
  // @ts-expect-error 'patel' is not a test name
  const misspelt: StudySpec = { ...spec, tests: ['patel'] };
  // @ts-expect-error 'some' is neither a list of names nor 'all'
  const notAll: StudySpec = { ...spec, tests: 'some' };
  result.tests.patell?.statistic;
  // @ts-expect-error no test is called 'patel'
  result.tests.patel;
  result.cars[0]?.tests.kp?.pValue;
  // @ts-expect-error no test is called 'KP'
  result.cars[0]?.tests.KP;
  result.groupComparison?.[0]?.tests.mannWhitney?.pValue;
  // @ts-expect-error the groups are compared by 'welch', not 'welsh'
  result.groupComparison?.[0]?.tests.welsh;
  // @ts-expect-error an option value outside its list
  const wrongPolicy: StudySpec = { ...spec, nonTradingDay: 'nearest' };
  // @ts-expect-error a preset that does not exist
  const wrongPreset: StudySpec = { ...spec, conventions: 'eventus' };
  void [ok, all, misspelt, notAll, wrongPolicy, wrongPreset];
}
void compileOnly;

describe('public types', () => {
  test('TestName is the union of the seventeen cross-event tests', () => {
    expectTypeOf<'patell'>().toExtend<TestName>();
    expectTypeOf<'bootstrap'>().toExtend<TestName>();
    expectTypeOf<'patel'>().not.toExtend<TestName>();
    expectTypeOf<StudySpec['tests']>().toEqualTypeOf<readonly TestName[] | 'all' | undefined>();
  });

  test('result.tests is keyed by TestName, a test not run being absent', () => {
    expectTypeOf<StudyResult['tests']['patell']>().toEqualTypeOf<TestSeries | undefined>();
    expectTypeOf<CarSummary['tests']['kp']>().toEqualTypeOf<TestValue | undefined>();
    expectTypeOf<GroupResult['tests']['bmp']>().toEqualTypeOf<TestSeries | undefined>();
    expectTypeOf<keyof StudyResult['tests']>().toEqualTypeOf<TestName>();
    expectTypeOf<keyof GroupComparison['tests']>().toEqualTypeOf<GroupTestName>();
  });

  test('each option list has one name, used wherever the option appears', () => {
    expectTypeOf<StudySpec['returns']>().toEqualTypeOf<ReturnKind | undefined>();
    expectTypeOf<StudyResult['settings']['returns']>().toEqualTypeOf<ReturnKind>();
    expectTypeOf<StudySpec['measure']>().toEqualTypeOf<StudiedMeasure | undefined>();
    expectTypeOf<StudySpec['nonTradingDay']>().toEqualTypeOf<NonTradingDayPolicy | undefined>();
    expectTypeOf<StudyResult['settings']['nonTradingDay']>().toEqualTypeOf<NonTradingDayPolicy>();
    expectTypeOf<StudySpec['thinTrading']>().toEqualTypeOf<ThinTradingPolicy | undefined>();
    expectTypeOf<Exclude<StudySpec['conventions'], object | undefined>>().toEqualTypeOf<ConventionPreset>();
    expectTypeOf<EventResult['reason']>().toEqualTypeOf<DayZeroReason>();
    expectTypeOf<ParsePricesOptions['negativePrices']>().toEqualTypeOf<NegativePricePolicy | undefined>();
    expectTypeOf<PricesFromColumnsOptions['negativePrices']>().toEqualTypeOf<
      NegativePricePolicy | undefined
    >();
    expectTypeOf<NodeLoadPricesOptions['negativePrices']>().toEqualTypeOf<NegativePricePolicy | undefined>();
    expectTypeOf<ParsePricesOptions['returnUnits']>().toEqualTypeOf<ReturnUnits | undefined>();
    expectTypeOf<ParsePricesOptions['decimal']>().toEqualTypeOf<DecimalSeparator | undefined>();
    expectTypeOf<RegressCarsOptions['dependent']>().toEqualTypeOf<CarMeasure | undefined>();
    expectTypeOf<RegressCarsOptions['weights']>().toEqualTypeOf<RegressionWeights | undefined>();
  });
});
