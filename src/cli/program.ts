import { Command, Option } from 'commander';
import { registerBudgetSummary } from './budget-summary.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerRender } from './render.js';
import { registerReport } from './report.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerTable } from './table.js';
import { registerTrace } from './trace.js';
import { registerValidate } from './validate.js';
import { toolVersion } from './version.js';
import { registerWorkload } from './workload.js';

/** The `cascade` command with all its subcommands, as the CLI runs it and the help tests read it. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('cascade')
    .description('Check, draw and tabulate performance cascades (pohon kinerja) kept as YAML.')
    .version(toolVersion(), '-v, --version')
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['id', 'en']))
    .option('--config <file>', 'configuration file (default: the nearest cascade.config.yaml from the working folder up)')
    .option('--no-config', 'use no configuration file')
    .option('--no-color', 'no colour in the output')
    .showHelpAfterError()
    .exitOverride();

  registerValidate(program);
  registerRules(program);
  registerSchema(program);
  registerInit(program);
  registerImport(program);
  registerTable(program);
  registerRender(program);
  registerWorkload(program);
  registerTrace(program);
  registerBudgetSummary(program);
  registerReport(program);
  return program;
}
