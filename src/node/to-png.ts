/**
 * Options of {@link toPng}.
 *
 * @category Node
 */
export interface PngOptions {
  /**
   * Pixel width of the image; the height follows the SVG's aspect ratio. Default: twice the
   * SVG's own width, sharp on a slide or a high-density screen.
   */
  width?: number;
  /** Background colour (any CSS colour); default: the SVG's own (the charts draw white). */
  background?: string;
  /**
   * Font files to draw the text with, in addition to the system's fonts. Without any font
   * installed (a bare container) text would be left out, so give one here.
   */
  fontFiles?: string[];
  /**
   * The family that stands in for the charts' `system-ui, …, sans-serif` list, which resvg does
   * not resolve by itself. Default: Helvetica on macOS, Arial on Windows, DejaVu Sans elsewhere
   * (Debian's and Ubuntu's default fonts); a family that is not installed falls back to the
   * first font found.
   */
  fontFamily?: string;
}

/**
 * Renders an SVG document (such as `caarChart(result)`) to a PNG image with resvg
 * (`@resvg/resvg-js`, whose renderer ships compiled inside its npm package: no browser and no
 * download). Text uses the system's fonts (sans-serif for the charts' font list).
 *
 * @param svg - a standalone SVG document
 * @param options - `width` in pixels, `background`, extra `fontFiles`, the `fontFamily`
 * @returns the PNG file's bytes
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * await writeFile('caar.png', await toPng(caarChart(result), { width: 1800 }));
 * ```
 *
 * @category Node
 */
export async function toPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  // Loaded on first use: the native renderer is not needed to read files or run a study.
  const { Resvg } = await import('@resvg/resvg-js');
  const width = options.width ?? 2 * svgWidth(svg);
  const family = options.fontFamily ?? defaultSansFamily();
  const renderer = new Resvg(svg, {
    fitTo:
      Number.isFinite(width) && width > 0
        ? { mode: 'width', value: Math.round(width) }
        : { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: true,
      ...(options.fontFiles ? { fontFiles: options.fontFiles } : {}),
      sansSerifFamily: family,
      defaultFontFamily: family,
    },
    ...(options.background !== undefined ? { background: options.background } : {}),
    logLevel: 'off',
  });
  return renderer.render().asPng();
}

/** The `width` attribute of the root `<svg>` element, or NaN. */
function svgWidth(svg: string): number {
  const match = /<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg);
  return match ? Number(match[1]) : Number.NaN;
}

function defaultSansFamily(): string {
  if (process.platform === 'darwin') return 'Helvetica';
  return process.platform === 'win32' ? 'Arial' : 'DejaVu Sans';
}
