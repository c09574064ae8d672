// The web report in a real browser (Debian's Chromium through playwright-core): it opens from
// file://, asks for nothing over the network, and every interaction works. `.ci/run` installs
// Chromium, so CI always runs this; elsewhere it is skipped when Chromium is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { buildReport } from '../../src/page/build.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { HOSTILE, HOSTILE_PLAN } from './hostile-plan.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
const have = existsSync(CHROMIUM);
if (!have && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for this test.`);

const EXAMPLES = ['examples/pariwisata', 'examples/lalu-lintas.yaml', 'examples/kesehatan.yaml', 'examples/jabatan-fungsional.yaml'];
let tmp: string;
let browser: Browser;
const pages = new Map<string, string>();

async function write(name: string, paths: string[]): Promise<void> {
  const { plan } = openPlan(paths, root);
  const html = await buildReport(plan, runRules(plan, RULES), { lang: 'en', settings: DEFAULT_SETTINGS, version: 'test', cwd: root });
  const file = join(tmp, `${name.replace(/\W+/g, '-')}.html`);
  writeFileSync(file, html);
  pages.set(name, file);
}

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens a report, recording console errors, page errors, dialogs and any request that is not the page itself. */
async function open(name: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const file = pages.get(name)!;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) problems.push(`request: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  return { page, problems };
}

/** The chart's box of a plan id: its key, from the page's own data. */
async function keyOf(page: Page, id: string): Promise<string> {
  return page.evaluate((i) => {
    const data = JSON.parse(document.getElementById('cascade-data')!.textContent!) as { boxes: Array<{ id: string; key: string }> };
    return data.boxes.find((b) => b.id === i)!.key;
  }, id);
}

