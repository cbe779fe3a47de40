import { describe, expect, test } from 'vitest';
import { parsePrices } from '../../src/index';
import { formatInspection } from '../../src/report/format-inspection';
import { inspectPrices } from '../../src/report/inspect-prices';
import { bundled } from '../helpers/xiaomi';

describe('inspectPrices', () => {
  test('finds gaps of more than 5 weekdays and jumps above 25 %', () => {
    const csv = [
      'date,close',
      '2021-01-04,100', // Monday
      '2021-01-05,101',
      '2021-01-13,102', // 5 weekdays missing (6–12 Jan): not a gap
      '2021-01-22,140', // 6 weekdays missing (14–21 Jan): a gap; +37.25 %: a jump
      '2021-01-25,',
      '2021-01-26,104', // −25.7 %: a jump
      '2021-01-27,110',
    ].join('\n');
    const [series] = parsePrices(csv, { file: 'x.csv', ticker: 'X' });
    const inspection = inspectPrices(series!);
    expect(inspection).toMatchObject({
      ticker: 'X',
      file: 'x.csv',
      format: 'plain',
      rows: 6,
      first: '2021-01-04',
      last: '2021-01-27',
    });
    expect(inspection.missingPrices).toBe(1);
    expect(inspection.gaps).toEqual([{ from: '2021-01-13', to: '2021-01-22', weekdays: 6 }]);
    expect(inspection.jumps.map((jump) => jump.date)).toEqual(['2021-01-22', '2021-01-26']);
    expect(inspection.jumps[0]!.return).toBeCloseTo(140 / 102 - 1, 12);
    const text = formatInspection([inspection]);
    expect(text).toContain('gap   2021-01-13 → 2021-01-22: 6 weekdays without a price');
    expect(text).toContain('jump  2021-01-22: +37.25 %');
  });

  test('uses the vendor previous close: the limit-up day of 601633 is +9.99 %, not a jump', () => {
    const [series] = bundled('cn/sh601633.csv');
    const inspection = inspectPrices(series!);
    expect(inspection.format).toBe('cn-vendor');
    expect(inspection.jumps).toEqual([]);
    expect(inspection.gaps.map((gap) => gap.from)).toContain('2015-06-18'); // trading suspension
  });
});
