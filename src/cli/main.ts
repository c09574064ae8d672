import { Command, CommanderError, Option } from 'commander';
import { detectLang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { PathError } from '../load/files.js';
import { UsageError } from '../model/usage-error.js';
import { registerBudgetSummary } from './budget-summary.js';
import { registerInit } from './init.js';
import { registerRender } from './render.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerTable } from './table.js';
import { registerTrace } from './trace.js';
import { registerValidate } from './validate.js';
import { toolVersion } from './version.js';
import { registerWorkload } from './workload.js';

const program = new Command();
program
  .name('cascade')
  .description('Check, draw and tabulate performance cascades (pohon kinerja) kept as YAML.')
  .version(toolVersion(), '-v, --version')
  .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['id', 'en']))
  .option('--config <file>', 'configuration file (default: the nearest cascade.config.yaml from the working folder up)')
  .option('--no-config', 'use no configuration file')
  .showHelpAfterError()
  .exitOverride();

registerValidate(program);
registerRules(program);
registerSchema(program);
registerInit(program);
registerTable(program);
registerRender(program);
registerWorkload(program);
registerTrace(program);
registerBudgetSummary(program);

async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const lang = detectLang((program.opts() as { lang?: string }).lang);
    if (err instanceof CommanderError) {
      // Help and version end "with an error" in commander; for the user they are success.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError || err instanceof PathError) {
      process.stderr.write(`cascade: ${say(err.text, lang)}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`cascade: internal error, please report it: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  }
}

await main(process.argv);
