// @ts-check
/**
 * `npm run bench`: generates plans, measures `cascade` against its baselines in one run, prints
 * the results and writes bench/RESULTS.md. Every goal is a ratio of two commands timed
 * interleaved on the same machine, so the numbers hold on a slow or busy machine too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writePlan } from './generate.js';
import { compare, pairedRatio, runOnce } from './measure.js';
import { NOTES } from './notes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Outside the repository: a plan inside it would be checked with every other YAML file of the
// repository as its context (the plan root is the repository's, with no cascade.config.yaml).
const WORK = join(tmpdir(), `cascade-bench-${process.pid}`);
const NODE = process.execPath;
const CLI = join(ROOT, 'bin', 'cascade.js');
const RAW = join(ROOT, 'bench', 'raw-load.js');
const LAYOUT = join(ROOT, 'bench', 'layout-only.js');
const PEAK = pathToFileURL(join(ROOT, 'bench', 'peak-rss.js')).href;
const quick = process.argv.includes('--quick');
/** `--shapes a,b` measures only those shapes (the bench is heavy: run it in pieces when you must). */
const only = process.argv
  .find((a) => a.startsWith('--shapes='))
  ?.slice('--shapes='.length)
  .split(',');
const skipRender = process.argv.includes('--no-render');
/** `--no-yaml`: no raw load by the `yaml` package (no goal depends on it; it is the slowest command measured). */
const skipYaml = process.argv.includes('--no-yaml');

/**
 * The shapes plans take (bench/generate.js), each measured at 2 and 10 MB. `standard` is the shape
 * the earlier runs measured; the others are the shapes real plans take that it leaves out.
 * @type {Array<{ name: string, what: string, spec: Omit<import('./generate.js').PlanShape, 'opds'> }>}
 */
const SHAPES = [
  {
    name: 'standard',
    what: '2 sasaran OPD × 3 programs × 3 kegiatan × 3 sub kegiatan; 1 indicator each; 2 SOP stages × 2 steps per sub kegiatan, 1 staff',
    spec: {},
  },
  {
    name: 'sop-heavy',
    what: 'as standard, but 3 stages × 4 steps per sub kegiatan done by 3 staff, 2 indicators per node, every program crosscutting',
    spec: { stages: 3, steps: 4, positions: 3, indicators: 2, crosscutting: true },
  },
  {
    name: 'no-sub',
    what: 'no sub kegiatan: 6 kegiatan per program, each with its money and an SOP of 3 × 3 steps by 2 staff',
    spec: { sub: 0, kegiatan: 6, stages: 3, steps: 3, positions: 2 },
  },
  {
    name: 'indicators',
    what: '4 indicators per node, money for the whole period (no per-year split), crosscutting programs',
    spec: { indicators: 4, yearlyMoney: false, crosscutting: true },
  },
];
const ROUNDS = quick ? 3 : 7;

const log = (s) => process.stdout.write(`${s}\n`);
const fmtMs = (ms) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const fmtMb = (b) => `${(b / 1e6).toFixed(1)} MB`;

/** @typedef {{ id: keyof typeof NOTES, goal: string, measured: string, ratio: number, limit: number, note?: string }} Row */
/** @type {Row[]} */
const rows = [];
/** @type {string[]} */
const extra = [];
/** @type {string[]} */
const shapes = [];
/** @type {string[]} */
const phaseRows = [];

function cmd(name, ...argv) {
  return { name, argv: [NODE, ...argv], cwd: ROOT };
}

/** Fails loudly if a command does not do what is measured (a plan that is not valid measures error paths). */
function mustExit(c, status) {
  const r = runOnce(c);
  if (r.status !== status) throw new Error(`${c.name} exited ${r.status}, expected ${status}:\n${r.stderr.slice(0, 2000)}`);
}

/** Peak RSS (bytes) of one run of a command, reported by the process itself on exit. */
function peakRss(c) {
  const file = join(WORK, `rss-${process.pid}`);
  const r = spawnSync(c.argv[0], ['--import', PEAK, ...c.argv.slice(1)], { cwd: c.cwd, stdio: 'ignore', env: { ...process.env, CASCADE_BENCH_RSS: file } });
  if (r.error) throw r.error;
  const bytes = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return bytes;
}

