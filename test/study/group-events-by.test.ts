import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors';
import { parseEvents } from '../../src/io/parse-events';
import { groupEventsBy } from '../../src/study/group-events-by';

const events = parseEvents(
  'ticker,date,market,sector\nJPM,2016-11-09,^GSPC,Financials\nDUK,2016-11-09,^GSPC,\n',
);

describe('groupEventsBy', () => {
  test('an extra column, or a field; an empty value gives no group', () => {
    expect(groupEventsBy(events, 'sector').map((e) => e.group)).toEqual(['Financials', undefined]);
    expect(groupEventsBy(events, 'ticker').map((e) => e.group)).toEqual(['JPM', 'DUK']);
    expect(events[0]!.group).toBeUndefined(); // the input is not changed
  });
  test('an unknown column is a ConfigError naming the columns there are', () => {
    expect(() => groupEventsBy(events, 'industry')).toThrow(ConfigError);
    expect(() => groupEventsBy(events, 'industry')).toThrow(/'industry'.*or one of sector/);
  });
});
