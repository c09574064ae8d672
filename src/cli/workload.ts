import type { Command } from 'commander';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import type { PlanOpd } from '../model/plan.js';
import { tableOptions, writeTables, type TableOptions } from './table-output.js';

interface WorkloadOptions extends TableOptions {
  opd?: string;
}

export function registerWorkload(program: Command): void {
  const cmd = program
    .command('workload')
    .description('workload of positions from their SOP steps (hours a year, share of the effective time) and the staff each OPD needs')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--opd <id>', 'only the positions of this OPD');
  tableOptions(cmd).action(async (paths: string[], opts: WorkloadOptions, command: Command) => {
    const { openPlan } = await import('../model/open.js');
    const { runConfig } = await import('./settings.js');
    const { workloadTables } = await import('../tables/workload/workload.js');
    const { settings } = await runConfig(command);
    const { plan, files } = openPlan(paths, undefined, { whole: true });
    let opd: PlanOpd | undefined;
    if (opts.opd !== undefined) {
      opd = plan.opds.find((o) => o.id === opts.opd);
      if (!opd) {
        const { closest } = await import('../core/suggest.js');
        const guess = closest(
          opts.opd,
          plan.opds.map((o) => o.id),
        );
        const hint = guess ? msg(` Did you mean ${guess}?`, ` Maksud Anda ${guess}?`) : msg('', '');
        throw new UsageError(msg(`No OPD "${opts.opd}" in the plan.${hint.en}`, `Tidak ada OPD "${opts.opd}" dalam rencana.${hint.id}`));
      }
    }
    await writeTables(workloadTables(plan, settings, opd), opts, command, files);
  });
}
