import type { Command } from 'commander';
import { detectLang } from '../i18n/lang.js';
import { msg, say } from '../i18n/message.js';
import { UsageError } from '../model/usage-error.js';
import { emit, useColor } from './output.js';
import { toolVersion } from './version.js';

interface ValidateOptions {
  format?: string;
  output?: string;
  color?: boolean;
  lang?: string;
  quiet?: boolean;
  maxWarnings?: string;
}

const FORMAT_NAMES = 'stylish, json, sarif, github, junit, markdown';

/** The format asked for; in a GitHub Actions job, annotations unless another format is asked. */
export function defaultFormat(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

function parseMaxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) {
    throw new UsageError(msg(`--max-warnings takes a whole number such as 0 or 10, not "${v}".`, `--max-warnings berisi bilangan bulat seperti 0 atau 10, bukan "${v}".`));
  }
  return Number(v);
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check plan files: structure, links, targets, budgets, positions (exit 1 on errors)')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES} (default: stylish; github in GitHub Actions)`)
    .option('-o, --output <file>', 'write the report to a file')
    .option('--no-color', 'no colour in the output')
    .option('-q, --quiet', 'report errors only, not warnings or info')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .action(async (paths: string[], opts: ValidateOptions, cmd: Command) => {
      const { FORMATTERS } = await import('../report/formats/index.js');
      const global = cmd.optsWithGlobals() as ValidateOptions;
      const lang = detectLang(global.lang);
      const formatName = opts.format ?? defaultFormat();
      const formatter = FORMATTERS[formatName];
      if (!formatter) {
        throw new UsageError(msg(
          `Unknown format "${formatName}": use one of ${Object.keys(FORMATTERS).join(', ')}.`,
          `Format "${formatName}" tidak dikenal: gunakan salah satu dari ${Object.keys(FORMATTERS).join(', ')}.`,
        ));
      }
      const maxWarnings = parseMaxWarnings(opts.maxWarnings);
      const { openPlan } = await import('../model/open.js');
      const { runRules } = await import('../rules/run.js');
      const { RULES } = await import('../rules/index.js');
      const { TOOL_RULES } = await import('../config/meta.js');
      const { summarize } = await import('../report/diagnostic.js');
      const { runConfig, ConfigError } = await import('./settings.js');
      const metas = [...RULES.map((r) => r.meta), ...TOOL_RULES];
      const { pathBase } = await import('../report/repo-path.js');
      const pathsFrom = pathBase(process.cwd(), process.env);
      const write = (diagnostics: Parameters<typeof formatter>[0], files: readonly string[], nodes: number, inputs: readonly string[], hidden = 0) => {
        const summary = { ...summarize(diagnostics, files.length, nodes), hidden };
        const text = formatter(diagnostics, { summary, lang, color: useColor(opts.color, !!opts.output), rules: metas, version: toolVersion(), paths: pathsFrom });
        emit(text, opts.output, inputs);
        return summary;
      };

      let run;
      try {
        run = await runConfig(cmd);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        // The findings go out in the format asked for (CI annotates the config's lines); exit 2.
        write(err.diagnostics, [err.diagnostics[0].file], 0, []);
        process.stderr.write(`cascade: ${say(msg('the configuration cannot be used; nothing was checked.', 'konfigurasi tidak dapat dipakai; tidak ada yang diperiksa.'), lang)}\n`);
        process.exitCode = 2;
        return;
      }
      const { plan, files } = openPlan(paths);
      const found = runRules(plan, RULES, { settings: run.settings, severityFor: (rule, file) => run.severityFor(rule.meta, file) });
      let diagnostics = found;
      // The YAML parser that tells comments apart loads only for files that have suppressions.
      if (plan.sources.some((s) => s.text.includes('cascade-disable'))) {
        const { applySuppressions } = await import('../config/suppressions.js');
        diagnostics = applySuppressions(found, plan.sources, run.knownRules, run.severityFor);
      }
      const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
      const all = diagnostics.length;
      if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
      const summary = write(diagnostics, files, plan.nodes.length, run.config.file ? [...files, run.config.file] : files, all - diagnostics.length);
      process.exitCode = summary.errors > 0 ? 1 : 0;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        process.stderr.write(`cascade: ${say(msg(
          `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings} allows.`,
          `${warnings} peringatan, melebihi batas --max-warnings ${maxWarnings}.`), lang)}\n`);
        process.exitCode = 1;
      }
    });
}
