// The chart as a Graphviz graph: every plan text sits in an HTML-like label, escaped, so a name
// can never become markup, a DOT keyword or an attribute; ids are quoted by the one sanitizer.
import { moreText, type Box, type Chart } from './chart.js';
import { DotGraph } from './dot.js';
import { wrap } from '../text/wrap.js';
import { escapeHtml } from './labels.js';
import { addLegend } from './legend.js';
import { boxStyle, styleAttr, FONT, LINK_STYLE } from './style.js';

const NAME_WIDTH = 34;
const INDICATOR_WIDTH = 30;

/** The chart as DOT text: what `--format dot` prints and what WASM Graphviz lays out. */
export function chartToDot(chart: Chart): string {
  return chartToGraph(chart).toDigraph();
}

export function chartToGraph(chart: Chart): DotGraph {
  const g = new DotGraph('pohon_kinerja', {
    rankdir: chart.direction,
    label: `<${titleLabel(chart)}>`,
    labelloc: 't',
    labeljust: 'l',
    fontname: FONT,
    bgcolor: 'white',
    pad: 0.3,
    nodesep: 0.25,
    ranksep: 0.55,
    newrank: true,
  });
  g.attributes.node.apply({ fontname: FONT, fontsize: 10, margin: '0.08,0.04', color: '#333333' });
  g.attributes.edge.apply({ fontname: FONT, fontsize: 9, arrowsize: 0.7, penwidth: 1.3 });

  for (const box of chart.boxes) {
    const s = boxStyle(box.level, box.mitra);
    g.createNode(box.key, {
      shape: s.shape,
      style: styleAttr(s),
      fillcolor: s.fill,
      color: s.border,
      penwidth: s.penwidth,
      label: `<${boxLabel(box, s.ink, chart)}>`,
    });
  }
  for (const link of chart.links) {
    const s = link.crosscutting ? LINK_STYLE.crosscutting : LINK_STYLE.tree;
    g.createEdge(
      [link.from.key, link.to.key],
      link.crosscutting
        ? // Drawn from the supported box down, arrow at the box it supports; it does not shape the tree.
          { color: s.color, style: 'dashed', dir: 'back', arrowtail: 'normal', constraint: false }
        : { color: s.color, dir: 'none' },
    );
  }
  addLegend(g, chart);
  return g;
}

function titleLabel(chart: Chart): string {
  const sub = chart.subtitle ? `<BR ALIGN="LEFT"/><FONT POINT-SIZE="10" COLOR="#555555">${escapeHtml(chart.subtitle)}</FONT>` : '';
  return `<FONT POINT-SIZE="14"><B>${escapeHtml(chart.title)}</B></FONT>${sub}<BR ALIGN="LEFT"/>`;
}

const lines = (text: string, width: number) => wrap(text, width).map(escapeHtml).join('<BR/>');

/** The box's text: heading, name, indicators with their final targets, then OPD and anggaran. */
function boxLabel(box: Box, ink: string, chart: Chart): string {
  const rows: string[] = [];
  rows.push(`<TR><TD COLSPAN="3"><FONT POINT-SIZE="8" COLOR="${ink}"><B>${escapeHtml(box.heading)}</B></FONT></TD></TR>`);
  rows.push(`<TR><TD COLSPAN="3"><B>${lines(box.nama, NAME_WIDTH)}</B></TD></TR>`);
  if (box.indicators.length) {
    rows.push('<HR/>');
    for (const ind of box.indicators) {
      // An empty cell between name and target keeps them apart when both are long.
      rows.push(
        `<TR><TD ALIGN="LEFT" BALIGN="LEFT" VALIGN="TOP"><FONT POINT-SIZE="9">${lines(ind.nama, INDICATOR_WIDTH)}</FONT></TD><TD WIDTH="8"></TD>` +
          `<TD ALIGN="RIGHT" VALIGN="TOP"><FONT POINT-SIZE="9"><B>${ind.target ? escapeHtml(ind.target) : '–'}</B></FONT></TD></TR>`,
      );
    }
    if (box.more)
      rows.push(`<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="#555555"><I>${escapeHtml(moreText(box.more, chart.lang))}</I></FONT></TD></TR>`);
  }
  if (box.opd || box.anggaran) {
    // Graphviz rejects an empty <FONT> or <B>: a cell without text stays an empty cell.
    const cell = (text: string | undefined, attrs: string, bold: boolean) =>
      text ? `<TD ${attrs}><FONT POINT-SIZE="8" COLOR="${ink}">${bold ? `<B>${escapeHtml(text)}</B>` : escapeHtml(text)}</FONT></TD>` : `<TD ${attrs}></TD>`;
    rows.push('<HR/>');
    rows.push(`<TR>${cell(box.opd, 'COLSPAN="2" ALIGN="LEFT"', false)}${cell(box.anggaran, 'ALIGN="RIGHT"', true)}</TR>`);
  }
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">${rows.join('')}</TABLE>`;
}
