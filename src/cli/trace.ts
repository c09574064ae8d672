import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { colorAsked, emit, useColor } from './output.js';

interface TraceOptions {
  format?: string;
  output?: string;
  color?: boolean;
}

export function registerTrace(program: Command): void {
  program
    .command('trace')
    .description(
      'line of sight of a node, indicator, jabatan, SOP step or acuan: the chain up to the Pemda targets and their acuan, and what supports it below',
    )
    .argument('<id>', 'id of a node, indicator, jabatan or acuan; or an SOP step by id or label ("DISKOPUKM.K1 langkah 1")')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-f, --format <format>', 'output format: tree, json', 'tree')
    .option('-o, --output <file>', 'write to a file instead of the terminal')
    .option('--no-color', 'no colour in the output')
    .action(async (id: string, paths: string[], opts: TraceOptions, command: Command) => {
      const format = opts.format ?? 'tree';
      if (format !== 'tree' && format !== 'json') {
        throw new UsageError(msg(`Unknown format "${format}": use tree or json.`, `Format "${format}" tidak dikenal: gunakan tree atau json.`));
      }
      const { openPlan } = await import('../model/open.js');
      const { runConfig } = await import('./settings.js');
      const { buildTrace, traceable } = await import('../trace/build.js');
      const { settings } = await runConfig(command);
      const { plan, files } = openPlan(paths, undefined, { whole: true });
      const starts = traceable(plan);
      const start = starts.get(id);
      if (!start) {
        const { closest } = await import('../core/suggest.js');
        const guess = closest(id, starts.keys());
        const what =
          plan.byId.get(id)?.kind === 'opd'
            ? msg(` "${id}" is an OPD: trace one of its nodes or positions.`, ` "${id}" adalah OPD: telusuri salah satu simpul atau jabatannya.`)
            : guess
              ? msg(` Did you mean ${guess}?`, ` Maksud Anda ${guess}?`)
              : msg('', '');
        throw new UsageError(
          msg(`Nothing to trace by the id "${id}" in the plan.${what.en}`, `Tidak ada yang dapat ditelusuri dengan id "${id}" dalam rencana.${what.id}`),
        );
      }
      const trace = buildTrace(plan, start, settings);
      if (format === 'json') {
        const { sanitize } = await import('../text/sanitize.js');
        const { traceToJson } = await import('../trace/json.js');
        await emit(`${sanitize(traceToJson(trace), 'json')}\n`, opts.output, files);
        return;
      }
      const { traceToTree } = await import('../trace/tree.js');
      const lang = detectLang((command.optsWithGlobals() as { lang?: string }).lang);
      await emit(traceToTree(trace, { lang, color: useColor(colorAsked(command), !!opts.output) }), opts.output, files);
    });
}
