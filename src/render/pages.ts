// A part of the plan laid out on as many landscape pages as it takes to stay legible: the whole
// part when it fits; else each branch under its top box on its own page, and so on down. A branch
// that is one box with more children than a page holds is drawn as it is, and said to be too small.
import type { Lang } from '../core/message.js';
import type { Plan } from '../model/plan.js';
import type { ChartFilter } from '../model/select.js';
import { buildChart, type Chart, type Direction } from './chart.js';
import { chartToDot } from './graph.js';
import { dotToSvg } from './layout.js';
import { pageFit, type PageFit, type PageName } from './page.js';

export interface PagePart {
  chart: Chart;
  svg: string;
  fit: PageFit;
}

/**
 * Boxes a page holds at best (a box at full size takes about 60 × 25 mm with its spacing): a part
 * with more is split without being laid out first, which spares a layout of the whole OPD.
 */
const MAX_BOXES: Record<PageName, number> = { a4: 45, a3: 90 };

interface Options {
  page: PageName;
  lang: Lang;
  /** As asked; undefined: the direction that prints larger. */
  direction?: Direction;
}

/** One layout of a part, in the direction asked or the better of TB and LR. */
export async function layOut(plan: Plan, filter: ChartFilter, opts: Options): Promise<PagePart> {
  const tries: Direction[] = opts.direction ? [opts.direction] : ['TB', 'LR'];
  let best: PagePart | undefined;
  for (const direction of tries) {
    const chart = buildChart(plan, { ...filter, direction, lang: opts.lang });
    const svg = await dotToSvg(chartToDot(chart));
    const fit = pageFit(svg, opts.page);
    if (!best || fit.scale > best.fit.scale) best = { chart, svg, fit };
    if (fit.scale >= 1) break;
  }
  return best!;
}

/** The pages of a part: itself when legible, else the pages of each branch under its top box(es). */
export async function pagesOf(plan: Plan, filter: ChartFilter, opts: Options): Promise<PagePart[]> {
  const chart = buildChart(plan, { ...filter, direction: opts.direction ?? 'TB', lang: opts.lang });
  const units = branches(chart);
  if (chart.boxes.length <= MAX_BOXES[opts.page] || !units.length) {
    const part = await layOut(plan, filter, opts);
    if (part.fit.legible || !units.length) return [part];
  }
  const out: PagePart[] = [];
  // The box split under goes first, with its children, so that no box of the part is left out.
  const top = oneTop(chart);
  if (top && (filter.opd === undefined || top.node.opd?.id === filter.opd)) out.push(await layOut(plan, { ...filter, root: top.node.id, depth: 1 }, opts));
  for (const root of units) out.push(...(await pagesOf(plan, { ...filter, root }, opts)));
  return out;
}

function oneTop(chart: Chart): Chart['boxes'][number] | undefined {
  const below = new Set(chart.links.filter((l) => !l.crosscutting).map((l) => l.to));
  const tops = chart.boxes.filter((b) => !below.has(b));
  return tops.length === 1 ? tops[0] : undefined;
}

/** Where a chart splits: its top boxes when it has several, else the children of its one top box. */
function branches(chart: Chart): string[] {
  const top = oneTop(chart);
  if (!top) {
    const below = new Set(chart.links.filter((l) => !l.crosscutting).map((l) => l.to));
    return chart.boxes.filter((b) => !below.has(b)).map((b) => b.node.id);
  }
  return chart.links.filter((l) => !l.crosscutting && l.from === top).map((l) => l.to.node.id);
}
