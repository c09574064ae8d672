import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { openPlan } from '../../src/model/open.js';
import type { Plan } from '../../src/model/plan.js';
import { buildChart, type ChartOptions } from '../../src/render/chart.js';
import { chartToDot } from '../../src/render/graph.js';
import { dotToSvg, graphviz } from '../../src/render/layout.js';
import { chartToMermaid } from '../../src/render/mermaid.js';
import { fontFiles, svgToPng } from '../../src/render/png.js';
import { ROOT } from '../helpers/cli.js';
import { hostilePlan, smallPlan } from './fixture.js';

const dotOf = (plan: Plan, opts: Partial<ChartOptions> = {}) => chartToDot(buildChart(plan, { lang: 'en', ...opts }));

/** What Graphviz itself makes of the DOT: its nodes and edges with their drawn text. */
interface GvObject {
  name: string;
  pos?: string;
  width?: string;
  _ldraw_?: Array<Record<string, unknown>>;
}
async function readByGraphviz(dot: string): Promise<GvObject & { objects: GvObject[]; edges: Array<{ tail: number; head: number; style?: string }> }> {
  const gv = await graphviz();
  return JSON.parse(gv.layout(dot, 'json', 'dot'));
}
const textsOf = (o: GvObject) => (o._ldraw_ ?? []).filter((d) => d.op === 'T').map((d) => d.text as string);

describe('DOT', () => {
  it('is read by Graphviz: one node per box plus the legend, one edge per link, crosscutting dashed', async () => {
    const chart = buildChart(smallPlan(), { lang: 'en' });
    const g = await readByGraphviz(chartToDot(chart));
    const boxes = g.objects.filter((o) => o.pos && !o.name.startsWith('~legend'));
    expect(boxes.map((o) => o.name)).toEqual(chart.boxes.map((b) => b.key));
    const legendLinks = 2;
    expect(g.edges).toHaveLength(chart.links.length + legendLinks);
    const dashed = g.edges.filter((e) => e.style === 'dashed').map((e) => `${g.objects[e.tail].name}->${g.objects[e.head].name}`);
    expect(dashed.sort()).toEqual(['SATPOL.P1->DISHUB.K2', '~legend-cross-a->~legend-cross-b']);
  });

  it('keeps every plan text as text: Graphviz draws it back character for character', async () => {
    const plan = hostilePlan();
    const g = await readByGraphviz(dotOf(plan));
    const drawn = [g, ...g.objects].flatMap(textsOf).join('\n');
    expect(drawn).toContain('<script>alert(1)</script> "quoted"');
    expect(drawn).toContain('<img src=x onerror=alert(1)>');
    expect(drawn).toContain('</TD></TR></TABLE>>]; evil [label="pwn');
    expect(drawn).toContain('Kab <b>Jahat</b> & "Co"');
    // No node was injected: the boxes and the legend, nothing else.
    expect(g.objects.filter((o) => o.pos && !o.name.startsWith('~legend')).map((o) => o.name)).toEqual(['S1', 'end', 'SS1', 'P1', 'K1']);
  });

  it('is the same bytes for the same plan', () => {
    expect(dotOf(smallPlan())).toBe(dotOf(smallPlan()));
  });
});

/** Width of a text as resvg draws it with the shipped DejaVu Sans. */
function drawnWidth(text: string, size: number, bold: boolean): number {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"><text x="0" y="50" font-family="DejaVu Sans" font-size="${size}"${bold ? ' font-weight="bold"' : ''}>${esc}</text></svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fontFiles() } }).getBBox();
  return box ? box.x + box.width : 0;
}

describe('SVG', () => {
  it('is well-formed XML, with plan markup as text and no script element', async () => {
    const svg = await dotToSvg(dotOf(hostilePlan()));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<img|<b>|<i>/i);
    const texts: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) k === '#text' ? texts.push(String(v)) : walk(v);
    };
    walk(new XMLParser({ ignoreAttributes: true, preserveOrder: true, processEntities: true, htmlEntities: true }).parse(svg));
    expect(texts).toContain('<script>alert(1)</script> "quoted"');
    expect(texts).toContain("=cmd|' /C calc'!A0 %% ]]>");
    expect(texts).toContain('<![CDATA[ x');
  });

  it('names DejaVu Sans first, with fallbacks of the same widths', async () => {
    const svg = await dotToSvg(dotOf(smallPlan()));
    expect(svg).toContain('font-family="DejaVu Sans,Verdana,sans-serif"');
    expect(svg).not.toContain('font-family="Times');
  });

  it('text drawn with the shipped font fits inside its box (Graphviz measures DejaVu Sans right)', async () => {
    const { plan } = openPlan(['examples/lalu-lintas.yaml'], ROOT);
    const g = await readByGraphviz(dotOf(plan));
    let checked = 0;
    for (const o of g.objects) {
      if (!o.pos || !o._ldraw_ || o.name.startsWith('~legend')) continue;
      const cx = Number(o.pos.split(',')[0]);
      const half = (Number(o.width) * 72) / 2;
      let size = 10;
      let bold = false;
      for (const d of o._ldraw_) {
        if (d.op === 'F') size = Number(d.size);
        if (d.op === 't') bold = d.fontchar === 1;
        if (d.op !== 'T') continue;
        const w = drawnWidth(d.text as string, size, bold);
        const x0 = (d.pt as number[])[0];
        const start = d.align === 'c' ? x0 - w / 2 : d.align === 'r' ? x0 - w : x0;
        expect(start, `${o.name}: ${d.text}`).toBeGreaterThanOrEqual(cx - half);
        expect(start + w, `${o.name}: ${d.text}`).toBeLessThanOrEqual(cx + half);
        // Graphviz's estimate is within a few percent of the real width, so columns do not overlap.
        expect(Math.abs(w - (d.width as number)) / (d.width as number), `${o.name}: ${d.text}`).toBeLessThan(0.08);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });
});

