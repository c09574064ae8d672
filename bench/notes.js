// @ts-check
/**
 * What each goal of bench/RESULTS.md measures, and — from profiles of these commands, see "Where
 * the time goes" in RESULTS.md — why a miss happens and what would close it. run.js prints
 * `ifMissed` only for the goals a run missed; a function gets that goal's row.
 */
export const NOTES = {
  version: {
    what: 'Start-up.',
    how: '`node bin/cascade.js --version` against `node -e 0`: the cost of loading the CLI before any command runs. scripts/bundle.js bundles the CLI after tsc (commander, chalk and zod in a few chunks instead of about a hundred ES modules; each command\'s own code still loads only when it runs).',
    ifMissed: 'What is left over bare Node is commander itself (about 8 ms even bundled) and five small files; on a busy machine the ratio wanders around the limit. Closing it for good: a smaller argument parser, or a compile cache (`module.enableCompileCache()`, Node ≥ 22; Node 20 has none).',
  },
  small: {
    what: 'A small validate.',
    how: '`cascade validate examples/pariwisata` (7 files, 10 kB) against `node -e 0`: start-up, loading the pipeline and the work.',
    ifMissed: 'Reading 10 kB takes under a millisecond; the time is code. zod\'s module (about 450 kB) is compiled at each start and its first parse builds its validators (about 40 ms together), then the rules, models and formatters load (about 15 ms). Bundling already saved about 50 ms of ES-module loading, and no YAML parser loads at all for plans the scanner reads. What would close it: V8\'s compile cache (Node ≥ 22: `module.enableCompileCache()` before the imports would skip most of the compiling), or checking the schema with a smaller validator than zod.',
  },
  validate: {
    what: 'Validate against the fastest YAML load.',
    how: '`cascade validate <plan>` (read, parse with positions, schema, plan, every rule, report) against `node bench/raw-load.js js-yaml <plan>` (read and `load` each file, nothing else); both are whole processes. cascade reads a plan with its own one-pass scanner (src/load/scan-yaml.ts), several times faster than js-yaml\'s `load` of the same text with every position recorded (see the parsers alone); js-yaml\'s events and then the `yaml` package read only the files the scanner gives up on (errors, aliases, tags, …), so diagnostics stay exactly those of the `yaml` package (tested against it on every example and on random and damaged YAML).',
    ifMissed: (/** @type {{ goal: string }} */ row) =>
      `${row.goal.includes('2 MB') ? 'On the 2 MB plan fixed costs weigh more: cascade loads and compiles far more code than a script that only loads js-yaml (about 90 ms: "loading the code" in `node bench/phases.js validate`). ' : ''}` +
      'Parsing is no longer the cost (see "Where the time goes"): the rules, with the values they read (money, targets, durations, read by src/model/budget.ts, targets.ts and people.ts and the readers in src/values), take two to three times as long as reading the YAML, and building the plan, with the zod schema that builds a copy of every object it checks, longer than reading it too. What would close it: faster value readers in src/values and the models, which allocate several objects for each value read, and a schema check that does not copy the data.',
  },
  growth: {
    what: 'Linear growth.',
    how: 'the median of `cascade validate` on the 10 MB plan over that on the 2 MB plan; the limit is 5.5× scaled by the real ratio of the input sizes. Start-up is included, which favours the ratio; the growth net of bare Node\'s start-up is given beside it.',
    ifMissed: 'A rule or model that is worse than linear in the plan\'s size: run `node bench/phases.js validate <plan>` on both plans to see which phase grows.',
  },
  memory: {
    what: 'Peak memory.',
    how: 'the peak resident set size of the `cascade validate` process (`process.resourceUsage().maxRSS`, reported on exit by bench/peak-rss.js) over the size of the plan. Bare Node alone holds about 44 MB, so on a 2 MB plan the ratio is mostly Node itself; the figure above bare Node is given beside it.',
    ifMissed: 'On the 2 MB plan the limit (60 MB) is barely above what Node and the loaded code hold before any plan is read (about 60 MB); V8 then keeps a young generation of tens of MB, while the live data after validation is about 40 MB. On the 10 MB plan, where the input dominates, the goal holds. Closing the 2 MB figure needs a smaller fixed footprint (less code loaded, no zod), not a change in how plans are held.',
  },
  render: {
    what: 'Render against the layout alone.',
    how: '`cascade render --format svg <plan>` against `node bench/layout-only.js <chart.dot>`, which loads the WASM Graphviz and lays out the DOT that `cascade render --format dot` writes for the same plan.',
    ifMissed: 'Besides the layout, the render reads the plan (with the schema) and builds the chart, then prints the DOT text through ts-graphviz\'s AST printer, which alone takes about a third of the layout\'s time on 2,000 boxes (see "Where the time goes"). What would close it (in src/render, not part of this issue): write the DOT text directly instead of through an AST, and start loading the WASM module while the plan is read instead of after it.',
  },
};
