/**
 * Issue 20, class 9: tickers and ids hold whatever the data hold, and every report must still
 * be well-formed in its format. The per-event CAR chart was not well-formed XML when a ticker
 * held a control character or a lone surrogate; text tables printed bidi overrides (which
 * reorder what a terminal shows) and line breaks; Markdown passed raw HTML through. Every SVG
 * output is parsed here with a strict XML parser (saxes, the parser of jsdom).
 * The prices are the real Xiaomi series under hostile tickers (the property is the names).
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/format-table';
import { printableText } from '../../src/report/printable-text';
import { lineChartSvg } from '../../src/report/svg-line-chart';
import { textTable } from '../../src/report/text-table';
import { toMarkdown } from '../../src/report/to-markdown';
import { caarChart, carChart } from '../../src/report/to-svg';
import { eventStudy } from '../../src/study/event-study';
import { xiaomiPrices } from '../helpers/xiaomi';

const HOSTILE = [
  'CTRL\u0001\u0007\u001b[31m',
  'LONE\ud800SURROGATE',
  'BIDI\u202eKH.0181',
  'ISOLATE\u2066x\u2069',
  '<script>alert(1)</script>',
  ']]><!--&amp;"\'',
  'NEW\nLINE\tTAB',
  'NUL\u0000\ufffe',
];

/** The real 1810.HK, 2333.HK and 601633.SS series renamed, studied against their indices. */
function hostileResult() {
  const prices = xiaomiPrices();
  const listings = prices.filter((series) => !series.ticker.startsWith('^') && series.ticker !== '000001.SS');
  const renamed = HOSTILE.map((ticker, i) => ({ ...listings[i % listings.length]!, ticker }));
  const indices = prices.filter((series) => series.ticker === '^HSI');
  return eventStudy({
    prices: [...indices, ...renamed],
    events: HOSTILE.map((ticker, i) => ({
      id: `${HOSTILE[(i + 3) % HOSTILE.length]}`,
      ticker,
      date: '2021-03-26',
    })),
    market: '^HSI',
  });
}

/** Parses `xml` strictly; throws on the first well-formedness error. */
function parseXml(xml: string): number {
  const parser = new SaxesParser({ xmlns: true });
  let elements = 0;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', () => {
    elements++;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return elements;
}

const UNPRINTABLE = /(?![\t\n\r])\p{Cc}|[\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/u;

describe('reports of hostile tickers and ids (issue 20, class 9)', () => {
  const result = hostileResult();

  it('the study includes every hostile listing (so the reports really show them)', () => {
    expect(result.events).toHaveLength(HOSTILE.length);
  });

  it('every SVG output is well-formed XML', () => {
    const svgs = [
      caarChart(result),
      carChart(result),
      carChart(result, { maxLabelled: 20 }),
      caarChart(result, { title: HOSTILE.join(' ') }),
      lineChartSvg({
        title: HOSTILE.join(' '),
        subtitle: HOSTILE[1]!,
        caption: HOSTILE[4]!,
        xLabel: HOSTILE[5]!,
        yLabel: HOSTILE[0]!,
        lines: [{ label: HOSTILE[2]!, x: [0, 1], y: [0, 0.01], color: '#123456' }],
        markX: { value: 0, label: HOSTILE[6]! },
        legendNote: HOSTILE[7]!,
      }),
    ];
    for (const svg of svgs) {
      expect(parseXml(svg)).toBeGreaterThan(5);
      expect(svg).not.toMatch(UNPRINTABLE);
    }
  });

  it('the XML parser is strict (the test can fail)', () => {
    expect(() => parseXml('<svg xmlns="http://www.w3.org/2000/svg"><text>\u0001</text></svg>')).toThrow();
    expect(() => parseXml('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>')).toThrow();
  });

  it('text tables hold no control, bidi or surrogate character, and each row stays one line', () => {
    const text = formatTable(result);
    expect(text).not.toMatch(/(?!\n)\p{Cc}|[\u202a-\u202e\u2066-\u2069]|\p{Cs}/u);
    const table = textTable(
      ['ticker', 'AR'],
      HOSTILE.map((ticker) => [ticker, '1 %']),
    );
    expect(table.split('\n')).toHaveLength(HOSTILE.length + 2);
    const widths = new Set(table.split('\n').map((line) => [...line.padEnd(40)].length));
    expect(widths.size).toBe(1);
  });

  it('Markdown shows raw HTML as text and keeps one table row per event', () => {
    const markdown = toMarkdown(result);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toMatch(UNPRINTABLE);
    const eventRows = markdown.split('\n').filter((line) => line.includes('KH.0181'));
    expect(eventRows.length).toBeGreaterThan(0);
    for (const row of eventRows) expect(row.startsWith('|') && row.endsWith('|')).toBe(true);
  });

  it('printableText keeps ordinary text, pairs and East Asian characters', () => {
    expect(printableText('1810.HK 小米 😀 é')).toBe('1810.HK 小米 😀 é');
    expect(printableText('a\u202eb\ud800c\u0007')).toBe('a\ufffdb\ufffdc\ufffd');
  });
});
