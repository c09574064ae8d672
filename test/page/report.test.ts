import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { buildReport } from '../../src/page/build.js';
import type { PageData } from '../../src/page/data.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { HOSTILE, HOSTILE_PLAN } from './hostile-plan.js';

const root = join(import.meta.dirname, '..', '..');
let tmp: string;

beforeAll(() => {
  // The page inlines the browser bundle: build it from the sources, never a stale one.
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-page.js')]);
  tmp = mkdtempSync(join(tmpdir(), 'cascade-report-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function report(paths: string[], lang: 'en' | 'id' = 'en'): Promise<{ html: string; data: PageData; ids: string[] }> {
  const { plan } = openPlan(paths, root);
  const diagnostics = runRules(plan, RULES);
  const html = await buildReport(plan, diagnostics, { lang, settings: DEFAULT_SETTINGS, version: '0.0.0-test', cwd: root });
  const json = html.match(/<script type="application\/json" id="cascade-data">([^<]*)<\/script>/)![1];
  return { html, data: JSON.parse(json) as PageData, ids: plan.nodes.map((n) => n.id) };
}

describe('cascade report: the page', () => {
  it.each(['examples/pariwisata', 'examples/lalu-lintas.yaml', 'examples/kesehatan.yaml', 'examples/jabatan-fungsional.yaml'])(
    '%s: every node is a box, in the data and the outline',
    async (p) => {
      const { html, data, ids } = await report([p]);
      expect(ids.length).toBeGreaterThan(0);
      const keys = new Map(data.boxes.map((b) => [b.id, b.key]));
      for (const id of ids) {
        expect(keys.has(id), id).toBe(true);
        expect(html).toContain(`data-key="${keys.get(id)}"`);
      }
    },
  );

  it('allows only its own script and style, by hash, and loads nothing', async () => {
    const { html } = await report(['examples/pariwisata']);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    // Two scripts only: the data (not run) and the page's own.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('reads without JavaScript: summary, findings and tables are HTML', async () => {
    const { html } = await report(['examples/pariwisata']);
    expect(html).toContain('<section id="summary"');
    expect(html).toMatch(/<caption>Money per OPD<\/caption>/);
    expect(html).toContain('Rp13.700.000.000');
    expect(html).toMatch(/<caption>[^<]*IKU[^<]*<\/caption>/);
    // The Renstra T-C.27 of each OPD.
    expect((html.match(/<caption>[^<]*T-C\.27[^<]*<\/caption>/g) ?? []).length).toBeGreaterThanOrEqual(6);
  });

  it('speaks Indonesian with --lang id', async () => {
    const { html, data } = await report(['examples/lalu-lintas.yaml'], 'id');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Ringkasan');
    expect(data.text.search).toBe('Cari menurut id atau nama');
  });

  it('carries findings with their place and box', async () => {
    const dir = join(tmp, 'finding');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'plan.yaml'), HOSTILE_PLAN.replace('mendukung: KSF1', 'mendukung: NOPE'));
    const { data } = await report([dir]);
    expect(data.findings.length).toBeGreaterThan(0);
    expect(data.findings.every((f) => /plan\.yaml:\d+:\d+$/.test(f.where))).toBe(true);
    const unknown = data.findings.find((f) => f.rule === 'ref/unknown')!;
    expect(unknown.box).toBe(data.boxes.find((b) => b.id === 'DINAS.SS1')!.key);
    expect(data.boxes.find((b) => b.id === 'DINAS.SS1')!.findings).toContain(data.findings.indexOf(unknown));
  });

  it('never lets plan text become markup', async () => {
    const dir = join(tmp, 'hostile');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'plan.yaml'), HOSTILE_PLAN);
    const { html, data } = await report([dir]);
    const body = html.slice(0, html.indexOf('<script type="application/json"'));
    for (const h of HOSTILE.filter((x) => x.includes('<'))) expect(body).not.toContain(h);
    // A javascript: text stays text: never an href.
    expect(body).not.toMatch(/href="javascript:/i);
    expect(body).not.toMatch(/<script>window/);
    expect(body).not.toMatch(/<img src=x/);
    expect(body).not.toContain('\u202E');
    expect(body).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    // The JSON holds the texts as they are, with no "<" that could close its element.
    const json = html.match(/id="cascade-data">([^<]*)<\/script>/)![1];
    expect(json).not.toContain('<');
    expect(data.boxes.find((b) => b.id === 'S1')!.nama).toBe(HOSTILE[0]);
    // A bidi override is shown, not obeyed, in the page and in the data alike.
    expect(json).not.toContain('\u202E');
    expect(data.boxes.find((b) => b.id === 'DINAS.P1')!.nama).toContain('\\u202e');
  });
});
