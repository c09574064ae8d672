// The legend of a DOT chart: one sample box per tier and for a mitra, and the two kinds of link,
// drawn with the very styles of the chart so that the key cannot drift from what it explains.
import { msg, say, type Lang, type Msg } from '../core/message.js';
import type { DotGraph } from './dot.js';
import { escapeHtml } from './labels.js';
import { boxStyle, styleAttr, LINK_STYLE, TIER_NAMES, TIER_OF } from './style.js';
import type { Level } from '../model/plan.js';
import type { Chart } from './chart.js';

/** Node ids of the legend use "~", which a plan id cannot contain. */
const ID = (name: string) => `~legend-${name}`;

export interface LegendEntry {
  level: Level;
  mitra: boolean;
  title: Msg;
  text: Msg;
}

/** The boxes of the legend, shared with the Mermaid chart. */
export const LEGEND_BOXES: LegendEntry[] = [
  { level: 'sasaran', mitra: false, title: TIER_NAMES.strategic, text: msg('goal, Pemda target (sasaran)', 'tujuan, sasaran Pemda') },
  { level: 'ksf', mitra: false, title: TIER_NAMES.strategic, text: msg('key success factor', 'faktor kunci keberhasilan') },
  { level: 'sasaran_opd', mitra: false, title: TIER_NAMES.tactical, text: msg('OPD strategic target, program', 'sasaran strategis OPD, program') },
  { level: 'kegiatan', mitra: false, title: TIER_NAMES.operational, text: msg('kegiatan, sub kegiatan', 'kegiatan, sub kegiatan') },
  { level: 'sasaran_opd', mitra: true, title: msg('Partner (mitra)', 'Mitra'), text: msg('outside the Pemda budget', 'di luar APBD Pemda') },
];

/** Which legend entry explains a box: a partner's, a key success factor's, else its tier's. */
const kindOf = (level: Level, mitra: boolean): string => (mitra ? 'mitra' : level === 'ksf' ? 'ksf' : TIER_OF[level]);

/** What the legend of a chart shows: only the kinds of box and link the chart draws. */
export function legendFor(chart: Chart): { boxes: LegendEntry[]; tree: boolean; cross: boolean } {
  const drawn = new Set(chart.boxes.map((b) => kindOf(b.level, b.mitra)));
  return {
    boxes: LEGEND_BOXES.filter((e) => drawn.has(kindOf(e.level, e.mitra))),
    tree: chart.links.some((l) => !l.crosscutting),
    cross: chart.links.some((l) => l.crosscutting),
  };
}

export const LEGEND_TITLE = msg('Legend', 'Keterangan');
export const LEGEND_TREE = msg('supports its parent', 'mendukung induknya');
export const LEGEND_CROSS = msg('crosscutting: also supports', 'crosscutting: juga mendukung');

export function addLegend(g: DotGraph, chart: Chart): void {
  const lang: Lang = chart.lang;
  const shown = legendFor(chart);
  const cluster = g.createSubgraph('cluster_legend', {
    label: `<<B>${escapeHtml(say(LEGEND_TITLE, lang))}</B>>`,
    style: 'rounded,dashed',
    color: '#9A9A9A',
    fontsize: 10,
    margin: 10,
  });
  const row = cluster.createSubgraph({ rank: 'same' });
  shown.boxes.forEach((entry, i) => {
    const s = boxStyle(entry.level, entry.mitra);
    row.createNode(ID(`box${i}`), {
      shape: s.shape,
      style: styleAttr(s),
      fillcolor: s.fill,
      color: s.border,
      penwidth: s.penwidth,
      label: `<<FONT POINT-SIZE="9" COLOR="${s.ink}"><B>${escapeHtml(say(entry.title, lang))}</B></FONT><BR/><FONT POINT-SIZE="8">${escapeHtml(say(entry.text, lang))}</FONT>>`,
    });
  });
  const links = [
    ...(shown.tree ? [{ name: 'tree', style: LINK_STYLE.tree, text: LEGEND_TREE }] : []),
    ...(shown.cross ? [{ name: 'cross', style: LINK_STYLE.crosscutting, text: LEGEND_CROSS }] : []),
  ];
  for (const l of links) {
    const from = ID(`${l.name}-a`);
    const to = ID(`${l.name}-b`);
    for (const id of [from, to]) row.createNode(id, { shape: 'point', width: 0.01, style: 'invis' });
    cluster.createEdge([from, to], {
      color: l.style.color,
      style: l.style.dashed ? 'dashed' : 'solid',
      dir: l.style.dashed ? 'forward' : 'none',
      arrowhead: 'normal',
      minlen: 3,
      label: `<<FONT POINT-SIZE="8">${escapeHtml(say(l.text, lang))}</FONT>>`,
    });
  }
}
