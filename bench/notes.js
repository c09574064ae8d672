// @ts-check
/**
 * What each goal of bench/RESULTS.md measures, and — from profiles of these commands, see "Where
 * the time goes" in RESULTS.md — why a miss happens and what would close it. run.js prints
 * `ifMissed` only for the goals a run missed; a function gets that goal's row.
 */
export const NOTES = {
  version: {
    what: 'Start-up.',
    how: "`node bin/cascade.js --version` against `node -e 0`. `--version` alone is answered by bin/cascade.js from package.json, as commander answers it, without loading the CLI (scripts and CI ask it on every run); what loading the CLI costs a command shows in the next row. scripts/bundle.js bundles the CLI (commander, chalk and zod in a few chunks instead of about a hundred ES modules, zod tree-shaken and without the locales cascade does not use; each command's own code loads only when it runs).",
    ifMissed:
      'Only reading package.json is left over bare Node: a miss is the noise of a shared machine (start-ups of half a second where bare Node takes 40 ms on a quiet one).',
  },
  small: {
    what: 'A small validate.',
    how: '`cascade validate examples/pariwisata` (7 files, 10 kB) against `node -e 0`: start-up, loading the pipeline and the work.',
    ifMissed:
      "Reading 10 kB takes under a millisecond; the time is code, measured with `node --cpu-prof`: compiling the ES modules loaded (about 400 kB in 35 files) 12 ms, resolving and reading those files about 10 ms, commander and the commands set up 7 ms, building the zod schema of the plan 5 ms, then the first, cold run of the scanner, the schema check and the 48 rules on the 10 kB plan about 18 ms (a plan with no nodes validates in 12 ms less). Already done: bundling, zod tree-shaken to a quarter and run without its JIT (its first check costs more than it saves), no YAML parser loaded for plans the scanner reads. A single bundle was tried and is slower (everything compiles and runs at start). What would close it: V8's compile cache (Node ≥ 22.1: `module.enableCompileCache()` before the imports skips the compiling; Node 20 has none for ES modules), or checking the schema with a validator smaller than zod.",
  },
  validate: {
    what: 'Validate against the fastest YAML load.',
    how: "`cascade validate <plan>` (read, parse with positions, schema, plan, every rule, report) against `node bench/raw-load.js js-yaml <plan>` (read and `load` each file, nothing else); both are whole processes. cascade reads a plan with its own one-pass scanner (src/load/scan-yaml.ts), several times faster than js-yaml's `load` of the same text with every position recorded (see the parsers alone); the `yaml` package reads only the files the scanner gives up on (errors, aliases, tags, …), so diagnostics stay exactly those of the `yaml` package (tested against it on every example and on random and damaged YAML).",
    ifMissed: (/** @type {{ goal: string }} */ row) =>
      `${row.goal.includes('2 MB') ? 'On a 2 MB plan fixed costs weigh more: cascade loads and compiles far more code than a script that loads js-yaml ("loading the code" in the table above: about 90 ms on a quiet machine, 0.5–1.4 s under this run\'s load), and the sop-heavy shape has the most objects per byte (3 stages × 4 steps by 3 staff per sub kegiatan, 2 indicators per node), where the zod check costs most (20% of the 10 MB run in the profile). On the 10 MB sop-heavy plan, where the input dominates, the goal holds. ' : ''}` +
      "From `node --cpu-prof` of `cascade validate` on the 10 MB plans (self time; taken in the session of this run, after values came to keep their place as a parent and a key instead of a copied path): there is no single hot spot. On the standard plan garbage collection takes 19%, the zod schema check 14%, the rules' own code 13%, the scanner 11%, reading money (src/model/budget.ts) 8% and values (src/values) 8%; on the sop-heavy plan the zod check 20%, garbage collection 17%, the scanner 12%. Halving what the values hold (100 MB to 47 MB on the 10 MB indicators plan) took the 10 MB ratios from 1.8–2.9× in the previous run to 1.21–1.56× in this one. What would close the rest: a schema check that does not build a copy of every object it checks (zod 4 parses into a copy), and fewer objects per amount and target read.",
  },
  growth: {
    what: 'Linear growth.',
    how: "the median of `cascade validate` on the 10 MB plan over that on the 2 MB plan; the limit is 5.5× scaled by the real ratio of the input sizes. Start-up is included, which favours the ratio; the growth net of bare Node's start-up is given beside it.",
    ifMissed:
      "A rule or model that is worse than linear in the plan's size: run `node bench/phases.js validate <plan>` on both plans to see which phase grows.",
  },
  memory: {
    what: 'Peak memory.',
    how: 'the peak resident set size of the `cascade validate` process (`process.resourceUsage().maxRSS`, reported on exit by bench/peak-rss.js) over the size of the plan. Bare Node alone holds about 44 MB, so on a 2 MB plan the ratio is mostly Node itself; the figure above bare Node is given beside it.',
    ifMissed:
      'On the 2 MB plan the limit (60 MB) is barely above what Node and the loaded code hold before any plan is read (about 60 MB); V8 then keeps a young generation of tens of MB, while the live data after validation is about 40 MB. On the 10 MB plan, where the input dominates, the goal holds. Closing the 2 MB figure needs a smaller fixed footprint (less code loaded, no zod), not a change in how plans are held.',
  },
  render: {
    what: 'Render against the layout alone.',
    how: '`cascade render --format svg <plan>` against `node bench/layout-only.js <chart.dot>`, which loads the WASM Graphviz and lays out the DOT that `cascade render --format dot` writes for the same plan.',
    ifMissed:
      'From `node --cpu-prof` of `cascade render --format svg` on the 2,000-box plan (9.0 s sampled, taken in the session of this run): the WASM layout 4.3 s (48%) and its JavaScript glue 0.4 s, which bench/layout-only.js spends too; then reading the whole plan before drawing, which layout-only.js (a DOT file in, nothing read) does not: the scanner 0.8 s, the zod check 0.5 s, the amounts and targets the boxes show 0.9 s (src/model/budget.ts, targets.ts, formatQuantity in src/values), garbage collection 0.7 s. The chart and its DOT text come next (see the render breakdown). The DOT is written directly from the chart in one pass, without ts-graphviz (its model and printer took 0.6× the time of the layout on 500 boxes and 0.2× on 2,000: bench/DOT.md), and WASM Graphviz loads while the plan is read; laying out in a worker thread was tried and is slower. What would close it: reading only the values a box shows (the final target and the amount, not every series), and the schema check without a copy, as for validate.',
  },
};
