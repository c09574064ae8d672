// SVG → PNG with resvg and the DejaVu fonts shipped in node_modules: the picture never depends
// on the fonts of the machine it is made on.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FONT } from './style.js';

/** Print-quality zoom: 1.5 × 96 dpi, so 10 pt text is 20 px high. */
const ZOOM = 1.5;
export const MAX_WIDTH = 4000;
export const MAX_PIXELS = 16_000_000;

const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'];

export function fontFiles(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return FACES.map((f) => join(dir, f));
}

export interface Png {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Below 1, text is smaller than on screen at 96 dpi: the chart was too big. */
  zoom: number;
}

/**
 * Renders at print zoom, scaled down so the width stays ≤ 4000 px and the image ≤ 16 Mpx; or at
 * a given width (a page), on white so that the page's margins print white.
 */
export function svgToPng(svg: string, opts: { width?: number } = {}): Png {
  const font = { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT, sansSerifFamily: FONT };
  const probe = new Resvg(svg, { font });
  const w = probe.width;
  const h = probe.height;
  const zoom = opts.width ? opts.width / w : Math.min(ZOOM, MAX_WIDTH / w, Math.sqrt(MAX_PIXELS / (w * h)));
  const png = new Resvg(svg, {
    font,
    background: opts.width ? 'white' : undefined,
    fitTo: { mode: 'width', value: Math.max(1, Math.floor(w * zoom)) },
  }).render();
  return { bytes: png.asPng(), width: png.width, height: png.height, zoom: opts.width ? 1 : zoom };
}
