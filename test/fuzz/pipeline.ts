import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BIN, hasStackTrace } from '../helpers/cli.js';
import { SourceFile } from '../../src/load/source.js';
import { buildPlan } from '../../src/model/build.js';
import { summarize } from '../../src/report/summary.js';
import { FORMATTERS } from '../../src/report/formats/index.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { applyDamage, type Damage } from './mutations.js';

/**
 * One fuzz case: damage one file of an example plan, run the pipeline in this process (parse,
 * plan, every rule, every output format) and check what a user would get: no exception, every
 * finding naming a file of the plan and a line and column inside it; and, for a sample run by the
 * built CLI, an exit of 0 or 1 as the findings say (2 is for paths and options, never for a
 * file's content).
 */

interface Plan {
  name: string;
  files: Array<{ path: string; text: string; source: SourceFile }>;
}

const PLANS: Plan[] = (() => {
  const read = (paths: string[], name: string): Plan => ({
    name,
    files: paths.map((p) => {
      const text = readFileSync(p, 'utf8');
      return { path: p, text, source: SourceFile.parse(p, text) };
    }),
  });
  const dir = 'examples/pariwisata';
  // catatan-rapat.yaml is no cascade file: a folder read leaves it out.
  const tourism = readdirSync(dir)
    .filter((f) => f !== 'catatan-rapat.yaml')
    .map((f) => join(dir, f));
  return [
    read(tourism, 'pariwisata'),
    ...readdirSync('examples')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => read([join('examples', f)], f)),
  ];
})();

const RULE_METAS = RULES.map((r) => r.meta);
/**
 * `npm run test:fuzz` (CASCADE_FUZZ=long) runs the long count with a new seed each run; `npm test`
 * runs a short count with a fixed seed, the same cases every time.
 */
export const LONG = process.env.CASCADE_FUZZ === 'long';
/** The number of cases: the long run's, or the default run's. */
export const fuzzRuns = (long: number, short: number): number => (LONG ? long : short);
/** A test's time limit, with room for the long run. */
export const fuzzTimeout = LONG ? 900_000 : 60_000;
/** One case in this many runs the built CLI too (a process each: ~0,15 s). */
const CLI_EVERY = LONG ? 250 : 100;
/** Cases that ran the CLI, for the tests to prove the check ran at all. */
export const cliRuns = { count: 0 };

/** The damaged plan written to a folder and validated by the built CLI: exit 0 or 1 as its findings say, no stack trace. */
function checkCli(plan: Plan, sources: readonly SourceFile[], expected: 0 | 1): void {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-fuzz-'));
  try {
    // Named one by one: a folder would skip a file whose `cascade:` key the damage removed.
    const files = sources.map((s, i) => {
      const f = join(dir, `${String(i).padStart(2, '0')}-${basename(plan.files[i].path)}`);
      writeFileSync(f, s.text);
      return f;
    });
    const r = spawnSync(process.execPath, [BIN, 'validate', '--no-config', '-f', 'json', ...files], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    cliRuns.count++;
    if (r.status !== expected) fail(`the CLI exited ${r.status}, its findings say ${expected}: ${r.stderr.slice(0, 300)}`);
    if (hasStackTrace(r.stderr)) fail(`a stack trace: ${r.stderr.slice(0, 300)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cases run so far (damage that could not be written back as YAML is no case). */
export const counter = { runs: 0 };

/** Damages one file of a plan and checks everything the pipeline says about it. */
export function check(planIndex: number, fileIndex: number, damage: Damage, lang: 'en' | 'id'): void {
  const plan = PLANS[planIndex % PLANS.length];
  const target = plan.files[fileIndex % plan.files.length];
  let text: string;
  try {
    text = applyDamage(target.text, damage);
  } catch {
    return; // some generated values cannot be written back as YAML: no case to test
  }
  counter.runs++;
  const sources = plan.files.map((f) => (f === target ? SourceFile.parse(f.path, text) : f.source));
  const built = buildPlan(sources);
  const diagnostics = runRules(built, RULES);
  const summary = summarize(diagnostics, sources.length, built.nodes.length);
  // Every CLI_EVERY-th case also runs as the user runs it, to hold the exit code to the findings.
  if (counter.runs % CLI_EVERY === 0) checkCli(plan, sources, summary.errors > 0 ? 1 : 0);
  // Plain checks, not expect(): tens of thousands of them must stay cheap.
  const lines = new Map(sources.map((s) => [s.path, s.text.split('\n')]));
  for (const d of diagnostics) {
    const where = `${d.rule} at ${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    const fileLines = lines.get(d.file);
    if (!fileLines) fail(`${where} names no file of the plan`);
    if (!(d.line >= 1 && d.line <= fileLines.length)) fail(`${where}: the file has ${fileLines.length} lines`);
    if (!(d.column >= 1 && d.column <= fileLines[d.line - 1].length + 1)) fail(`${where}: column outside its line`);
    if (!(d.endLine >= d.line && d.endLine <= fileLines.length)) fail(`${where}: end outside the file`);
    if (!d.message.en || !d.message.id) fail(`${where}: a message is missing in a language`);
  }
  const ctx = { summary, lang, color: lang === 'id', rules: RULE_METAS, version: '0.0.0' };
  for (const [name, format] of Object.entries(FORMATTERS)) {
    // SARIF reads every rule's doc page per call: every fifth case is plenty for it.
    if (name === 'sarif' && counter.runs % 5 !== 0) continue;
    if (typeof format(diagnostics, ctx) !== 'string') fail(`${name} wrote no text`);
  }
}

function fail(why: string): never {
  throw new Error(why);
}

/** fast-check settings: a fixed number of runs (and seed, by default), and a time limit that fails rather than hides a hang. */
export const settings = (numRuns: number) => ({
  numRuns,
  ...(LONG ? {} : { seed: 20261208 }),
  interruptAfterTimeLimit: fuzzTimeout - 10_000,
  markInterruptAsFailure: true,
});