function nodeIn(page: Page, key: string) {
  return page.locator('#canvas g.node').filter({ has: page.locator('title', { hasText: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

describe.skipIf(!have)('cascade report in Chromium', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle-page.js')]);
    tmp = mkdtempSync(join(tmpdir(), 'cascade-browser-'));
    for (const e of EXAMPLES) await write(e, [e]);
    const hostile = join(tmp, 'hostile');
    mkdirSync(hostile);
    writeFileSync(join(hostile, 'plan.yaml'), HOSTILE_PLAN.replace('mendukung: KSF1', 'mendukung: NOPE'));
    await write('hostile', [hostile]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(EXAMPLES)(
    '%s opens with no error and no request, and shows every box',
    async (name) => {
      const { page, problems } = await open(name);
      const boxes = await page.evaluate(() => (JSON.parse(document.getElementById('cascade-data')!.textContent!) as { boxes: unknown[] }).boxes.length);
      expect(await page.locator('#canvas g.node').count()).toBeGreaterThanOrEqual(boxes);
      expect(await page.locator('.outline [role="treeitem"]').count()).toBe(boxes);
      // Opened to fit: the whole chart inside the viewport.
      const view = (await page.locator('#viewport').boundingBox())!;
      await expect
        .poll(async () => {
          const chart = (await page.locator('#canvas svg').boundingBox())!;
          return (
            chart.x >= view.x - 1 &&
            chart.y >= view.y - 1 &&
            chart.x + chart.width <= view.x + view.width + 1 &&
            chart.y + chart.height <= view.y + view.height + 1
          );
        })
        .toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('a click on a box shows its panel: indicators, money, line of sight', async () => {
    const { page, problems } = await open('examples/pariwisata');
    await nodeIn(page, await keyOf(page, 'DISKOPUKM.P1'))
      .locator('text')
      .first()
      .click();
    const panel = page.locator('#panel-body');
    await expect.poll(() => panel.textContent()).toContain('Penciptaan iklim usaha yang kondusif');
    const text = (await panel.textContent())!;
    expect(text).toContain('Jumlah UMKM baru');
    expect(text).toContain('2026: Rp400.000.000'); // its money per year
    expect(text).toContain('DISKOPUKM.SS1');
    expect(text).toContain('S1 — Meningkatkan industri pariwisata');
    // The acuan of the Pemda target it serves, gathered along its line of sight.
    expect(text).toContain('visi-misi: Misi 2: mewujudkan perekonomian daerah yang berdaya saing (VM-2)');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('search by id selects the box and brings it into view', async () => {
    const { page, problems } = await open('examples/lalu-lintas.yaml');
    await page.fill('#search-q', 'DISHUB.K2');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.locator('#panel-body .level').textContent()).toContain('DISHUB.K2');
    const view = await page.locator('#viewport').boundingBox();
    // Centred: within a tenth of the viewport of its middle (the transform lands on the next frame).
    await expect
      .poll(async () => {
        const b = (await nodeIn(page, await keyOf(page, 'DISHUB.K2')).boundingBox())!;
        return (
          Math.abs(b.x + b.width / 2 - (view!.x + view!.width / 2)) < view!.width / 10 &&
          Math.abs(b.y + b.height / 2 - (view!.y + view!.height / 2)) < view!.height / 10
        );
      })
      .toBe(true);
    // A name finds it too; a miss says so.
    await page.fill('#search-q', 'izin trayek');
    await expect.poll(() => page.locator('#search-results li').first().textContent()).toContain('DISHUB.K2');
    await page.fill('#search-q', 'no such thing anywhere');
    await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe('No box matches.');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('collapse hides what is under a box; expand brings it back', async () => {
    const { page, problems } = await open('examples/pariwisata');
    const program = await keyOf(page, 'DISKOPUKM.P1');
    const kegiatan = nodeIn(page, await keyOf(page, 'DISKOPUKM.K1'));
    await expect(kegiatan.isVisible()).resolves.toBe(true);
    await nodeIn(page, program).locator('g.toggle').click();
    await expect.poll(() => kegiatan.isVisible()).toBe(false);
    await expect.poll(() => page.locator(`.outline [data-key="${program}"]`).getAttribute('aria-expanded')).toBe('false');
    await nodeIn(page, program).locator('g.toggle').click();
    await expect.poll(() => kegiatan.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('the OPD filter keeps that OPD and the line of sight above it', async () => {
    const { page, problems } = await open('examples/lalu-lintas.yaml');
    await page.selectOption('#opd-filter', 'DISPU');
    await expect.poll(() => nodeIn(page, 'DISHUB.K1').isVisible()).toBe(false);
    expect(await nodeIn(page, await keyOf(page, 'S-MACET')).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('the outline is a tree for the keyboard', async () => {
    const { page, problems } = await open('examples/pariwisata');
    const first = page.locator('.outline [role="treeitem"]').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
    await expect
      .poll(() => page.locator('#panel-body .level').textContent())
      .toContain(
        (await page.evaluate((k) => {
          const data = JSON.parse(document.getElementById('cascade-data')!.textContent!) as { boxes: Array<{ id: string; key: string }> };
          return data.boxes.find((b) => b.key === k)!.id;
        }, focused))!,
      );
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('tables sort by a column and filter rows', async () => {
    const { page, problems } = await open('examples/pariwisata');
    const table = page.locator('#summary-3 table');
    const amounts = () => table.locator('tbody tr td:nth-child(3)').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
    await table.locator('thead th').nth(2).locator('button').click();
    const up = await amounts();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await table.locator('thead th').nth(2).locator('button').click();
    const down = await amounts();
    expect(down).toEqual([...up].reverse());
    await page.locator('#summary-3 input.table-filter').fill('Pariwisata');
    await expect.poll(() => table.locator('tbody tr:visible').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('reads without JavaScript: summary, outline, findings and tables are there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${pages.get('examples/pariwisata')}`);
    await expect(page.locator('#summary table').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#tables table').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.outline [role="treeitem"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('noscript').count()).resolves.toBe(1);
    // The controls that need the script are not offered.
    await expect(page.locator('.toolbar').isVisible()).resolves.toBe(false);
    await context.close();
  }, 60_000);

  it('prints as a document: no controls, the whole chart, the tables', async () => {
    const { page, problems } = await open('examples/pariwisata');
    await page.fill('#search-q', 'DISKOPUKM.P1');
    await page.press('#search-q', 'Enter');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
    expect(await page.locator('#canvas').evaluate((e) => getComputedStyle(e).transform)).toBe('none');
    await expect(page.locator('#tables table').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a finding leads to its box; plan text stays text', async () => {
    const { page, problems } = await open('hostile');
    const link = page.locator('#findings a.where').first();
    const key = await link.getAttribute('data-box');
    await link.click();
    await expect
      .poll(() => page.locator('#panel-body .level').textContent())
      .toContain(
        await page.evaluate((k) => {
          const data = JSON.parse(document.getElementById('cascade-data')!.textContent!) as { boxes: Array<{ id: string; key: string }> };
          return data.boxes.find((b) => b.key === k)!.id;
        }, key),
      );
    // Every hostile text shows as written, and none ran.
    await page.fill('#search-q', 'S1');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.locator('#panel-body .nama').textContent()).toBe(HOSTILE[0]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body script').count()).toBe(2);
    expect(await page.locator('img, iframe, a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(problems).toEqual([]);
    // The page's policy holds even against script that did get in: no inline code, no request.
    const blocked = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 9';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'http://127.0.0.1:9/x.png';
      document.body.append(img);
      const fetched = await fetch('http://127.0.0.1:9/').then(
        () => 'loaded',
        () => 'refused',
      );
      return { ran: (window as unknown as { __pwned?: number }).__pwned, fetched };
    });
    expect(blocked).toEqual({ ran: undefined, fetched: 'refused' });
    // Chromium names the request, then stops it at the policy: nothing leaves the page.
    expect(problems).toContain('failed: http://127.0.0.1:9/x.png csp');
    expect(problems.filter((p) => /violates the following Content Security Policy/.test(p))).toHaveLength(3);
    expect(problems.some((p) => /Content Security Policy/i.test(p))).toBe(true);
    await page.close();
  }, 60_000);
});
