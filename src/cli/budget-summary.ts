import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { requireInPeriod, yearOption } from './year-option.js';
import { tableOptions, writeTables, type TableOptions } from './table-output.js';

interface BudgetSummaryCommandOptions extends TableOptions {
  by: string;
  tahun?: string;
  compact?: boolean;
}

// Listed here, not imported from the tables, so that `cascade --version` loads nothing heavy.
const BY = ['opd', 'program', 'kegiatan', 'sasaran'] as const;

export function registerBudgetSummary(program: Command): void {
  const cmd = program
    .command('budget-summary')
    .description('money of the plan per OPD (pagu, allocated, remaining), program, kegiatan or Pemda target')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--by <grouping>', `one row per: ${BY.join(', ')}`, 'opd')
    .option('--tahun <year>', "one year's money instead of the whole period's")
    .option('--compact', 'short rupiah: Rp4,0 M instead of Rp4.000.000.000');
  tableOptions(cmd).action(async (paths: string[], opts: BudgetSummaryCommandOptions, command: Command) => {
    const by = BY.find((b) => b === opts.by);
    if (!by) {
      throw new UsageError(msg(`--by takes one of ${BY.join(', ')}, not "${opts.by}".`, `--by berisi salah satu dari ${BY.join(', ')}, bukan "${opts.by}".`));
    }
    const tahun = yearOption(opts.tahun);
    const { openPlan } = await import('../model/open.js');
    const { budgetSummary } = await import('../tables/budget/index.js');
    const { plan, files } = openPlan(paths, undefined, { whole: true });
    requireInPeriod(plan, tahun);
    const lang = detectLang((command.optsWithGlobals() as { lang?: string }).lang);
    const tables = budgetSummary(plan, { by, tahun, compact: !!opts.compact, lang });
    await writeTables(tables, opts, command, files);
  });
}
