import type { Command } from 'commander';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { requireInPeriod, yearOption } from './year-option.js';
import { tableOptions, writeTables, type TableOptions } from './table-output.js';

interface TableCommandOptions extends TableOptions {
  opd?: string;
  jabatan?: string;
  tahun?: string;
}

export function registerTable(program: Command): void {
  const cmd = program
    .command('table')
    .description('print a table of the plan for the Renstra: iku, cascade, crosscutting, sop, skp')
    .argument('<view>', 'which table (see `cascade table --help`)')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--opd <id>', 'only this OPD')
    .option('--jabatan <id>', 'the position (for skp)')
    .option('--tahun <year>', 'only this year');
  tableOptions(cmd).action(async (view: string, paths: string[], opts: TableCommandOptions, command: Command) => {
    const { VIEWS } = await import('../tables/views/index.js');
    const found = VIEWS.find((v) => v.name === view);
    if (!found) {
      const names = VIEWS.map((v) => v.name).join(', ');
      throw new UsageError(msg(`Unknown table "${view}": use one of ${names}.`, `Tabel "${view}" tidak dikenal: gunakan salah satu dari ${names}.`));
    }
    const tahun = yearOption(opts.tahun);
    const { openPlan } = await import('../model/open.js');
    const { runConfig } = await import('./settings.js');
    const { settings } = await runConfig(command);
    const { plan, files } = openPlan(paths, undefined, { whole: true });
    requireInPeriod(plan, tahun);
    const tables = found.build(plan, { opd: opts.opd, jabatan: opts.jabatan, tahun, settings });
    await writeTables(tables, opts, command, files);
  });
}
