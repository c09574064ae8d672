// @ts-check
/**
 * Where the time of one command goes, measured inside one process (`node bench/phases.js
 * validate|render <plan>`): prints JSON { phase: ms }. Imports the modules from src/ (run with
 * `node --import tsx`, as bench/run.js does), since dist/ holds one bundle.
 */
const [what, dir] = process.argv.slice(2);
const srcDir = new URL('../src/', import.meta.url);
const load = (path) => import(new URL(path.replace(/\.js$/, '.ts'), srcDir).href);
/** @type {Record<string, number>} */
const out = {};
const time = async (name, f) => {
  const t = performance.now();
  const r = await f();
  out[name] = Math.round(performance.now() - t);
  return r;
};

const modules = await time('loading the code', async () => ({
  files: await load('load/files.js'),
  schema: await load('model/schema-issues.js'),
  build: await load('model/build.js'),
  run: await load('rules/run.js'),
  rules: await load('rules/index.js'),
}));
const { files } = modules.files.findCascadeFiles([dir]);
const sources = await time('reading YAML with positions', () => files.map((f) => modules.files.loadSource(f)));
if (what === 'validate') {
  const plan = await time('plan (schema included)', () => modules.build.buildPlan(sources));
  await time('rules (with the values they read)', () => modules.run.runRules(plan, modules.rules.RULES));
  // For scale: the schema check alone, run a second time on the same data (warm, so a lower bound).
  await time('of the plan: schema (zod) alone, run again', () => {
    for (const s of sources) modules.schema.checkFileSchema(s.data);
  });
} else {
  const plan = await time('plan (schema included)', () => modules.build.buildPlan(sources));
  const { buildChart } = await load('render/chart.js');
  const { chartToDot } = await load('render/graph.js');
  const { dotToSvg, graphviz } = await load('render/layout.js');
  const chart = await time('chart', () => buildChart(plan, { direction: 'TB', lang: 'en' }));
  const dot = await time('DOT text', () => chartToDot(chart));
  await time('WASM Graphviz load', () => graphviz());
  await time('layout to SVG', () => dotToSvg(dot));
}
process.stdout.write(`${JSON.stringify(out)}\n`);
