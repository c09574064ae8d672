// A chart laid on a landscape page (A4, A3): scaled to fit inside the margins, never enlarged, centred;
// and how small its smallest text then prints, so the command can say when it is no longer legible.
import { msg, type Msg } from '../core/message.js';
import { formatNumber } from '../values/index.js';

export type PageName = 'a4' | 'a3';
/** Landscape, in millimetres. */
export const PAGES: Record<PageName, { w: number; h: number }> = { a4: { w: 297, h: 210 }, a3: { w: 420, h: 297 } };
const MARGIN_MM = 10;
const PT_PER_MM = 72 / 25.4;
/** The smallest text a chart draws, in points at full size: box headings, OPD and anggaran lines, the legend. */
export const SMALLEST_PT = 8;
/** Below this a printed label is hard to read; 6 pt is the usual floor for print. */
export const LEGIBLE_PT = 6;
/** PNG of a page: 150 dpi, enough for 6 pt text (12 px high). */
const PAGE_DPI = 150;

export interface PageFit {
  page: PageName;
  /** Size on the page ÷ size at full scale (≤ 1). */
  scale: number;
  /** The smallest text as printed, in points. */
  smallestPt: number;
  legible: boolean;
  /** The chart at full scale, in millimetres. */
  fullMm: { w: number; h: number };
  /** The page in pixels at PAGE_DPI, for the PNG. */
  px: { w: number; h: number };
}

/** The size Graphviz gave the SVG, in points. */
export function svgSizePt(svg: string): { w: number; h: number } {
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const w = Number(root.match(/\bwidth="([\d.]+)pt"/)?.[1]);
  const h = Number(root.match(/\bheight="([\d.]+)pt"/)?.[1]);
  if (!(w > 0 && h > 0)) throw new Error('the SVG has no size in points');
  return { w, h };
}

/** How the chart fits the page, without changing it. */
export function pageFit(svg: string, page: PageName): PageFit {
  const { w, h } = svgSizePt(svg);
  const p = PAGES[page];
  const room = { w: (p.w - 2 * MARGIN_MM) * PT_PER_MM, h: (p.h - 2 * MARGIN_MM) * PT_PER_MM };
  const scale = Math.min(1, room.w / w, room.h / h);
  const smallestPt = SMALLEST_PT * scale;
  const px = (mm: number) => Math.round((mm / 25.4) * PAGE_DPI);
  return {
    page,
    scale,
    smallestPt,
    legible: smallestPt >= LEGIBLE_PT - 1e-9,
    fullMm: { w: w / PT_PER_MM, h: h / PT_PER_MM },
    px: { w: px(p.w), h: px(p.h) },
  };
}

/** The SVG as one page: the page's size in millimetres, the chart at `fit.scale` in its middle. */
export function onPage(svg: string, fit: PageFit): string {
  const { w, h } = svgSizePt(svg);
  const p = PAGES[fit.page];
  const vw = (p.w * PT_PER_MM) / fit.scale;
  const vh = (p.h * PT_PER_MM) / fit.scale;
  const box = [-(vw - w) / 2, -(vh - h) / 2, vw, vh].map((n) => n.toFixed(2)).join(' ');
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    root
      .replace(/\bwidth="[^"]*"/, `width="${p.w}mm"`)
      .replace(/\bheight="[^"]*"/, `height="${p.h}mm"`)
      .replace(/\bviewBox="[^"]*"/, `viewBox="${box}"`),
  );
}

/** "297 × 210 mm". */
export const mm = (s: { w: number; h: number }) =>
  `${formatNumber(Math.ceil(s.w), { maxDecimals: 0 })} × ${formatNumber(Math.ceil(s.h), { maxDecimals: 0 })} mm`;

/** What to tell the user when the chart does not fit the page legibly. */
export function tooSmall(tag: string, fit: PageFit): Msg {
  const pt = formatNumber(fit.smallestPt, { maxDecimals: 1 });
  const size = fit.page.toUpperCase();
  const bigger = fit.page === 'a4' ? '--page a3, ' : '';
  return msg(
    `${tag}on a landscape ${size} page the chart's smallest text would print at ${pt} pt, below the ${LEGIBLE_PT} pt that stays legible (the chart is ${mm(fit.fullMm)} at full size). Use ${bigger}--split opd, --depth or --root for a part.`,
    `${tag}pada halaman ${size} mendatar, teks terkecil bagan tercetak ${pt} pt, di bawah ${LEGIBLE_PT} pt yang masih terbaca (ukuran penuh bagan ${mm(fit.fullMm)}). Gunakan ${bigger}--split opd, --depth atau --root untuk sebagian.`,
  );
}
