/**
 * toPng renders the charts with resvg; the PNG is decoded by an independent decoder (pngjs)
 * and its pixels checked: size, background, the CAAR's colour, text in the title's place.
 */
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { caarChart, carChart, eventStudy } from '../../src/index';
import { toPng } from '../../src/node';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const result = eventStudy({ prices: xiaomiPrices(), events: xiaomiEvents });

function pixelsNear(png: PNG, rgb: [number, number, number], box?: [number, number, number, number]): number {
  const [x0, y0, x1, y1] = box ?? [0, 0, png.width, png.height];
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const k = (y * png.width + x) * 4;
      const d =
        Math.abs(png.data[k]! - rgb[0]) +
        Math.abs(png.data[k + 1]! - rgb[1]) +
        Math.abs(png.data[k + 2]! - rgb[2]);
      if (d < 30) count++;
    }
  }
  return count;
}

describe('toPng', () => {
  test('the CAAR chart at twice its SVG size: white, the CAAR line drawn, the title written', async () => {
    const png = PNG.sync.read(await toPng(caarChart(result)));
    expect([png.width, png.height]).toEqual([1800, 1120]);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    // The CAAR line and its dots in #1f4e9c.
    expect(pixelsNear(png, [0x1f, 0x4e, 0x9c])).toBeGreaterThan(2000);
    // The title is text in #1f2937 in the top band (y 30–80 at 2×): a font was found.
    expect(pixelsNear(png, [0x1f, 0x29, 0x37], [60, 30, 1200, 80])).toBeGreaterThan(1000);
  });

  test('width sets the pixel width, the height follows the aspect ratio', async () => {
    const png = PNG.sync.read(await toPng(carChart(result, { width: 600, height: 400 }), { width: 900 }));
    expect([png.width, png.height]).toEqual([900, 600]);
    // The three events' first palette colours (#0072B2, #D55E00, #009E73) are drawn.
    for (const rgb of [
      [0x00, 0x72, 0xb2],
      [0xd5, 0x5e, 0x00],
      [0x00, 0x9e, 0x73],
    ] as [number, number, number][])
      expect(pixelsNear(png, rgb)).toBeGreaterThan(200);
  });
});
