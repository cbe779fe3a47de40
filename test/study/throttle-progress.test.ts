import { describe, expect, it } from 'vitest';
import { eventStudy } from '../../src/study/event-study';
import { throttleProgress } from '../../src/study/throttle-progress';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

describe('throttleProgress', () => {
  it('calls at most once per interval, with increasing done, and always at the end', () => {
    let clock = 0;
    const calls: [number, number][] = [];
    const progress = throttleProgress(
      (done, total) => calls.push([done, total]),
      200,
      () => clock,
    );
    for (let done = 1; done <= 1000; done++) {
      clock += 1; // 1 ms per step: 1,000 ms in all
      progress(done, 1000);
    }
    progress(1000, 1000); // a repeated final call is not reported twice
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls[0]).toEqual([1, 1000]);
    expect(calls.at(-1)).toEqual([1000, 1000]);
    for (let k = 1; k < calls.length; k++) {
      expect(calls[k]![0]).toBeGreaterThan(calls[k - 1]![0]);
    }
  });

  it('is a no-op without a callback', () => {
    expect(() => throttleProgress(undefined)(1, 1)).not.toThrow();
  });
});

describe('eventStudy progress', () => {
  it('reports increasing counts and a final done === total', () => {
    const calls: [number, number][] = [];
    const many = Array.from({ length: 200 }, (_, k) => xiaomiEvents[k % xiaomiEvents.length]!);
    eventStudy({
      prices: xiaomiPrices(),
      events: many,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.at(-1)).toEqual([200, 200]);
    for (let k = 1; k < calls.length; k++) expect(calls[k]![0]).toBeGreaterThan(calls[k - 1]![0]);
  });
});
