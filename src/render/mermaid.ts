// The chart as a Mermaid flowchart, for Markdown that GitHub and GitLab draw in place.
import { msg, say } from '../core/message.js';
import { moreText, type Box, type Chart } from './chart.js';
import { wrap } from '../text/wrap.js';
import { escapeMermaid } from './labels.js';
import { LEGEND_CROSS, LEGEND_TITLE, LEGEND_TREE, legendFor } from './legend.js';
import { boxStyle, LINK_STYLE, TIER_OF, type BoxStyle } from './style.js';
import type { Level } from '../model/plan.js';

/** Mermaid draws at most 500 links unless its site configuration says otherwise. */
export const MERMAID_MAX_LINKS = 500;

const NAME_WIDTH = 34;
const INDICATOR_WIDTH = 40;

/** Shapes by level: rounded targets, hexagon factors, plain tactical boxes, framed activities. */
function shaped(level: Level, label: string): string {
  if (level === 'ksf') return `{{"${label}"}}`;
  const tier = TIER_OF[level];
  if (tier === 'strategic') return `("${label}")`;
  if (tier === 'operational') return `[["${label}"]]`;
  return `["${label}"]`;
}

const CLASSES = ['strategic', 'tactical', 'operational', 'mitra'] as const;

function classDef(name: string, s: BoxStyle): string {
  const dash = s.flags.includes('dashed') ? ',stroke-dasharray:5 4' : '';
  return `  classDef ${name} fill:${s.fill},stroke:${s.border},stroke-width:${s.penwidth}px,color:#111111${dash}`;
}

/** Mermaid ids: letters, digits and "_" only, prefixed so no plan id can be a keyword ("end"). */
function mermaidIds(boxes: readonly Box[]): Map<Box, string> {
  const ids = new Map<Box, string>();
  const used = new Set<string>();
  for (const box of boxes) {
    const base = `n_${box.node.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
    used.add(id);
    ids.set(box, id);
  }
  return ids;
}

function label(box: Box, chart: Chart): string {
  const lines = wrap(box.nama, NAME_WIDTH).map(escapeMermaid);
  const parts = [`<small><b>${escapeMermaid(box.heading)}</b></small>`, `<b>${lines.join('<br/>')}</b>`];
  for (const ind of box.indicators) {
    const name = wrap(ind.nama, INDICATOR_WIDTH).map(escapeMermaid).join('<br/>');
    parts.push(`<small>${name}: <b>${ind.target ? escapeMermaid(ind.target) : '–'}</b></small>`);
  }
  if (box.more) parts.push(`<small><i>${escapeMermaid(moreText(box.more, chart.lang))}</i></small>`);
  const foot = [box.opd, box.anggaran]
    .filter((x): x is string => !!x)
    .map(escapeMermaid)
    .join(' · ');
  if (foot) parts.push(`<small>${foot}</small>`);
  return parts.join('<br/>');
}

export function chartToMermaid(chart: Chart): string {
  const ids = mermaidIds(chart.boxes);
  const out: string[] = [];
  // The title stays in a comment: Mermaid has no title for flowcharts that every renderer shows.
  out.push(`%% ${escapeMermaid(chart.title)}${chart.subtitle ? ` · ${escapeMermaid(chart.subtitle)}` : ''}`);
  out.push(`flowchart ${chart.direction}`);
  for (const c of CLASSES) {
    const s = c === 'mitra' ? boxStyle('sasaran_opd', true) : boxStyle(c === 'strategic' ? 'sasaran' : c === 'tactical' ? 'program' : 'kegiatan', false);
    out.push(classDef(c, s));
  }
  for (const box of chart.boxes) out.push(`  ${ids.get(box)}${shaped(box.level, label(box, chart))}`);
  const cross: number[] = [];
  let linkNo = 0;
  for (const link of chart.links) {
    // Parent first, so the tree keeps its order; Mermaid puts no arrow at the start of a link.
    if (link.crosscutting) cross.push(linkNo);
    out.push(`  ${ids.get(link.from)} ${link.crosscutting ? '-.-' : '---'} ${ids.get(link.to)}`);
    linkNo++;
  }
  for (const c of CLASSES) {
    const members = chart.boxes.filter((b) => (c === 'mitra' ? b.mitra : !b.mitra && b.tier === c)).map((b) => ids.get(b));
    if (members.length) out.push(`  class ${members.join(',')} ${c}`);
  }
  linkNo = legend(out, chart, linkNo, cross);
  out.push(`  linkStyle default stroke:${LINK_STYLE.tree.color},stroke-width:1.3px`);
  if (cross.length) out.push(`  linkStyle ${cross.join(',')} stroke:${LINK_STYLE.crosscutting.color},stroke-width:1.5px,stroke-dasharray:5 4`);
  return `${out.join('\n')}\n`;
}

/** The legend as a subgraph of sample boxes and the two kinds of link; returns the link count. */
function legend(out: string[], chart: Chart, linkNo: number, cross: number[]): number {
  const t = (m: { en: string; id: string }) => escapeMermaid(say(m, chart.lang));
  out.push(`  subgraph legend["${t(LEGEND_TITLE)}"]`);
  out.push('    direction LR');
  const shown = legendFor(chart);
  shown.boxes.forEach((e, i) => {
    const cls = e.mitra ? 'mitra' : TIER_OF[e.level];
    out.push(`    legend_${i}${shaped(e.level, `<b>${t(e.title)}</b><br/><small>${t(e.text)}</small>`)}:::${cls}`);
  });
  const parent = t(msg('parent', 'induk'));
  const child = t(msg('child', 'anak'));
  if (shown.tree) out.push(`    legend_p1["${parent}"] ---|"${t(LEGEND_TREE)}"| legend_c1["${child}"]`);
  if (shown.cross) {
    out.push(`    legend_p2["${parent}"] -.-|"${t(LEGEND_CROSS)}"| legend_c2["${child}"]`);
    // Links are numbered in the order written: the sample sits after the tree's one, if drawn.
    cross.push(linkNo + (shown.tree ? 1 : 0));
  }
  out.push('  end');
  return linkNo + (shown.tree ? 1 : 0) + (shown.cross ? 1 : 0);
}
