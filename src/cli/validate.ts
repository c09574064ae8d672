import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg, say } from '../core/message.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { colorAsked, emit, useColor } from './output.js';
import { readStdin } from './stdin.js';
import { toolVersion } from './version.js';

interface ValidateOptions {
  format?: string;
  output?: string;
  color?: boolean;
  lang?: string;
  quiet?: boolean;
  maxWarnings?: string;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

const FORMAT_NAMES = 'stylish, json, sarif, github, junit, markdown';

/** The format asked for; in a GitHub Actions job, annotations unless another format is asked. */
export function defaultFormat(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

/** `-o report.sarif` alone means SARIF, as `-o renstra.xlsx` means XLSX for tables. */
export function reportFormatOfFile(file: string | undefined): string | undefined {
  const ext = file?.toLowerCase().match(/\.(sarif|json|xml|md|markdown|txt)$/)?.[1];
  if (!ext) return undefined;
  return ({ sarif: 'sarif', json: 'json', xml: 'junit', md: 'markdown', markdown: 'markdown', txt: 'stylish' } as Record<string, string>)[ext];
}

/** `--max-warnings n`; -1 (as in ESLint) means no limit. */
export function parseMaxWarnings(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '-1') return undefined;
  if (!/^\d+$/.test(v.trim())) {
    throw new UsageError(
      msg(
        `--max-warnings takes a whole number such as 0 or 10 (-1: no limit), not "${v}".`,
        `--max-warnings berisi bilangan bulat seperti 0 atau 10 (-1: tanpa batas), bukan "${v}".`,
      ),
    );
  }
  return Number(v);
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check plan files: structure, links, targets, budgets, positions (exit 1 on errors)')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES} (default: from the -o extension; stylish; github in GitHub Actions)`)
    .option('-o, --output <file>', 'write the report to a file')
    .option('--no-color', 'no colour in the output')
    .option('-q, --quiet', 'report errors only, not warnings or info')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)')
    .option('--fix', 'apply the fixes that cannot change meaning (tabs, a misspelt key, `cascade: 1`), then report what remains')
    .option('--fix-dry-run', 'print the fixes --fix would apply as a unified diff; change nothing')
    .option('--stdin', 'check the plan text given on standard input')
    .option('--stdin-filename <path>', 'the file the --stdin text stands for (its plan is read for references)')
    .action(async (paths: string[], opts: ValidateOptions, cmd: Command) => {
      const { FORMATTERS } = await import('../report/formats/index.js');
      const global = cmd.optsWithGlobals() as ValidateOptions;
      const lang = detectLang(global.lang);
      const formatName = opts.format ?? reportFormatOfFile(opts.output) ?? defaultFormat();
      const formatter = FORMATTERS[formatName];
      if (!formatter) {
        throw new UsageError(
          msg(
            `Unknown format "${formatName}": use one of ${Object.keys(FORMATTERS).join(', ')}.`,
            `Format "${formatName}" tidak dikenal: gunakan salah satu dari ${Object.keys(FORMATTERS).join(', ')}.`,
          ),
        );
      }
      const maxWarnings = parseMaxWarnings(opts.maxWarnings);
      if (opts.fix && opts.stdin) {
        throw new UsageError(
          msg(
            '--fix writes files; with --stdin use --fix-dry-run, which prints the changes.',
            '--fix menulis file; dengan --stdin gunakan --fix-dry-run, yang mencetak perubahannya.',
          ),
        );
      }
      if (opts.stdinFilename !== undefined && !opts.stdin) {
        throw new UsageError(msg('--stdin-filename goes with --stdin.', '--stdin-filename dipakai bersama --stdin.'));
      }
      const { openPlanToCheck } = await import('../model/open-check.js');
      const { planRootFor } = await import('../config/plan-root.js');
      const { runRules } = await import('../rules/run.js');
      const { RULES } = await import('../rules/index.js');
      const { TOOL_RULES } = await import('../config/meta.js');
      const { summarize } = await import('../report/summary.js');
      const { runConfig } = await import('./settings.js');
      const metas = [...RULES.map((r) => r.meta), ...TOOL_RULES];
      const { pathBase } = await import('../report/repo-path.js');
      const cwd = process.cwd();
      const pathsFrom = pathBase(cwd, process.env);
      const color = useColor(colorAsked(cmd), !!opts.output);
      const write = async (
        diagnostics: Parameters<typeof formatter>[0],
        counts: { files: number; nodes: number; context?: number; skipped?: number },
        inputs: readonly string[],
        hidden = 0,
      ) => {
        const summary = { ...summarize(diagnostics, counts.files, counts.nodes), hidden, context: counts.context, skipped: counts.skipped };
        const text = formatter(diagnostics, { summary, lang, color, rules: metas, version: toolVersion(), paths: pathsFrom });
        await emit(text, opts.output, inputs);
        return summary;
      };

      let run: Awaited<ReturnType<typeof runConfig>>;
      try {
        run = await runConfig(cmd);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        // The findings go out in the format asked for (CI annotates the config's lines); exit 2.
        await write(err.diagnostics, { files: 1, nodes: 0 }, []);
        process.stderr.write(
          `cascade: ${say(msg('the configuration cannot be used; nothing was checked.', 'konfigurasi tidak dapat dipakai; tidak ada yang diperiksa.'), lang)}\n`,
        );
        process.exitCode = 2;
        return;
      }
      const stdin = opts.stdin ? { path: opts.stdinFilename ?? '<stdin>', text: await readStdin() } : undefined;
      const root = stdin && !opts.stdinFilename ? undefined : planRootFor(stdin ? [opts.stdinFilename!] : paths, cwd, run.config.file);
      const { startProgress, STEP } = await import('./progress.js');
      const progress = startProgress({ lang });
      progress.step(STEP.reading());
      const scope = openPlanToCheck(paths, cwd, { root, stdin });
      progress.step(STEP.checking(scope.plan.nodes.length));
      // The findings of the files checked, suppressions applied: what is reported, and what --fix fixes.
      const lint = async (plan: typeof scope.plan) => {
        const found = runRules(plan, RULES, { settings: run.settings, severityFor: (rule, file) => run.severityFor(rule.meta, file) });
        const mine = plan.sources.filter((s) => scope.checked.has(s.path));
        const ds = found.filter((d) => scope.checked.has(d.file));
        // The YAML parser that tells comments apart loads only for files that have suppressions.
        if (!mine.some((s) => s.text.includes('cascade-disable'))) return ds;
        const { applySuppressions } = await import('../config/suppressions.js');
        return applySuppressions(ds, mine, run.knownRules, run.severityFor);
      };
      let plan = scope.plan;
      let fixedNote: string | undefined;
      if (opts.fix || opts.fixDryRun) {
        const { fixFiles } = await import('./validate-fix.js');
        const fixed = await fixFiles(plan, lint, { cwd, dryRun: !!opts.fixDryRun, lang });
        plan = fixed.plan;
        fixedNote = fixed.note;
      }
      let diagnostics = await lint(plan);
      progress.done();
      const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
      const all = diagnostics.length;
      if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
      const nodes = plan.nodes.filter((n) => scope.checked.has(n.loc.source.path)).length;
      const inputs = [...scope.files, ...scope.context, ...(run.config.file ? [run.config.file] : [])];
      const counts = { files: scope.checked.size, nodes, context: scope.context.length, skipped: scope.skipped.length };
      // A dry run's stdout is the diff: the report of what would remain goes only to -o.
      const summary =
        opts.fixDryRun && !opts.output
          ? { ...summarize(diagnostics, counts.files, counts.nodes) }
          : await write(diagnostics, counts, inputs, all - diagnostics.length);
      if (fixedNote) process.stderr.write(`cascade: ${fixedNote}\n`);
      process.exitCode = summary.errors > 0 ? 1 : 0;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        process.stderr.write(
          `cascade: ${say(
            msg(
              `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings} allows.`,
              `${warnings} peringatan, melebihi batas --max-warnings ${maxWarnings}.`,
            ),
            lang,
          )}\n`,
        );
        process.exitCode = 1;
      }
    });
}