/** Runs a bench script that prints one JSON object. */
function jsonOf(...argv) {
  // The bench scripts import modules from src/ (dist/ holds one bundle): tsx compiles them on load.
  const r = spawnSync(NODE, [...(argv[0] === CLI ? [] : ['--import', 'tsx']), ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}

const phaseTable = (phases) => ['| phase | ms |', '|---|---:|', ...Object.entries(phases).map(([k, v]) => `| ${k} | ${v} |`)];

function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does).');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const started = new Date();
  const load0 = loadavg()[0];

  const small = join(ROOT, 'examples', 'pariwisata');
  const validate = (dir) => cmd('validate', CLI, 'validate', dir);

  // 1. Start-up.
  log('start-up …');
  const [bare, version, smallValidate] = compare(
    [cmd('node -e 0', '-e', '0'), cmd('cascade --version', CLI, '--version'), cmd('cascade validate (small)', CLI, 'validate', small)],
    ROUNDS * 2,
  );
  rows.push({
    id: 'version',
    goal: '`cascade --version` vs bare `node -e 0`',
    measured: `${fmtMs(version.median)} vs ${fmtMs(bare.median)}`,
    ratio: pairedRatio(version, bare),
    limit: 1.3,
  });
  rows.push({
    id: 'small',
    goal: '`cascade validate` of the 10 kB tourism example vs bare Node',
    measured: `${fmtMs(smallValidate.median)} vs ${fmtMs(bare.median)}`,
    ratio: pairedRatio(smallValidate, bare),
    limit: 2,
  });
  const bareRss = peakRss(cmd('node', '-e', '0'));

  // 2.–4. Every shape: validate against js-yaml's raw load of the same files, growth, peak memory.
  // Each shape's 10 MB plan has exactly five times the OPDs of its 2 MB plan.
  /** @type {Record<string, number> | undefined} */
  let validatePhases;
  /** @type {Record<string, number | string[]> | undefined} */
  let parsers;
  for (const shape of SHAPES) {
    if (only && !only.includes(shape.name)) continue;
    const perOpd = writePlan(join(WORK, 'probe'), { ...shape.spec, opds: 1 });
    rmSync(join(WORK, 'probe'), { recursive: true, force: true });
    const opds2 = Math.max(1, Math.round(2e6 / perOpd));
    const p2 = join(WORK, `${shape.name}-2mb`);
    const p10 = join(WORK, `${shape.name}-10mb`);
    const size2 = writePlan(p2, { ...shape.spec, opds: opds2 });
    const size10 = writePlan(p10, { ...shape.spec, opds: opds2 * 5 });
    const nodes10 = jsonOf(CLI, 'validate', '--format', 'json', p10).summary.nodes;
    shapes.push(`| ${shape.name} | ${shape.what} | ${fmtMb(size10)}, ${opds2 * 5} OPDs, ${nodes10} nodes |`);
    log(`${shape.name}: ${fmtMb(size2)} (${opds2} OPD files + rpjmd.yaml), ${fmtMb(size10)} (${opds2 * 5} + rpjmd.yaml, ${nodes10} nodes)`);
    mustExit(validate(p2), 0);
    mustExit(validate(p10), 0);
    const medians = {};
    for (const [label, dir, size] of [
      ['2 MB', p2, size2],
      ['10 MB', p10, size10],
    ]) {
      log(`${shape.name} ${label} plan …`);
      const [js, v, y] = compare([cmd('js-yaml', RAW, 'js-yaml', dir), validate(dir), ...(skipYaml ? [] : [cmd('yaml', RAW, 'yaml', dir)])], ROUNDS);
      medians[label] = { js: js.median, validate: v.median, size };
      rows.push({
        id: 'validate',
        goal: `\`cascade validate\` of the ${label} *${shape.name}* plan vs js-yaml's raw load of the same files`,
        measured: `${fmtMs(v.median)} vs ${fmtMs(js.median)}`,
        ratio: pairedRatio(v, js),
        limit: 1.5,
      });
      extra.push(
        y
          ? `| ${shape.name}, ${label} (${fmtMb(size)}) | ${fmtMs(js.median)} | ${fmtMs(y.median)} (${(y.median / js.median).toFixed(2)}×) | ${fmtMs(v.median)} (${(v.median / js.median).toFixed(2)}× js-yaml, ${(v.median / y.median).toFixed(2)}× yaml) |`
          : `| ${shape.name}, ${label} (${fmtMb(size)}) | ${fmtMs(js.median)} | not run (--no-yaml) | ${fmtMs(v.median)} (${(v.median / js.median).toFixed(2)}× js-yaml) |`,
      );
    }
    const inputRatio = size10 / size2;
    const growth = medians['10 MB'].validate / medians['2 MB'].validate;
    const net = (medians['10 MB'].validate - bare.median) / (medians['2 MB'].validate - bare.median);
    rows.push({
      id: 'growth',
      goal: `time growth of \`cascade validate\` from the 2 MB to the 10 MB *${shape.name}* plan (input ×${inputRatio.toFixed(2)})`,
      measured: `${fmtMs(medians['2 MB'].validate)} → ${fmtMs(medians['10 MB'].validate)} (×${net.toFixed(2)} net of bare Node's start-up)`,
      ratio: growth,
      limit: 5.5 * (inputRatio / 5),
    });
    log(`${shape.name} memory …`);
    // The goal is set at 10 MB, where the input dominates; the 2 MB figure is mostly Node itself.
    const rss = peakRss(validate(p10));
    const jsRss = peakRss(cmd('js-yaml', RAW, 'js-yaml', p10));
    rows.push({
      id: 'memory',
      goal: `peak memory of \`cascade validate\` on the 10 MB *${shape.name}* plan vs its size`,
      measured: `${fmtMb(rss)} for ${fmtMb(size10)} (${((rss - bareRss) / size10).toFixed(1)}× above bare Node's ${fmtMb(bareRss)}; js-yaml's raw load: ${fmtMb(jsRss)})`,
      ratio: rss / size10,
      limit: 30,
    });
    if (shape.name === 'standard') {
      log('parsers alone …');
      parsers = jsonOf(join(ROOT, 'bench', 'parse-only.js'), p10);
    }
    const phases = jsonOf(join(ROOT, 'bench', 'phases.js'), 'validate', p10);
    phaseRows.push(`| ${shape.name} | ${Object.values(phases).join(' | ')} |`);
    validatePhases ??= phases;
    rmSync(p2, { recursive: true, force: true });
    rmSync(p10, { recursive: true, force: true });
  }

  // 5. Render against the WASM layout alone.
  const renders = [];
  /** @type {Record<string, number> | undefined} */
  let renderPhases;
  for (const [label, opds] of skipRender
    ? []
    : [
        ['500', 6],
        ['2,000', 24],
      ]) {
    const dir = join(WORK, `plan-${opds}-opd`);
    writePlan(dir, { opds });
    const dotFile = join(WORK, `chart-${opds}.dot`);
    const dot = spawnSync(NODE, [CLI, 'render', '--format', 'dot', dir], { cwd: ROOT, maxBuffer: 256 << 20 });
    if (dot.status !== 0) {
      rows.push({
        id: 'render',
        goal: `\`cascade render --format svg\` of a ${label}-node plan vs the WASM layout alone`,
        measured: 'not measured',
        ratio: NaN,
        limit: 1.5,
        note: `\`cascade render --format dot\` exited ${dot.status}: ${String(dot.stderr).split('\n')[0]}`,
      });
      continue;
    }
    writeFileSync(dotFile, dot.stdout);
    const summary = spawnSync(NODE, [CLI, 'validate', '--format', 'json', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const boxes = JSON.parse(summary.stdout).summary.nodes;
    log(`render ${label} nodes …`);
    const [layout, render] = compare([cmd('layout', LAYOUT, dotFile), cmd('render', CLI, 'render', '--format', 'svg', dir)], ROUNDS);
    renders.push(boxes);
    if (opds === 24) {
      try {
        renderPhases = jsonOf(join(ROOT, 'bench', 'phases.js'), 'render', dir);
      } catch (err) {
        log(`(no render breakdown: ${String(err).split('\n')[0]})`);
      }
    }
    rows.push({
      id: 'render',
      goal: `\`cascade render --format svg\` of a ${label}-node plan vs the WASM layout alone of its DOT`,
      measured: `${fmtMs(render.median)} vs ${fmtMs(layout.median)}`,
      ratio: pairedRatio(render, layout),
      limit: 1.5,
    });
  }

  const env = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${load0.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (${Math.round((Date.now() - started.getTime()) / 60000)} min), ${ROUNDS} interleaved rounds (start-up: ${ROUNDS * 2}), medians`;
  const table = [
    '| goal | measured | ratio | limit | met |',
    '|---|---|---:|---:|:---:|',
    ...rows.map(
      (r) =>
        `| ${r.goal} | ${r.measured} | ${Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`} | ≤ ${r.limit.toFixed(2)}× | ${Number.isNaN(r.ratio) ? '—' : r.ratio <= r.limit ? 'yes' : '**no**'} |`,
    ),
  ];
  const missed = rows.filter((r) => !(r.ratio <= r.limit));
  const md = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${env}.`,
    'Each goal compares two commands run as separate processes, alternately, on the same machine; what counts is the ratio — the median of the ratios of the two commands round by round (runs seconds apart share the load), with the medians in milliseconds beside it — not the milliseconds.',
    `Plans come from \`bench/generate.js\` (valid plans: OPDs × sasaran_opd × program × kegiatan × sub_kegiatan with indicators, five-year targets, budgets adding up to the pagu, SOP steps and positions, one file per OPD plus rpjmd.yaml)${renders.length ? `; the render plans (standard shape) have ${renders.join(' and ')} nodes` : ''}. The shapes:`,
    '',
    '| shape | what | at 10 MB |',
    '|---|---|---|',
    ...shapes,
    '',
    ...table,
    '',
    '## Raw loads of the same files',
    '',
    'Whole processes, medians:',
    '',
    '| plan | js-yaml | yaml package | cascade validate |',
    '|---|---:|---:|---:|',
    ...extra,
    '',
    ...(parsers
      ? [
          `The parsers alone on the 10 MB standard plan, warm, in one process (\`bench/parse-only.js\`): js-yaml's \`load\` ${parsers['js-yaml load']} ms, the \`yaml\` package ${parsers['yaml package']} ms, cascade's reading with every key's and value's position ${parsers['cascade (data + positions)']} ms (${(parsers['js-yaml load'] / parsers['cascade (data + positions)']).toFixed(1)}× faster than js-yaml; read by: ${/** @type {string[]} */ (parsers.readBy).join(', ')}).`,
          '',
        ]
      : []),
    '## Where the time goes',
    '',
    "`node bench/phases.js validate` on each shape's 10 MB plan, in one process (ms):",
    '',
    ...(validatePhases
      ? [
          `| shape | ${Object.keys(validatePhases).join(' | ')} |`,
          `|---|${Object.keys(validatePhases)
            .map(() => '---:')
            .join('|')}|`,
          ...phaseRows,
        ]
      : []),
    '',
    ...(renderPhases ? ['`node bench/phases.js render` on the 2,000-box plan:', '', ...phaseTable(renderPhases), ''] : []),
    '## What is measured',
    '',
    ...[...new Set(rows.map((r) => r.id))].map((id) => `- **${NOTES[id].what}** ${NOTES[id].how}`),
    '',
    '## Missed goals',
    '',
    ...(missed.length
      ? missed.map((r) => {
          const why = NOTES[r.id].ifMissed;
          return `- ${r.goal}: ${Number.isNaN(r.ratio) ? `not measured (${r.note})` : `${r.ratio.toFixed(2)}×, limit ${r.limit.toFixed(2)}×`}. ${typeof why === 'function' ? why(r) : why}`;
        })
      : ['None in this run.']),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md);
  log('');
  log(table.join('\n'));
  log(`\n${env}\nwritten to bench/RESULTS.md`);
  rmSync(WORK, { recursive: true, force: true });
}

main();