describe('PNG', () => {
  it('is a PNG drawn with the shipped font, the same bytes each time', async () => {
    const svg = await dotToSvg(dotOf(smallPlan()));
    const a = svgToPng(svg);
    const b = svgToPng(svg);
    expect(Buffer.from(a.bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    expect(a.zoom).toBe(1.5);
  });

  it('scales a wide tree down to at most 4000 px wide and 16 Mpx', async () => {
    const kegiatan = Array.from({ length: 120 }, (_, i) => `      - {id: K${i}, nama: Kegiatan nomor ${i} yang cukup panjang namanya, mendukung: P}`).join(
      '\n',
    );
    const { planOf } = await import('../helpers/rule-tester.js');
    const plan = planOf(`cascade: 1\nprogram:\n  - {id: P, nama: Program}\nkegiatan:\n${kegiatan}\n`);
    const png = svgToPng(await dotToSvg(dotOf(plan)));
    expect(png.width).toBeLessThanOrEqual(4000);
    expect(png.width * png.height).toBeLessThanOrEqual(16_000_000);
    expect(png.zoom).toBeLessThan(1);
  });
});

describe('Mermaid', () => {
  const labelled = /^ {2}(n_[A-Za-z0-9_]+)(\("|\["|\{\{"|\[\[")(.*)("\)|"\]|"\}\}|"\]\])$/;

  it('declares each box once with a quoted label and a sanitized id, and styles crosscutting links', () => {
    const chart = buildChart(smallPlan(), { lang: 'en' });
    const lines = chartToMermaid(chart).split('\n');
    expect(lines[1]).toBe('flowchart TB');
    const nodes = lines.map((l) => labelled.exec(l)).filter((m): m is RegExpExecArray => !!m);
    expect(nodes.map((m) => m[1])).toEqual(chart.boxes.map((b) => `n_${b.node.id.replace(/[^A-Za-z0-9_]/g, '_')}`));
    for (const m of nodes) expect(m[3]).not.toContain('"');
    const links = lines.filter((l) => / (---|-\.-|---\|.*\||-\.-\|.*\|) /.test(l));
    const cross = links.flatMap((l, i) => (l.includes('-.-') ? [i] : []));
    expect(lines.find((l) => l.includes('linkStyle') && l.includes('stroke-dasharray'))).toBe(
      `  linkStyle ${cross.join(',')} stroke:#8E3FA8,stroke-width:1.5px,stroke-dasharray:5 4`,
    );
    expect(lines).toContain('  class n_POLRES_SS1 mitra');
    expect(chartToMermaid(buildChart(smallPlan(), { lang: 'en', direction: 'LR' }))).toContain('flowchart LR');
  });

  it('escapes quotes, markup, backticks and the escape mark itself; a keyword id stays an id', () => {
    const text = chartToMermaid(buildChart(hostilePlan(), { lang: 'en' }));
    expect(text).not.toMatch(/<script|<img|<\/TD>|<b>Jahat/);
    expect(text).toContain('#60;script#62;alert(1)#60;/script#62; #34;quoted#34;');
    expect(text).toContain('#96;code#96;');
    expect(text).toContain('#35;35;');
    expect(text).toContain('  n_end{{"');
  });

  it('keeps a directive and a line break in plan text from reaching Mermaid as code', () => {
    const plan = smallPlan();
    const node = plan.nodes[0];
    node.nama = "%%{init: {'theme':'dark'}}%%\nclick n_S1 call alert()";
    const text = chartToMermaid(buildChart(plan, { lang: 'en' }));
    expect(text).not.toMatch(/%%\{/);
    expect(text).toContain('#37;#37;{init');
    expect(text.split('\n').filter((l) => /^\s*click\b/.test(l))).toEqual([]);
    for (const line of text.split('\n')) {
      const m = labelled.exec(line);
      if (m) expect(m[3]).not.toMatch(/["`]/);
    }
  });
});

describe('a plan of 2,000 nodes', () => {
  it('renders to well-formed SVG with every box', async () => {
    const lines = ['cascade: 1', 'opd: [{id: O, nama: Dinas}]', 'sasaran:', '  - {id: S, nama: Sasaran}', 'ksf:'];
    for (let k = 0; k < 10; k++) lines.push(`  - {id: F${k}, nama: Faktor ${k}, mendukung: S}`);
    lines.push('sasaran_opd:');
    for (let k = 0; k < 10; k++) lines.push(`  - {id: SS${k}, nama: Sasaran OPD ${k}, opd: O, mendukung: F${k}}`);
    lines.push('program:');
    for (let p = 0; p < 180; p++) lines.push(`  - {id: P${p}, nama: Program ${p}, mendukung: SS${p % 10}, anggaran: Rp 1 M}`);
    lines.push('kegiatan:');
    for (let k = 0; k < 1799; k++)
      lines.push(`  - {id: K${k}, nama: Kegiatan ${k}, mendukung: P${k % 180}, indikator: [{nama: Output ${k}, satuan: unit, target: 5}]}`);
    const { planOf } = await import('../helpers/rule-tester.js');
    const plan = planOf(`${lines.join('\n')}\n`);
    expect(plan.nodes).toHaveLength(2000);
    const svg = await dotToSvg(dotOf(plan));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<g id="node\d+" class="node">/g)).toHaveLength(2000 + 4); // + the legend's sample boxes of the kinds drawn (no mitra)
  }, 60_000);
});
