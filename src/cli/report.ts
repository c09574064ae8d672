import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { emit } from './output.js';
import { toolVersion } from './version.js';
import { requireInPeriod, yearOption } from './year-option.js';

interface ReportCommandOptions {
  output?: string;
  tahun?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the whole plan as one self-contained web page: summary, chart, findings, tables')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-o, --output <file>', 'the HTML file to write, e.g. laporan.html')
    .option('--tahun <year>', "the tables' year (default: the whole period)")
    .action(async (paths: string[], opts: ReportCommandOptions, command: Command) => {
      const lang = detectLang((command.optsWithGlobals() as { lang?: string }).lang);
      if (!opts.output && process.stdout.isTTY) {
        throw new UsageError(
          msg(
            'A web page is not for the terminal: give -o laporan.html, or redirect the output.',
            'Halaman web tidak untuk terminal: berikan -o laporan.html, atau alihkan keluarannya.',
          ),
        );
      }
      const tahun = yearOption(opts.tahun);
      // The WASM module loads while the plan is read.
      const layout = import('../render/layout.js').then((m) => (m.graphviz().catch(() => undefined), m));
      layout.catch(() => undefined);
      const { openPlan } = await import('../model/open.js');
      const { runConfig } = await import('./settings.js');
      const { checkPlan } = await import('./check.js');
      const { buildReport } = await import('../page/build.js');
      const run = await runConfig(command);
      const { startProgress, STEP } = await import('./progress.js');
      const progress = startProgress({ lang });
      progress.step(STEP.reading());
      const { plan, files } = openPlan(paths, undefined, { whole: true });
      requireInPeriod(plan, tahun);
      progress.step(STEP.checking(plan.nodes.length));
      const diagnostics = await checkPlan(plan, run);
      await layout;
      progress.step(STEP.page);
      const html = await buildReport(plan, diagnostics, { lang, settings: run.settings, tahun, version: toolVersion(), cwd: process.cwd() });
      progress.done();
      await emit(html, opts.output, files);
    });
}
