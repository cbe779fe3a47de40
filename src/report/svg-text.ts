import { printableText } from './printable-text';

/**
 * Font stack of every chart: the platform's UI font, which every browser and viewer has.
 *
 * @example
 * ```ts
 * `<svg font-family="${escapeXml(SVG_FONT)}">`;
 * ```
 */
export const SVG_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Escapes text for SVG/XML content and attribute values: what XML cannot hold (control
 * characters, lone surrogates) and bidirectional controls are replaced first (see
 * `printableText`), then `& < > " '` are escaped, so any ticker or id gives well-formed XML.
 *
 * @param text - any text
 * @returns the text, safe inside an element or a quoted attribute
 *
 * @example
 * ```ts
 * escapeXml('AT&T <b>'); // 'AT&amp;T &lt;b&gt;'
 * escapeXml('X\u0001'); // 'X\uFFFD'
 * ```
 */
export function escapeXml(text: string): string {
  return printableText(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Estimated width of a line of text in pixels: 0.56 em per character (0.62 em for digits and
 * capitals, 1 em for East Asian wide characters), close enough to lay labels out without a DOM.
 *
 * @param text - the text
 * @param fontSize - font size in pixels
 * @returns the estimated width in pixels
 *
 * @example
 * ```ts
 * textWidth('1810.HK', 12); // ≈ 50
 * ```
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char)) em += 1;
    else if (/[A-Z0-9%]/.test(char)) em += 0.62;
    else if (/[ .,:;'|!il]/.test(char)) em += 0.3;
    else em += 0.54;
  }
  return em * fontSize;
}

/**
 * Breaks text into lines no wider than `maxWidth` pixels, at spaces.
 *
 * @param text - the text
 * @param maxWidth - maximum line width in pixels
 * @param fontSize - font size in pixels
 * @returns the lines
 *
 * @example
 * ```ts
 * wrapText('a long caption under a chart', 80, 12); // ['a long caption', 'under a chart']
 * ```
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A coordinate rounded to a tenth of a pixel: finer than any screen shows, and short in the file.
 *
 * @param value - a pixel coordinate
 * @returns it, to one decimal
 *
 * @example
 * ```ts
 * roundPixel(12.345); // 12.3
 * ```
 */
export function roundPixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/** How an SVG `<text>` looks; `color` defaults to the chart's text colour. */
export interface SvgTextStyle {
  size: number;
  weight?: number;
  color?: string;
  anchor?: 'start' | 'middle' | 'end';
  cls: string;
}

/** The chart's default text colour. */
export const SVG_TEXT_COLOR = '#1f2937';

/**
 * An SVG `<text>` element at (x, y), its content escaped.
 *
 * @param x - pixel x of the anchor
 * @param y - pixel y of the baseline
 * @param content - the text
 * @param style - size, weight, colour, anchor and class
 * @returns the element
 *
 * @example
 * ```ts
 * svgText(40, 32, 'CAAR', { size: 20, weight: 600, cls: 'title' });
 * // '<text class="title" x="40" y="32" font-size="20" fill="#1f2937" font-weight="600">CAAR</text>'
 * ```
 */
export function svgText(x: number, y: number, content: string, style: SvgTextStyle): string {
  const attributes = [
    `class="${style.cls}"`,
    `x="${roundPixel(x)}"`,
    `y="${roundPixel(y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.color ?? SVG_TEXT_COLOR}"`,
    ...(style.weight ? [`font-weight="${style.weight}"`] : []),
    ...(style.anchor && style.anchor !== 'start' ? [`text-anchor="${style.anchor}"`] : []),
  ];
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}
