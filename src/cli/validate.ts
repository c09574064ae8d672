import type { Command } from 'commander';
import { detectLang } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { UsageError } from './errors.js';
import { emit, useColor } from './output.js';
import { toolVersion } from './version.js';

interface ValidateOptions {
  format?: string;
  output?: string;
  color?: boolean;
  lang?: string;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check plan files: structure, links, targets, budgets, positions (exit 1 on errors)')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-f, --format <format>', 'output format: stylish, json')
    .option('-o, --output <file>', 'write the report to a file')
    .option('--no-color', 'no colour in the output')
    .action(async (paths: string[], opts: ValidateOptions, cmd: Command) => {
      const { openPlan } = await import('../model/open.js');
      const { runRules } = await import('../rules/run.js');
      const { RULES } = await import('../rules/index.js');
      const { FORMATTERS } = await import('../report/formats/index.js');
      const { summarize } = await import('../report/diagnostic.js');
      const global = cmd.optsWithGlobals() as ValidateOptions;
      const lang = detectLang(global.lang);
      const formatName = opts.format ?? 'stylish';
      const formatter = FORMATTERS[formatName];
      if (!formatter) {
        throw new UsageError(msg(
          `Unknown format "${formatName}": use one of ${Object.keys(FORMATTERS).join(', ')}.`,
          `Format "${formatName}" tidak dikenal: gunakan salah satu dari ${Object.keys(FORMATTERS).join(', ')}.`,
        ));
      }
      const { plan, files } = openPlan(paths);
      const diagnostics = runRules(plan, RULES);
      const summary = summarize(diagnostics, files.length, plan.nodes.length);
      const text = formatter(diagnostics, {
        summary, lang, color: useColor(opts.color, !!opts.output), rules: RULES.map((r) => r.meta), version: toolVersion(),
      });
      emit(text, opts.output, files);
      process.exitCode = summary.errors > 0 ? 1 : 0;
    });
}
