import type { Command } from 'commander';
import { detectLang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { emit } from './output.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the checks of `cascade validate`: id, default severity, description')
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }, cmd: Command) => {
      const { RULES } = await import('../rules/index.js');
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      if (opts.format === 'json') {
        const list = RULES.map((r) => ({ id: r.meta.id, severity: r.meta.defaultSeverity, description: say(r.meta.description, lang) }));
        emit(`${JSON.stringify(list, null, 2)}\n`, undefined);
        return;
      }
      const width = Math.max(...RULES.map((r) => r.meta.id.length));
      const lines = RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${say(r.meta.description, lang)}`);
      emit(`${lines.join('\n')}\n`, undefined);
    });
}
