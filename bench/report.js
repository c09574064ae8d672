// @ts-check
/**
 * `npm run bench:report`: the web report of generated plans of 10 and 40 OPDs (the 40-OPD plan has
 * about 2,500 boxes). Measured in one run, as ratios against yardsticks timed interleaved:
 * - writing: `cascade report` against `cascade render -f svg` of the same plan (the layout both do);
 * - size: HTML bytes per plan byte at 10 and at 40 OPDs (the same ratio means linear growth);
 * - opening in headless Chromium until the page is interactive (its `cascade-ready` mark),
 *   against opening the plain SVG chart of the same plan;
 * and on the 40-OPD page, every interaction the browser test checks on the examples.
 * Prints Markdown and writes it to bench/RESULTS-report.md (bench/RESULTS.md is run.js's).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writePlan } from './generate.js';
import { compare } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'tmp', 'bench-report');
const CLI = join(ROOT, 'bin', 'cascade.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cpus = (await import('node:os')).cpus().length;
const ROUNDS = process.argv.includes('--quick') ? 2 : 4;
/** @type {string[]} */
const out = [];
const log = (s) => {
  out.push(s);
  process.stdout.write(`${s}\n`);
};

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

/** @type {Array<{ opds: number, dir: string, planBytes: number, html: string, svg: string, boxes: number }>} */
const plans = [];
for (const opds of [10, 40]) {
  const dir = join(WORK, `plan-${opds}`);
  const planBytes = writePlan(dir, { opds, sub: 2 });
  // One finding, so the page has one to follow: a second, unknown parent.
  const file = join(dir, 'opd001.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/mendukung: (\S+)/, 'mendukung: [$1, TIDAK-ADA]'));
  plans.push({ opds, dir, planBytes, html: join(WORK, `report-${opds}.html`), svg: join(WORK, `chart-${opds}.svg`), boxes: 0 });
}

const rows = [];
for (const p of plans) {
  const [report, render] = compare(
    [
      { name: 'report', argv: [process.execPath, CLI, 'report', p.dir, '-o', p.html], cwd: ROOT },
      { name: 'render', argv: [process.execPath, CLI, 'render', p.dir, '-f', 'svg', '-o', p.svg], cwd: ROOT },
    ],
    ROUNDS,
  );
  if (report.status !== 0 || render.status !== 0) throw new Error(`report exited ${report.status}, render ${render.status}`);
  const htmlBytes = statSync(p.html).size;
  rows.push({ ...p, report: report.median, render: render.median, htmlBytes });
}

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Milliseconds from navigation to the page being interactive (the report) or loaded (the SVG). */
async function open(file, report) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) problems.push(`request ${r.url()}`);
  });
  await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 120_000 });
  let ms;
  if (report) {
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    ms = await page.evaluate(() => performance.getEntriesByName('cascade-ready')[0].startTime);
  } else {
    ms = await page.evaluate(() => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]).loadEventEnd);
  }
  return { page, ms, problems };
}

const opened = [];
for (const r of rows) {
  const reportMs = [];
  const svgMs = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = await open(r.html, true);
    if (a.problems.length) throw new Error(`report ${r.opds}: ${a.problems.join('; ')}`);
    reportMs.push(a.ms);
    await a.page.close();
    const b = await open(r.svg, false);
    svgMs.push(b.ms);
    await b.page.close();
  }
  opened.push({ opds: r.opds, report: median(reportMs), svg: median(svgMs) });
}

// Every interaction on the 40-OPD page.
const big = rows[rows.length - 1];
const { page } = await open(big.html, true);
const checks = await interact(page);
await page.close();
await browser.close();

log('# Web report: size and speed');
log('');
log(
  `\`npm run bench:report\`, ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds, medians; load average ${loadavg()[0].toFixed(1)} on ${cpus} cores at the end (ratios within one run hold on a busy machine; absolute times do not).`,
);
log('');
log('| plan | boxes | plan | HTML | HTML ÷ plan | `report` | `render -f svg` | report ÷ render | interactive in Chromium | SVG alone loads in | ÷ |');
log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (let i = 0; i < rows.length; i++) {
  const r = rows[i];
  const o = opened[i];
  log(
    `| ${r.opds} OPDs | ${r.boxes} | ${mb(r.planBytes)} | ${mb(r.htmlBytes)} | ${(r.htmlBytes / r.planBytes).toFixed(2)}× | ${ms(r.report)} | ${ms(r.render)} | ${(r.report / r.render).toFixed(2)}× | ${ms(o.report)} | ${ms(o.svg)} | ${(o.report / o.svg).toFixed(2)}× |`,
  );
}
const growth = rows[1].htmlBytes / rows[1].planBytes / (rows[0].htmlBytes / rows[0].planBytes);
log('');
log(`Size growth from 10 to 40 OPDs, per plan byte: ${growth.toFixed(2)}× (1.00× is proportional).`);
log('');
log(`On the ${big.opds}-OPD page: ${checks.join('; ')}.`);

async function interact(page) {
  const done = [];
  const data = await page.evaluate(() => JSON.parse(/** @type {HTMLElement} */ (document.getElementById('cascade-data')).textContent ?? ''));
  big.boxes = data.boxes.length;
  for (const r of rows) if (r !== big) r.boxes = await countBoxes(r.html);
  const target = data.boxes.find((b) => b.level === 'kegiatan' && b.opd);
  const parent = data.boxes.find((b) => b.key === target.parents[0]);
  // Search an id: the panel names it.
  await page.fill('#search-q', target.id);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((id) => document.querySelector('#panel-body .level')?.textContent?.includes(id), target.id);
  done.push(`search ${target.id} → its panel`);
  // Click its parent box in the chart.
  const node = page.locator('#canvas g.node').filter({ has: page.locator('title', { hasText: new RegExp(`^${parent.key.replace(/\./g, '\\.')}$`) }) });
  await node.locator('text').first().click();
  await page.waitForFunction((id) => document.querySelector('#panel-body .level')?.textContent?.includes(id), parent.id);
  done.push(`click ${parent.id} → its panel`);
  // Collapse the parent: the kegiatan leaves the chart.
  await node.locator('g.toggle').click();
  await page.waitForFunction(
    (key) => [...document.querySelectorAll('#canvas g.node')].find((g) => g.querySelector('title')?.textContent === key)?.classList.contains('off'),
    target.key,
  );
  done.push(`collapse ${parent.id} → ${target.id} hidden`);
  // The OPD filter.
  await page.selectOption('#opd-filter', target.opd);
  done.push(`filter OPD ${target.opd}`);
  // The finding leads to its box.
  const finding = page.locator('#findings a.where').first();
  const findingKey = await finding.getAttribute('data-box');
  const box = data.boxes.find((b) => b.key === findingKey);
  await finding.click();
  await page.waitForFunction((id) => document.querySelector('#panel-body .level')?.textContent?.includes(id), box.id);
  done.push(`finding ${data.findings[0].rule} → ${box.id}`);
  return done;
}

async function countBoxes(file) {
  const p = await browser.newPage();
  await p.goto(`file://${file}`);
  const n = await p.evaluate(() => JSON.parse(/** @type {HTMLElement} */ (document.getElementById('cascade-data')).textContent ?? '').boxes.length);
  await p.close();
  return n;
}

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}
function ms(x) {
  return `${(x / 1000).toFixed(2)} s`;
}
function mb(b) {
  return `${(b / 1e6).toFixed(1)} MB`;
}
writeFileSync(join(ROOT, 'bench', 'RESULTS-report.md'), `${out.join('\n')}\n`);
