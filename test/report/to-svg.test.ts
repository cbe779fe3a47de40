import { describe, expect, test } from 'vitest';
import { ConfigError, eventStudy } from '../../src/index';
import { caarBand } from '../../src/report/caar-band';
import { niceTicks } from '../../src/report/nice-ticks';
import { escapeXml, wrapText } from '../../src/report/svg-text';
import { caarChart, carChart } from '../../src/report/to-svg';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const result = eventStudy({ prices: xiaomiPrices(), events: xiaomiEvents });
const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern, 'g'))?.length ?? 0;

/** Every opened element is closed, in order: a cheap well-formedness check without a DOM. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('caarBand', () => {
  test('is CAAR ± 1.96 × sd(CAR_t) / √N', () => {
    const band = caarBand(result);
    const j = result.days.indexOf(0);
    const cars = result.events.map((event) => event.car[j]!);
    const mean = cars.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(cars.reduce((a, b) => a + (b - mean) ** 2, 0) / 2);
    expect(band.se[j]).toBeCloseTo(sd / Math.sqrt(3), 14);
    expect(band.upper[j]).toBeCloseTo(result.caar[j]! + 1.96 * (sd / Math.sqrt(3)), 14);
    expect(band.lower[j]).toBeCloseTo(result.caar[j]! - 1.96 * (sd / Math.sqrt(3)), 14);
    expect(band.n).toEqual(result.days.map(() => 3));
  });
});

describe('caarChart', () => {
  const svg = caarChart(result);

  test('is a standalone, well-formed SVG document with a title', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="chart-title">Cumulative average abnormal return (CAAR)</title>');
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('draws one CAAR path with a dot per day, one band, one AAR bar per day', () => {
    expect(count(svg, /class="line"/)).toBe(1);
    expect(count(svg, /class="marker"/)).toBe(11);
    expect(count(svg, /class="band"/)).toBe(1);
    expect(count(svg, /class="bar"/)).toBe(11);
    expect(count(svg, /class="zero-line"/)).toBe(1);
    expect(svg).toContain('>day 0</text>');
  });

  test('labels the 11 event days and the axes, and explains the band', () => {
    for (const day of ['−5', '−1', '0', '1', '5']) expect(svg).toContain(`>${day}</text>`);
    expect(count(svg, /class="tick-label"[^>]*text-anchor="middle"/)).toBe(11);
    expect(svg).toContain('Event day (trading days relative to day 0)');
    expect(svg).toMatch(/1\.96 × the cross-sectional standard error/);
    expect(svg).toContain('/ √3');
    expect(svg).toMatch(/>−?\d+ %<\/text>/);
  });

  test('has no band for a single event, and says why', () => {
    const one = caarChart(eventStudy({ prices: xiaomiPrices(), events: [xiaomiEvents[0]!] }));
    expect(count(one, /class="band"/)).toBe(0);
    expect(one).toContain('needs at least two events');
  });
});

describe('carChart', () => {
  test('draws and labels one line per event plus the CAAR', () => {
    const svg = carChart(result);
    expect(count(svg, /class="line"/)).toBe(4);
    expect(count(svg, /class="end-label"/)).toBe(3);
    for (const ticker of ['1810.HK', '2333.HK', '601633.SS']) expect(svg).toContain(`data-label="${ticker}"`);
    expect(svg).toContain('data-label="CAAR (mean)"');
    expect(wellFormed(svg)).toBe(true);
  });

  test('beyond maxLabelled: a percentile fan, the highest and lowest final CARs labelled', () => {
    const svg = carChart(result, { maxLabelled: 1 });
    // Three events: one highest and one lowest (never more than half of the events each).
    const last = result.days.length - 1;
    const byFinal = [...result.events].sort((a, b) => b.car[last]! - a.car[last]!);
    expect([...svg.matchAll(/class="end-label"[^>]*>([^<]+)</g)].map((m) => m[1]).sort()).toEqual(
      [byFinal[0]!.ticker, byFinal[2]!.ticker].sort(),
    );
    expect(count(svg, /class="band"/)).toBe(2);
    expect(svg).toContain('data-label="median"');
    expect(svg).toContain('5–95 % of events');
  });

  test('options: title, size, decimal y labels, band level and colours', () => {
    const svg = caarChart(result, {
      title: 'Xiaomi',
      width: 640,
      height: 400,
      yFormat: 'decimal',
      digits: 3,
      bandLevel: 0.9,
      colors: { caar: '#ff0000', bars: '#00ff00' },
    });
    expect(svg).toContain('width="640" height="400"');
    expect(svg).toContain('>Xiaomi</text>');
    expect(svg).toMatch(/>0\.050<\/text>/);
    expect(svg).not.toContain(' %</text>');
    expect(svg).toContain('90 % band, CAAR ± 1.64 ×');
    expect(svg).toContain('stroke="#ff0000"');
    expect(svg).toContain('fill="#00ff00"');
    // The 90 % band is CAAR ± 1.64 standard errors.
    const band = caarBand(result, 1.64);
    expect(band.upper[0]! - result.caar[0]!).toBeCloseTo(1.64 * band.se[0]!, 14);
    expect(() => caarChart(result, { bandLevel: 95 })).toThrow(ConfigError);
  });

  test('repeated tickers are told apart by date, and text is escaped', () => {
    const twice = eventStudy({
      prices: xiaomiPrices(),
      events: [xiaomiEvents[0]!, { ...xiaomiEvents[0]!, date: '2021-06-01' }],
    });
    const svg = carChart(twice, { title: 'R&D <news>' });
    expect(svg).toContain('data-label="1810.HK 2021-03-26"');
    expect(svg).toContain('data-label="1810.HK 2021-06-01"');
    expect(svg).toContain('R&amp;D &lt;news&gt;');
  });
});

describe('chart helpers', () => {
  test('niceTicks uses steps of 1, 2 or 5 × 10^k and covers the range', () => {
    expect(niceTicks(-0.062, 0.051)).toEqual([-0.1, -0.05, 0, 0.05, 0.1]);
    expect(niceTicks(-0.062, 0.051, 7)).toEqual([-0.08, -0.06, -0.04, -0.02, 0, 0.02, 0.04, 0.06]);
    expect(niceTicks(0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(3, 3)).toEqual([2.6, 2.8, 3, 3.2, 3.4]);
  });

  test('escapeXml and wrapText', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
    const lines = wrapText('one two three four five six seven eight nine ten', 80, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });
});

describe('caarChart options, one at a time', () => {
  test('title: replaces the default title, in the text and in <title>', () => {
    const svg = caarChart(result, { title: 'Xiaomi and Great Wall, 2021-03-26' });
    expect(svg).toContain('<title id="chart-title">Xiaomi and Great Wall, 2021-03-26</title>');
    expect(svg).not.toContain('Cumulative average abnormal return');
  });

  test('width and height: the document size and its viewBox', () => {
    const svg = caarChart(result, { width: 1200, height: 700 });
    expect(svg).toContain('width="1200" height="700" viewBox="0 0 1200 700"');
    expect(wellFormed(svg)).toBe(true);
  });

  test('a narrow chart wraps its title and subtitle instead of running off the edge', () => {
    const wide = caarChart(result);
    const narrow = caarChart(result, { width: 420, height: 400 });
    expect(count(wide, /class="title"/)).toBe(1);
    expect(count(wide, /class="subtitle"/)).toBe(1);
    expect(count(narrow, /class="title"/)).toBe(2);
    expect(count(narrow, /class="subtitle"/)).toBeGreaterThan(1);
    expect(narrow).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('colours: the CAAR line and band take colors.caar, the bars colors.bars', () => {
    const svg = caarChart(result, { colors: { caar: '#aa0011', bars: '#00bb22' } });
    expect(svg).toMatch(/class="line"[^>]*stroke="#aa0011"|stroke="#aa0011"[^>]*class="line"/);
    expect(count(svg, /fill="#00bb22"/)).toBeGreaterThanOrEqual(result.days.length);
    expect(svg).not.toContain('#1f4e9c');
  });

  test('bandLevel: 99 % is CAAR ± 2.58 se, and the caption says so', () => {
    const svg = caarChart(result, { bandLevel: 0.99 });
    expect(svg).toContain('99 % band, CAAR ± 2.58 ×');
    expect(() => caarChart(result, { bandLevel: 0 })).toThrow(ConfigError);
    expect(() => caarChart(result, { bandLevel: 1 })).toThrow(ConfigError);
  });

  test("yFormat: 'percent' (the default) prints 5 %, 'decimal' prints 0.05", () => {
    expect(caarChart(result)).toMatch(/>5 %<\/text>/);
    const decimal = caarChart(result, { yFormat: 'decimal' });
    expect(decimal).toMatch(/>0\.05<\/text>/);
    expect(decimal).not.toMatch(/ %<\/text>/);
  });

  test('digits: the y labels carry that many decimals', () => {
    expect(caarChart(result, { digits: 2 })).toMatch(/>5\.00 %<\/text>/);
    expect(caarChart(result, { yFormat: 'decimal', digits: 4 })).toMatch(/>0\.0500<\/text>/);
  });
});
