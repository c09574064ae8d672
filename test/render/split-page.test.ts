import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.js';
import { buildChart } from '../../src/render/chart.js';
import { chartToDot } from '../../src/render/graph.js';
import { chartToMermaid } from '../../src/render/mermaid.js';
import { runInProcess } from '../helpers/in-process.js';
import { smallPlan } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'cascade-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ w: b.readUInt32BE(16), h: b.readUInt32BE(20) });
/** SVG text as read: Graphviz writes "-" as &#45;. */
const read = (f: string) => readFileSync(f, 'utf8').replaceAll('&#45;', '-');
const legendBoxes = (dot: string) => dot.match(/"~legend-box\d+"\s*\[/g)?.length ?? 0;

describe('render: a legend of what is drawn, --split opd, --page', () => {
  it('the legend lists only the kinds of box and link the chart draws, in DOT and Mermaid', () => {
    const plan = smallPlan();
    const whole = buildChart(plan, { lang: 'en' });
    expect(legendBoxes(chartToDot(whole))).toBe(5);
    expect(chartToDot(whole)).toContain('~legend-cross-a');
    const pemda = buildChart(plan, { lang: 'en', levels: ['tujuan', 'sasaran', 'ksf'] });
    const dot = chartToDot(pemda);
    expect(legendBoxes(dot)).toBe(2);
    expect(dot).not.toContain('~legend-cross-a');
    expect(dot).not.toContain('Partner (mitra)');
    expect(dot).not.toContain('Operational');
    const mmd = chartToMermaid(pemda);
    expect(mmd).not.toContain('Operational');
    expect(mmd).not.toContain('legend_p2');
  });

  it('--split opd -o folder/: the Pemda level and one chart per OPD, each with only its own OPD boxes', async () => {
    const out = join(dir, 'svg');
    const r = await runInProcess(['render', 'examples/pariwisata', '--split', 'opd', '-o', `${out}/`, '-f', 'svg']);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['DISHUB.svg', 'DISKOPUKM.svg', 'DISLH.svg', 'DISPAR.svg', 'DISPU.svg', 'SATPOLPP.svg', 'pemda.svg']);
    const pemda = read(join(out, 'pemda.svg'));
    expect(pemda).toContain('KSF-IKM');
    expect(pemda).not.toContain('DISKOPUKM.P1');
    const kop = read(join(out, 'DISKOPUKM.svg'));
    expect(kop).toContain('DISKOPUKM.K1');
    expect(kop).not.toContain('DISPAR.P1');
    expect(r.stderr).toContain('7 charts written');
    const bad = await runInProcess(['render', 'examples/pariwisata', '--split', 'opd']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('-o');
  });

  it('--page a4: a landscape A4 page (297 × 210 mm; PNG at 150 dpi); a chart too big to read on it is said to be', async () => {
    const svg = await runInProcess(['render', 'examples/pariwisata', '--opd', 'DISKOPUKM', '--page', 'a4', '-f', 'svg']);
    expect(svg.code, svg.stderr).toBe(0);
    expect(svg.stdout).toMatch(/<svg[^>]*width="297mm" height="210mm"/);
    const file = join(dir, 'kop.png');
    expect((await runInProcess(['render', 'examples/pariwisata', '--opd', 'DISKOPUKM', '--page', 'a4', '-o', file])).code).toBe(0);
    expect(pngSize(readFileSync(file))).toEqual({ w: 1754, h: 1240 });
    const whole = await runInProcess(['render', 'examples/pariwisata', '--page', 'a4', '-o', join(dir, 'all.png')]);
    expect(whole.code).toBe(0);
    expect(whole.stderr).toMatch(/on a landscape A4 page the chart's smallest text would print at [\d,]+ pt, below the 6 pt/);
    expect((await runInProcess(['render', 'examples/pariwisata', '--page', 'a5'])).code).toBe(2);
  });

  it('--split opd --page a4 on a generated plan: every page legible, every box of the plan on some page', async () => {
    const plan = join(dir, 'plan');
    const files = generatePlan({ opds: 2, sasaranOpd: 1, programs: 2, kegiatan: 3, sub: 3 });
    rmSync(plan, { recursive: true, force: true });
    for (const [name, text] of files) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(plan, { recursive: true });
      writeFileSync(join(plan, name), text);
    }
    const out = join(dir, 'pages');
    const r = await runInProcess(['render', plan, '--split', 'opd', '--page', 'a4', '-o', out, '-f', 'svg']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('below the 6 pt');
    const pages = readdirSync(out);
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.map((f) => read(join(out, f))).join('\n');
    // The boxes: tujuan, sasaran, factors and each OPD's tree (not indicators, acuan, OPDs or positions).
    const ids = [...files.values()]
      .flatMap((t) => [...t.matchAll(/\bid: ([^,\s}]+)/g)].map((m) => m[1]))
      .filter((id) => /^(T\d+|S\d+(\.KSF\d+)?|OPD\d+\.SS[\w.]*)$/.test(id) && !/\.I\d+$/.test(id));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(all, id).toContain(id);
  });
});
